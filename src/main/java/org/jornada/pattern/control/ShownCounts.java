package org.jornada.pattern.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jornada.complaint.entity.CategoryGroup;

/**
 * The trends and the maps as shown: each count (a period's total, its groups, a state's count)
 * rounded on its own from its true count ({@link Suppression}), a total never the sum of
 * rounded parts, and a state's rate computed from its shown count.
 */
public final class ShownCounts {

    /** A trend's period as shown; a hidden count is null. */
    public record Trend(String period, Long complaints, boolean suppressed, Map<CategoryGroup, Long> byGroup) {
    }

    /** A state as shown; a hidden count is null, and then there is no rate. */
    public record Place(String state, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100) {
    }

    private ShownCounts() {
    }

    /**
     * The trend by month or by season (calendar year) from {@link CaseFacts#byMonth}: a month's
     * index and its total then its groups.
     */
    public static List<Trend> trends(boolean bySeason, TreeMap<Integer, long[]> months, int minimum) {
        TreeMap<Integer, long[]> sums = new TreeMap<>();
        months.forEach((month, values) -> {
            long[] row = sums.computeIfAbsent(bySeason ? Math.floorDiv(month, 12) : month, k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                row[i] += values[i];
            }
        });
        List<Trend> result = new ArrayList<>();
        sums.forEach((key, row) -> {
            Map<CategoryGroup, Long> byGroup = new LinkedHashMap<>();
            for (CategoryGroup g : CategoryGroup.values()) {
                byGroup.put(g, Suppression.shown(row[1 + g.ordinal()], minimum));
            }
            Long total = Suppression.shown(row[0], minimum);
            String label = bySeason ? Integer.toString(key) : CaseFacts.Slice.month(key).toString();
            result.add(new Trend(label, total, total == null, byGroup));
        });
        return result;
    }

    /** The states of a map, with the workers certified there when known (the US map). */
    public static List<Place> places(Map<String, Long> counts, Map<String, Long> certified, int minimum) {
        List<Place> cells = new ArrayList<>();
        counts.forEach((state, count) -> {
            Long shown = Suppression.shown(count, minimum);
            Long workers = certified.get(state);
            cells.add(new Place(state, shown, shown == null, workers, Rates.per100(shown, workers)));
        });
        return cells;
    }
}
