package org.jornada.directory.control;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of a data file, read one at a time (bounded memory whatever the file's size): a header
 * row, then values by header. CSV ({@link CsvRows}) or the data sheet of an .xlsx
 * ({@link XlsxRows}, found by its header), told apart by the file's first bytes, not its name.
 */
public interface TableRows extends Iterator<TableRows.Row>, Closeable {

    /** The header names, as the file spells them. */
    List<String> headers();

    /** A data row: its line (or sheet row) number and values by normalized header. */
    record Row(long number, Map<String, String> values) {

        /** The first non-blank value among these headers (normalized with {@link #header}). */
        public String get(List<String> names) {
            for (String name : names) {
                String value = values.get(name);
                if (value != null && !value.isBlank()) {
                    return value.strip();
                }
            }
            return null;
        }
    }

    /** Header names compared without case, spaces, dashes or underscores: H-2A = H2A. */
    static String header(String name) {
        return name == null ? "" : name.replace("\uFEFF", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    static TableRows open(InputStream in) throws IOException {
        return open(in, headers -> true);
    }

    /**
     * The rows of a CSV file, or of the workbook sheet whose header row {@code wanted} accepts
     * (the first sheet with a header when none does).
     */
    static TableRows open(InputStream in, java.util.function.Predicate<List<String>> wanted) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 65536);
        buffered.mark(4);
        byte[] magic = buffered.readNBytes(4);
        buffered.reset();
        boolean zip = magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        return zip ? new XlsxRows(buffered, wanted) : new CsvRows(buffered);
    }
}
