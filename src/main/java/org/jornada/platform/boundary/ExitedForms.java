package org.jornada.platform.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jornada.platform.control.SupportedLocales;

/**
 * A worker form opened before the quick exit is closed: sent again (the browser's "confirm form
 * resubmission" after Back, a reload), it is answered with a redirect to the empty form, so that
 * whoever holds the phone never sees what the worker had typed. A form says when it was first shown
 * in its hidden field {@link #SINCE} (milliseconds); the exit's cookie {@link QuickExitServlet#EXITED} says
 * when the worker left. Nothing is shown about why: the empty form looks like any other.
 */
public final class ExitedForms {

    /** The hidden field: when the form was first shown, in milliseconds. */
    public static final String SINCE = "since";

    private ExitedForms() {
    }

    /**
     * The value of the form's hidden field {@link #SINCE}: the one it was sent with, kept through every
     * sending, or now (the exit's clock) when the form is shown for the first time or came with no number.
     */
    public static String since(ExternalContext external) {
        String posted = external.getRequestParameterMap().get(SINCE);
        return millis(posted) ? posted : Long.toString(System.currentTimeMillis());
    }

    /** Whether this postback is of a form opened before the last quick exit. */
    static boolean closed(ExternalContext external) {
        Object cookie = external.getRequestCookieMap().get(QuickExitServlet.EXITED);
        String since = external.getRequestParameterMap().get(SINCE);
        if (!(cookie instanceof Cookie exited) || !millis(exited.getValue()) || !millis(since)) {
            return false;
        }
        return Long.parseLong(since) <= Long.parseLong(exited.getValue());
    }

    /** Sends the browser to the empty form, in the language it was in, and ends the request. */
    static void restart(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String path = ((HttpServletRequest) external.getRequest()).getRequestURI();
        String language = SupportedLocales.of(external.getRequestParameterMap().get("lang")).getLanguage();
        try {
            external.redirect(path + "?lang=" + language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    private static boolean millis(String value) {
        return value != null && value.matches("\\d{1,15}");
    }
}
