package org.jornada.directory.control;

import java.util.List;
import java.util.Optional;

/**
 * Where the columns of a Foreign Labor Recruiter List file are. The list names the recruiters
 * and sub-recruiters employers disclosed, each keyed to the last six digits of the case number
 * (reference section 2 and 5a, ivener.com 2016); its exact column names are not in our
 * references, and it has been published as .xlsx and as CSV under more than one layout. So the
 * columns are found by what their headers say, not by a fixed name: a header with "case" and
 * "number", "no" or "digits" is the case; one with "recruit" (and no "sub", place or employer
 * word) the recruiter's name; "sub" with "recruit", or "working for", the sub-recruiter; place
 * words (city, country, location, address, state, province) the recruiter's place; "employer"
 * with "name" the employer; "visa" the visa class; "fiscal year" or "FY" the year. The first
 * header that fits a field wins. Headers are compared as {@link TableRows#header} folds them.
 *
 * @param caseNumber the case number or its last six digits (required)
 * @param recruiter the recruiter's name (required)
 */
public record RecruiterListColumns(String caseNumber, String recruiter, String subRecruiter, String city,
        String country, String location, String employer, String visa, String fiscalYear) {

    private static final List<String> PLACE = List.of("CITY", "COUNTRY", "LOCATION", "ADDRESS", "STATE", "PROVINCE");

    /** The columns these headers hold. */
    public static RecruiterListColumns detect(List<String> headers) {
        List<String> folded = headers.stream().map(TableRows::header).filter(h -> !h.isEmpty()).toList();
        return new RecruiterListColumns(
                first(folded, h -> h.contains("CASE") && (h.contains("NUMBER") || h.contains("NO")
                        || h.contains("DIGITS"))),
                first(folded, h -> h.contains("RECRUIT") && !h.contains("SUB") && !h.contains("WORKINGFOR")
                        && !h.contains("EMPLOYER") && !place(h) && !h.contains("CASE")),
                first(folded, h -> (h.contains("SUB") && h.contains("RECRUIT") || h.contains("WORKINGFOR")
                        || h.contains("PERSONSORENTITIES")) && !place(h)),
                first(folded, h -> h.contains("CITY") && !h.contains("SUB") && !h.contains("EMPLOYER")),
                first(folded, h -> h.contains("COUNTRY") && !h.contains("SUB") && !h.contains("EMPLOYER")),
                first(folded, h -> (h.contains("LOCATION") || h.contains("ADDRESS")) && !h.contains("SUB")
                        && !h.contains("EMPLOYER")),
                first(folded, h -> h.contains("EMPLOYER") && (h.contains("NAME") || h.equals("EMPLOYER"))),
                first(folded, h -> h.contains("VISA")),
                first(folded, h -> h.equals("FISCALYEAR") || h.equals("FY")));
    }

    private static boolean place(String header) {
        return PLACE.stream().anyMatch(header::contains);
    }

    private static String first(List<String> headers, java.util.function.Predicate<String> fits) {
        return headers.stream().filter(fits).findFirst().orElse(null);
    }

    /**
     * The first required column not found, named as the list's CSV export would name it (any header
     * saying the same is taken, see above); empty when none.
     */
    public Optional<String> missing() {
        if (caseNumber == null) {
            return Optional.of("CASE_NUMBER");
        }
        return recruiter == null ? Optional.of("RECRUITER_NAME") : Optional.empty();
    }

    /** A row's value in one of these columns (null for a column the file lacks or a blank cell). */
    public static String value(TableRows.Row row, String column) {
        return column == null ? null : row.get(List.of(column));
    }
}
