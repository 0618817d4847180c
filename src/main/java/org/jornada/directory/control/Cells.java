package org.jornada.directory.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading cell text as the DOL files write it: dates in several forms, counts, money. */
public final class Cells {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("M/d/yyyy", Locale.ROOT), DateTimeFormatter.ofPattern("M/d/yy", Locale.ROOT),
            DateTimeFormatter.ofPattern("d-MMM-yyyy", Locale.ENGLISH), DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT));
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private Cells() {
    }

    /** A date from ISO, US slashes, "01-Oct-2021", yyyymmdd, a time suffix, or an Excel serial number. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.matches("\\d{5}(\\.\\d+)?")) {
            return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(value)));
        }
        String day = value.replaceFirst("[T ]\\d{1,2}:\\d{2}.*$", "");
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(day, format));
            } catch (DateTimeParseException next) {
                // try the next form
            }
        }
        throw new IllegalArgumentException("not a date");
    }

    /** A whole count ("1,200", "12.0"); empty for blank. */
    public static Optional<Integer> count(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new IllegalArgumentException("count out of range");
        }
        return Optional.of(value.intValue());
    }

    /** Money ("$1,234.50"); empty for blank. */
    public static Optional<BigDecimal> money(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.strip().replace("$", "").replace(",", ""));
        if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw new IllegalArgumentException("amount out of range");
        }
        return Optional.of(value);
    }

    /** A two-letter state code, or null when the text is not one. */
    public static String state(String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        return value.matches("[A-Z]{2}") ? value : null;
    }
}
