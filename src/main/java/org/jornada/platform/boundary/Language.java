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
 * field on POST): no session and no cookie remember it. Spanish by default.
 */
@Named("lang")
@RequestScoped
public class Language {

    @Inject
    HttpServletRequest request;

    private Locale locale;

    @PostConstruct
    void init() {
        locale = SupportedLocales.of(request.getParameter("lang"));
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

    /** {@code ?lang=en} for links within the worker pages; empty for Spanish. */
    public String getQuery() {
        return "es".equals(getCode()) ? "" : "?lang=" + getCode();
    }
}
