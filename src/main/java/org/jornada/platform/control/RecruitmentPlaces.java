package org.jornada.platform.control;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a worker was recruited: a Mexican state as ISO 3166-2:MX ({@code MX-GUA}), or another
 * country as ISO 3166-1 alpha-2 ({@code GT}). The complaint form offers the Mexican states and the
 * countries most H-2A/H-2B workers come from; the API takes any ISO country.
 */
public final class RecruitmentPlaces {

    /** The 32 federal entities of Mexico, ISO 3166-2:MX. */
    public static final List<String> MX_STATES = List.of("MX-AGU", "MX-BCN", "MX-BCS", "MX-CAM", "MX-CHH", "MX-CHP",
            "MX-CMX", "MX-COA", "MX-COL", "MX-DUR", "MX-GRO", "MX-GUA", "MX-HID", "MX-JAL", "MX-MEX", "MX-MIC",
            "MX-MOR", "MX-NAY", "MX-NLE", "MX-OAX", "MX-PUE", "MX-QUE", "MX-ROO", "MX-SIN", "MX-SLP", "MX-SON",
            "MX-TAB", "MX-TAM", "MX-TLA", "MX-VER", "MX-YUC", "MX-ZAC");

    /** Other countries the form lists (the API takes any ISO 3166-1 code). */
    public static final List<String> FORM_COUNTRIES = List.of("GT", "HN", "SV", "NI", "JM", "DO", "HT", "CO", "PE",
            "ZA", "PH");

    private static final Set<String> MX = Set.copyOf(MX_STATES);
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private RecruitmentPlaces() {
    }

    /** The code as stored (upper case), or null when it is no Mexican state and no country other than MX. */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.strip().toUpperCase(Locale.ROOT);
        if (MX.contains(code) || (!"MX".equals(code) && !"US".equals(code) && COUNTRIES.contains(code))) {
            return code;
        }
        return null;
    }

    public static boolean isMexicanState(String code) {
        return code != null && MX.contains(code);
    }

    /** A country's name in the reader's language (Mexican states are named by the bundles, {@code mxstate.}). */
    public static String countryName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }
}
