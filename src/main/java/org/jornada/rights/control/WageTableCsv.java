package org.jornada.rights.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;
import org.jornada.platform.control.UsStates;

/**
 * Reads a wage table DOL published, saved as CSV (issue #14): a header row naming a state column
 * ("State", "State code", "Area") and a rate column ("AEWR", "Rate", "Wage", "Skill Level I"...),
 * optionally "Effective" (a date) and "Note"; then one row per state, by its two letters or its
 * English name. Every row must be right or nothing is imported: a wrong row is refused with its
 * line number and why.
 */
public final class WageTableCsv {

    /** One state's figure. {@code effectiveFrom} null: the table's own date. */
    public record Row(String state, BigDecimal rate, LocalDate effectiveFrom, String note) {
    }

    public static final int MAX_BYTES = 256 * 1024;
    public static final int MAX_ROWS = 200;
    private static final BigDecimal MAX_RATE = new BigDecimal("100000");

    private WageTableCsv() {
    }

    /** The rows of {@code bytes}; {@code stateNames} maps lower-case English state names to their codes. */
    public static List<Row> read(byte[] bytes, Map<String, String> stateNames) {
        List<Line> lines = lines(text(bytes));
        if (lines.isEmpty()) {
            throw new RefusedException("file", "wagetable.error.empty");
        }
        Columns columns = Columns.of(lines.get(0).cells());
        List<Row> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Line line : lines.subList(1, lines.size())) {
            Row row = row(line, columns, stateNames, seen, errors);
            if (row == null) {
                continue;
            }
            rows.add(row);
            if (rows.size() > MAX_ROWS) {
                throw new RefusedException("file", "wagetable.error.tooMany", MAX_ROWS);
            }
        }
        if (!errors.isEmpty()) {
            throw new RefusedException(errors.subList(0, Math.min(10, errors.size())));
        }
        if (rows.isEmpty()) {
            throw new RefusedException("file", "wagetable.error.empty");
        }
        return rows;
    }

    /** The file as text, its byte-order mark dropped; empty, too big or not text is refused. */
    private static String text(byte[] bytes) {
        if (bytes.length == 0) {
            throw new RefusedException("file", "wagetable.error.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new RefusedException("file", "wagetable.error.tooBig", MAX_BYTES / 1024);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\u0000') >= 0 || text.contains("\uFFFD")) {
            throw new RefusedException("file", "wagetable.error.notCsv");
        }
        return text;
    }

    /** Where the header row puts the state, the rate, the day it takes effect and the note (-1: none). */
    private record Columns(int state, int rate, int effective, int note) {

        static Columns of(List<String> header) {
            Columns columns = new Columns(column(header, "state", "area"), column(header, "aewr", "rate", "wage",
                    "skill level"), column(header, "effective"), column(header, "note"));
            if (columns.state() < 0 || columns.rate() < 0) {
                throw new RefusedException("file", "wagetable.error.columns");
            }
            return columns;
        }
    }

    /**
     * One line's row, or null with why it is wrong added to {@code errors}: a state not known, a rate
     * not a figure, a day not a date, or a state and day {@code seen} on an earlier line.
     */
    private static Row row(Line line, Columns columns, Map<String, String> stateNames, Set<String> seen,
            List<FieldError> errors) {
        int lineNo = line.number();
        List<String> cells = line.cells();
        String code = stateCode(cell(cells, columns.state()), stateNames);
        if (code == null) {
            errors.add(new FieldError("file", "wagetable.error.state", lineNo, cell(cells, columns.state())));
            return null;
        }
        BigDecimal figure = rate(cell(cells, columns.rate()));
        if (figure == null) {
            errors.add(new FieldError("file", "wagetable.error.rate", lineNo, cell(cells, columns.rate())));
            return null;
        }
        LocalDate from = null;
        if (columns.effective() >= 0 && !cell(cells, columns.effective()).isEmpty()) {
            try {
                from = LocalDate.parse(cell(cells, columns.effective()));
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("file", "wagetable.error.date", lineNo, cell(cells, columns.effective())));
                return null;
            }
        }
        if (!seen.add(code + "@" + from)) {
            errors.add(new FieldError("file", "wagetable.error.duplicate", lineNo, code));
            return null;
        }
        String noteText = columns.note() >= 0 ? cell(cells, columns.note()) : "";
        return new Row(code, figure, from, noteText.isEmpty() ? null
                : noteText.substring(0, Math.min(300, noteText.length())));
    }

    private static int column(List<String> header, String... names) {
        for (String name : names) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).toLowerCase(Locale.ROOT).contains(name)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    static String stateCode(String value, Map<String, String> stateNames) {
        String v = value.strip();
        if (v.equalsIgnoreCase("US") || v.equalsIgnoreCase("federal") || v.equalsIgnoreCase("United States")) {
            return "US";
        }
        if (v.length() == 2 && UsStates.isKnown(v.toUpperCase(Locale.ROOT))) {
            return v.toUpperCase(Locale.ROOT);
        }
        return stateNames.get(v.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
    }

    static BigDecimal rate(String value) {
        String v = value.replace("$", "").replace(",", "").strip();
        if (!v.matches("\\d{1,6}(\\.\\d{1,2})?")) {
            return null;
        }
        BigDecimal rate = new BigDecimal(v);
        return rate.signum() > 0 && rate.compareTo(MAX_RATE) < 0 ? rate : null;
    }

    /** A record of the file that is not blank: the line it starts on (the first is 1) and its cells. */
    record Line(int number, List<String> cells) {
    }

    /**
     * The file's records that are not blank, read by commons-csv (RFC 4180: a quoted cell may hold
     * commas, doubled quotes and line breaks), each with the line it starts on, for the messages.
     */
    static List<Line> lines(String text) {
        List<Line> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(text);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                lines.add(new Line(counter.lineAt(record.getCharacterPosition()), cells));
                if (lines.size() > MAX_ROWS + 1) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
            throw new RefusedException("file", "wagetable.error.notCsv");
        }
        return lines;
    }

    /** The line a character of the text is on, counted forward as the records come; empty lines skipped. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long start) {
            // the parser starts a record before the empty lines it skips: count past them too
            while (position < text.length() && (position < start || text.charAt(position) == '\n'
                    || text.charAt(position) == '\r')) {
                if (isBreak(position)) {
                    line++;
                }
                position++;
            }
            return line;
        }

        /** A line break ends here: a line feed, or a carriage return not followed by one. */
        private boolean isBreak(int i) {
            char c = text.charAt(i);
            return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
        }
    }
}
