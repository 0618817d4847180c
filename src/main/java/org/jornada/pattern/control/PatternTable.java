package org.jornada.pattern.control;

import java.util.List;

/**
 * A pattern view as shown, ready to export: its title, what it was made from (period, filters,
 * data dates, the rounding and suppression rule), its column headings, and its rows with every
 * count already written as the page writes it (rounded; "fewer than 5"). An export holds nothing
 * the page does not. The rows are read once, one at a time, as the file is written
 * ({@link TableFiles}): nothing holds the whole file.
 */
public record PatternTable(String title, List<String> about, List<String> header, Iterable<List<Object>> rows) {

    public PatternTable {
        about = List.copyOf(about);
        header = List.copyOf(header);
    }
}
