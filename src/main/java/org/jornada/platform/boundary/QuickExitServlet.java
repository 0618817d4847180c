package org.jornada.platform.boundary;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.Messages;

/**
 * The quick exit, {@code GET /exit?lang=xx}: two redirects that end on the neutral page of
 * {@code quickExit.url} (a weather search), so that the browser's Back cannot show what was typed.
 *
 * <p>Why two hops and a cookie. Worker pages are {@code no-store} and their forms
 * {@code autocomplete="off"}, which stops the browser from refilling fields on a reload; but
 * chromium also keeps a {@code no-store} page whole in its back/forward cache (typed text and all)
 * unless a cookie of the site changed while it was away. With scripts on, {@code worker.js}
 * replaces the page in the history, which is enough; with scripts off nothing on the page can run,
 * so this address makes the change: the first hop sets {@code jornada-exit=1} and the second
 * deletes it at once. The cookie carries one constant, never an identifier, lives for one redirect,
 * and no page reads it; nothing is logged. Browsers that refuse cookies keep the cache (documented
 * in docs/security.md).
 *
 * <p>A page answered to a sent form is not in that cache: Back shows the browser's "confirm form
 * resubmission", and a reload would send the form again and show what it held. So the first hop also
 * sets {@code jornada-exited} to the time of the exit (milliseconds, kept 24 hours): a worker form opened before
 * it and sent again is answered with the empty form ({@link ExitedForms}).
 */
@WebServlet(urlPatterns = {QuickExitServlet.PATH, QuickExitServlet.PATH + "/away"})
public class QuickExitServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/exit";
    static final String COOKIE = "jornada-exit";
    /** The time of the last quick exit, in milliseconds (forms opened before it are closed). */
    static final String EXITED = "jornada-exited";
    static final int EXITED_SECONDS = 24 * 60 * 60;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = SupportedLocales.of(request.getParameter("lang"));
        boolean away = (PATH + "/away").equals(request.getServletPath()); // exact patterns: no path info
        if (!away) {
            response.addCookie(marker(request, COOKIE, "1", 60));
            response.addCookie(marker(request, EXITED, Long.toString(System.currentTimeMillis()), EXITED_SECONDS));
            RelativeRedirects.redirect(response, request.getContextPath() + PATH + "/away?lang=" + locale.getLanguage());
            return;
        }
        response.addCookie(marker(request, COOKIE, "", 0));
        response.setStatus(HttpServletResponse.SC_FOUND);
        // A fixed address from the bundle, never from the request.
        response.setHeader("Location", Messages.get(locale, "quickExit.url"));
        response.flushBuffer();
    }

    private static Cookie marker(HttpServletRequest request, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/");
        cookie.setMaxAge(maxAge);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        // SameSite=Strict: added to every cookie by the HTTP listener (pre-boot-commands.txt)
        return cookie;
    }
}
