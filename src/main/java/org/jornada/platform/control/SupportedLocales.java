package org.jornada.platform.control;

import java.util.List;
import java.util.Locale;

/**
 * The languages Jornada speaks. Spanish is the default; adding a language is adding a bundle and
 * its tag here.
 */
public final class SupportedLocales {

    public static final List<String> TAGS = List.of("es", "en");
    public static final Locale DEFAULT = Locale.forLanguageTag("es");

    private SupportedLocales() {
    }

    /** The supported locale for a language tag, Spanish when unknown or absent. */
    public static Locale of(String tag) {
        if (tag != null) {
            String lang = tag.trim().toLowerCase(Locale.ROOT);
            int dash = lang.indexOf('-');
            lang = dash > 0 ? lang.substring(0, dash) : lang;
            if (TAGS.contains(lang)) {
                return Locale.forLanguageTag(lang);
            }
        }
        return DEFAULT;
    }

    public static Locale supported(Locale locale) {
        return locale == null ? DEFAULT : of(locale.getLanguage());
    }


    /** The first supported language the client prefers (Accept-Language), Spanish otherwise. */
    public static Locale preferred(List<Locale> preferences) {
        for (Locale locale : preferences) {
            if (TAGS.contains(locale.getLanguage())) {
                return Locale.forLanguageTag(locale.getLanguage());
            }
        }
        return DEFAULT;
    }
}
