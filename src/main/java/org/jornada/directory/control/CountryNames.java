package org.jornada.directory.control;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names as DOL files write them (English: "United States", "Mexico") shown in the page's
 * language ("Estados Unidos", "México"), from the JDK's own country names. A name it does not know
 * is shown as written.
 */
public final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
        }
        CODES.put("usa", "US");
        CODES.put("united states of america", "US");
    }

    private CountryNames() {
    }

    public static String in(String country, Locale language) {
        if (country == null || country.isBlank()) {
            return country;
        }
        String code = CODES.get(country.strip().toLowerCase(Locale.ROOT));
        return code == null ? country : new Locale("", code).getDisplayCountry(language);
    }
}
