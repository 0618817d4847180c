package org.jornada.pattern.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link PatternTable} as a CSV file (UTF-8 with a byte-order mark, so that spreadsheet programs
 * read the accents; the "about" lines first, then an empty line, the heading and the rows) or an
 * XLSX workbook (a sheet with the table, a second sheet "About" with what it was made from).
 * Numbers stay numbers; a cell that reads "fewer than 5" stays that text. A text cell that a
 * spreadsheet would read as a formula is written with a leading apostrophe.
 */
public final class TableFiles {

    private TableFiles() {
    }

    public static byte[] csv(PatternTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            printer.printRecord(safe(table.title()));
            for (String line : table.about()) {
                printer.printRecord(safe(line));
            }
            printer.println();
            printer.printRecord(table.header().stream().map(TableFiles::safe).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(c -> c instanceof String s ? safe(s) : c).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(PatternTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Jornada", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
            for (int c = 0; c < table.header().size(); c++) {
                sheet.value(0, c, table.header().get(c));
                sheet.style(0, c).bold().set();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object cell = row.get(c);
                    if (cell instanceof Number n) {
                        sheet.value(r + 1, c, n instanceof BigDecimal b ? b : n);
                    } else if (cell != null) {
                        sheet.value(r + 1, c, cell.toString());
                    }
                }
            }
            Worksheet about = workbook.newWorksheet("About");
            about.value(0, 0, table.title());
            for (int i = 0; i < table.about().size(); i++) {
                about.value(i + 1, 0, table.about().get(i));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return name.isEmpty() ? "Patterns" : name.substring(0, Math.min(31, name.length()));
    }

    /** A text a spreadsheet would run as a formula gets a leading apostrophe. */
    static String safe(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
