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
    /** The names, in the order of {@link #CODES} (proper names, the same in an English or Spanish text). */
    private static final List<String> NAMES = List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "District of Columbia", "Florida", "Georgia", "Hawaii",
            "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
            "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
            "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
            "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee",
            "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
            "Puerto Rico", "U.S. Virgin Islands", "Guam", "Northern Mariana Islands", "American Samoa");

    private UsStates() {
    }

    public static boolean isKnown(String code) {
        return code != null && KNOWN.contains(code);
    }

    /** The state's name ("Georgia" for GA); the code itself when unknown. */
    public static String name(String code) {
        int at = code == null ? -1 : CODES.indexOf(code);
        return at < 0 ? code : NAMES.get(at);
    }
}
