package org.jornada.pattern.control;

import java.util.List;

/**
 * A pattern view as shown, ready to export: its title, what it was made from (period, filters,
 * data dates, the suppression rule), its column headings, and its rows with every hidden count
 * already written as the page writes it ("fewer than 5"). An export holds nothing the page does not.
 */
public record PatternTable(String title, List<String> about, List<String> header, List<List<Object>> rows) {

    public PatternTable {
        about = List.copyOf(about);
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
