package org.jornada.pattern.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link PatternTable} written straight to a stream, row by row, as a CSV file (UTF-8 with a
 * byte-order mark, so that spreadsheet programs read the accents; the "about" lines first, the
 * rounding and suppression rule among them, then an empty line, the heading and the rows) or an
 * XLSX workbook (fastexcel, a streaming writer: the rows are flushed to the stream every
 * {@link #FLUSH_EVERY}; a first sheet with the table, a second sheet "About" with what it was made
 * from). Numbers stay numbers; a cell that reads "fewer than 5" stays that text. A text cell that
 * a spreadsheet would read as a formula is written with a leading apostrophe.
 */
public final class TableFiles {

    /** Rows an XLSX sheet holds in memory before they are written out. */
    static final int FLUSH_EVERY = 200;

    private TableFiles() {
    }

    public static void csv(PatternTable table, OutputStream out) throws IOException {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").build());
        printer.printRecord(safe(table.title()));
        for (String line : table.about()) {
            printer.printRecord(safe(line));
        }
        printer.println();
        printer.printRecord(table.header().stream().map(TableFiles::safe).toList());
        for (List<Object> row : table.rows()) {
            printer.printRecord(row.stream().map(c -> c instanceof String s ? safe(s) : c).toList());
        }
        printer.flush();
    }

    public static void xlsx(PatternTable table, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Jornada", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
        for (int c = 0; c < table.header().size(); c++) {
            sheet.value(0, c, table.header().get(c));
            sheet.style(0, c).bold().set();
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number n) {
                    sheet.value(r, c, n instanceof BigDecimal b ? b : n);
                } else if (cell != null) {
                    sheet.value(r, c, cell.toString());
                }
            }
            if (++r % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
        Worksheet about = workbook.newWorksheet("About");
        about.value(0, 0, table.title());
        for (int i = 0; i < table.about().size(); i++) {
            about.value(i + 1, 0, table.about().get(i));
        }
        workbook.finish();
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
