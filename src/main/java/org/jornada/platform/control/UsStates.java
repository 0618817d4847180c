package org.jornada.platform.control;

import java.util.List;
import java.util.Set;

/** Two-letter codes of the states and territories where H-2A and H-2B work happens. */
public final class UsStates {

    public static final List<String> CODES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT",
            "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
            "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "VI", "GU", "MP", "AS");

    private static final Set<String> KNOWN = Set.copyOf(CODES);

    private UsStates() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }
}
