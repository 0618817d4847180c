package org.jornada.directory.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.directory.entity.CaseSuffix;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.NameKey;

/** Reads a row of the Foreign Labor Recruiter List ({@link RecruiterListColumns} say where). */
final class RecruiterListRows {

    private RecruiterListRows() {
    }

    static ParsedRow.RecruiterListing read(TableRows.Row row, RecruiterListColumns columns, Integer fiscalYear)
            throws ParsedRow.UnreadableRowException {
        String caseCell = RecruiterListColumns.value(row, columns.caseNumber());
        String suffix = CaseSuffix.of(caseCell).orElseThrow(() -> new ParsedRow.UnreadableRowException("no case number"));
        String name = RecruiterListColumns.value(row, columns.recruiter());
        if (name == null || NameKey.of(name).isEmpty()) {
            throw new ParsedRow.UnreadableRowException("no recruiter name");
        }
        if (name.length() > 300) {
            throw new ParsedRow.UnreadableRowException("recruiter name longer than 300 characters");
        }
        String[] place = place(RecruiterListColumns.value(row, columns.city()),
                RecruiterListColumns.value(row, columns.country()), RecruiterListColumns.value(row, columns.location()));
        ParsedRow.Party recruiter = new ParsedRow.Party(EntityKind.RECRUITER, name, null, place[0], null, place[1], null);
        List<ParsedRow.Party> subs = new ArrayList<>();
        String subCell = RecruiterListColumns.value(row, columns.subRecruiter());
        if (subCell != null) {
            for (String sub : subCell.split("[;\\n\\r|]+")) {
                if (!NameKey.of(sub).isEmpty() && sub.strip().length() <= 300
                        && !NameKey.of(sub).equals(NameKey.of(name))) {
                    // the row's place is the recruiter's: a sub-recruiter's is not known
                    subs.add(new ParsedRow.Party(EntityKind.RECRUITER, sub.strip(), null, null, null, null, null));
                }
            }
        }
        String caseNumber = caseCell.matches(".*[A-Za-z].*") && caseCell.length() <= 40
                ? caseCell.strip().toUpperCase(Locale.ROOT) : null;
        Integer year = fiscalYear;
        String yearCell = RecruiterListColumns.value(row, columns.fiscalYear());
        if (yearCell != null && yearCell.replaceAll("\\.0+$", "").matches("(FY)?\\s*\\d{4}")) {
            year = Integer.valueOf(yearCell.replaceAll("\\.0+$", "").replaceAll("\\D", ""));
        }
        String employer = RecruiterListColumns.value(row, columns.employer());
        return new ParsedRow.RecruiterListing(row.number(), suffix, caseNumber, year,
                visa(RecruiterListColumns.value(row, columns.visa()), caseNumber), recruiter, List.copyOf(subs),
                employer == null || employer.length() <= 300 ? employer : employer.substring(0, 300));
    }

    /** H-2A or H-2B from a visa cell, else from the case number (H-300 is H-2A, H-400 H-2B), else null. */
    static String visa(String cell, String caseNumber) {
        String folded = cell == null ? "" : cell.toUpperCase(Locale.ROOT).replace("-", "");
        if (folded.contains("H2A")) {
            return "H-2A";
        }
        if (folded.contains("H2B")) {
            return "H-2B";
        }
        if (caseNumber != null && caseNumber.contains("H-300")) {
            return "H-2A";
        }
        return caseNumber != null && caseNumber.contains("H-400") ? "H-2B" : null;
    }

    /** City and country: from their own columns, else from "City, Region, Country". */
    private static String[] place(String city, String country, String location) {
        if ((city == null || country == null) && location != null) {
            String[] parts = location.split(",");
            if (city == null && parts.length > 1) {
                city = parts[0].strip();
            }
            if (country == null) {
                country = parts[parts.length - 1].strip();
            }
        }
        return new String[] {clip(city, 120), clip(country, 80)};
    }

    private static String clip(String value, int max) {
        return value == null || value.isBlank() ? null : value.length() <= max ? value : value.substring(0, max);
    }
}
