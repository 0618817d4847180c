package org.jornada.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jornada.platform.control.SupportedLocales;

/**
 * The language of a worker page, from the {@code lang} request parameter (a link on GET, a hidden
 * field on POST): no session and no cookie remember it. Spanish by default. A form page's switch is
 * a button of its form named {@link #SWITCH}: the form is posted in the other language and comes
 * back filled as it was, nothing typed or attached lost.
 */
@Named("lang")
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    /** The name (and, on Faces pages, the id) of a form's language switch button. */
    public static final String SWITCH = "switch-language";

    private Locale locale;
    private boolean switched;

    @PostConstruct
    void init() {
        locale = SupportedLocales.of(request.getParameter("lang"));
        switched = request.getParameter(SWITCH) != null; // a POST form's, or the job check's GET form's
        if (switched) {
            locale = SupportedLocales.of(getOther());
        }
    }

    /** Whether this request is a form sent by its language switch: show it again, do not act on it. */
    public boolean isSwitched() {
        return switched;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    /** A date as a worker reads it in this language, e.g. "28 nov 2026". */
    public String date(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                .withLocale(locale).withZone(java.time.ZoneOffset.UTC).format(instant);
    }

    /** The other language, for the switch link. */
    public String getOther() {
        return "en".equals(getCode()) ? "es" : "en";
    }

    /**
     * The switch link's address: this page's own question in the other language. A page asked with a
     * GET keeps its question (the directory's search, the job check's fields), since those are
     * already in its address; a page answering a POST never copies what was posted into a link.
     */
    public String getSwitchQuery() {
        StringBuilder query = new StringBuilder("?lang=").append(getOther());
        String asked = request.getQueryString();
        if ("GET".equals(request.getMethod()) && asked != null) {
            for (String pair : asked.split("&")) {
                if (!pair.isEmpty() && !pair.equals("lang") && !pair.startsWith("lang=") && !pair.startsWith(SWITCH)) {
                    query.append('&').append(pair);
                }
            }
        }
        return query.toString();
    }

    /** {@code ?lang=en} for links within the worker pages; empty for Spanish. */
    public String getQuery() {
        return "es".equals(getCode()) ? "" : "?lang=" + getCode();
    }
}
