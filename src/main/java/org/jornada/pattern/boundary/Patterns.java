package org.jornada.pattern.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.directory.boundary.Profiles;
import org.jornada.pattern.control.Alerts;
import org.jornada.pattern.control.CaseFacts;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.pattern.control.Rates;
import org.jornada.pattern.control.Suppression;
import org.jornada.platform.boundary.OrgTime;

/**
 * The pattern views' numbers, counted in the database and suppressed before they leave this
 * class: recruiters and employers ranked (complaints, per category group, per 100 certified
 * workers, WHD findings, debarment, rating, alert, organizing requests), trends by month or
 * season, and counts by US worksite state or Mexican state of recruitment. A case counts for a
 * directory entry once it is linked to it. docs/patterns.md.
 */
@ApplicationScoped
public class Patterns {

    /** Rows a ranking returns at most. */
    static final int MAX_ROWS = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgTime orgTime;

    @Inject
    Clock clock;

    @Inject
    PatternData data;

    /** The alert windows: the last 30 days against the 360 before them ({@link Alerts}). */
    static final int RECENT_DAYS = 30;
    static final int USUAL_DAYS = 360;

    public enum Kind { EMPLOYER, RECRUITER }

    public enum Sort { RATE, COUNT }

    public enum By { MONTH, SEASON }

    public enum MapOf { US_WORKSITE, MX_RECRUITMENT }

    /** The smallest count shown ({@code JORNADA_MIN_REPORTS}, never below 3). */
    public static int minimumCell() {
        return Suppression.minimum(Profiles.minimumReports());
    }

    /** One recruiter or employer of a ranking; a hidden count is null with {@code suppressed}. */
    public record EntityRow(long entityId, String name, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100, Map<CategoryGroup, Long> byGroup, BigDecimal backWages, boolean debarred,
            BigDecimal rating, boolean alert, Long organizingRequests) {
    }

    public record TrendRow(String period, Long complaints, boolean suppressed, Map<CategoryGroup, Long> byGroup) {
    }

    public record MapCell(String state, Long complaints, boolean suppressed, Long certifiedWorkers,
            BigDecimal ratePer100) {
    }

    /** When the data behind the views was last brought in. */
    public record DataDates(LocalDate cases, LocalDate certifications) {
    }

    private List<Object[]> rows(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object> result = query.getResultList();
        return result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public DataDates dataDates() {
        Object cases = em.createNativeQuery("SELECT MAX(received_at) FROM complaint").getSingleResult();
        return new DataDates(day(cases), data.read(copy -> copy.certified().latest()));
    }

    private LocalDate day(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atZone(orgTime.getZone()).toLocalDate();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        return null;
    }

    /**
     * The ranking of recruiters or employers, sorted by rate (no rate last) or by count. One pass
     * over this node's copy of the cases ({@link PatternData}) gives every entity's total, groups
     * and organizing requests; suppression runs over all of them; rows are sorted by their keys
     * and only the ones returned are built, with names, findings, debarment and ratings read for
     * those alone.
     */
    public List<EntityRow> entities(Kind kind, PatternFilter filter, Sort sort) {
        int minimum = minimumCell();
        int groupCount = CategoryGroup.values().length;
        CaseFacts.Role role = kind == Kind.EMPLOYER ? CaseFacts.Role.EMPLOYER : CaseFacts.Role.RECRUITER;
        Instant now = Instant.now(clock);
        record Counted(CaseFacts.EntitySums sums, Map<Long, Long> certified, Map<Long, long[]> windows) {
        }
        Counted counted = data.read(copy -> {
            CaseFacts.Slice slice = slice(filter, copy);
            long until = now.getEpochSecond();
            long recentFrom = now.minus(Duration.ofDays(RECENT_DAYS)).getEpochSecond();
            long usualFrom = recentFrom - Duration.ofDays(USUAL_DAYS).toSeconds();
            return new Counted(copy.facts().byEntity(role, slice),
                    kind == Kind.EMPLOYER ? copy.certified().perEmployer(filter) : Map.of(),
                    copy.facts().windows(role, slice, usualFrom, recentFrom, until));
        });
        CaseFacts.EntitySums sums = counted.sums();
        int n = sums.size();
        if (n == 0) {
            return List.of();
        }
        boolean[] hiddenTotals = Suppression.column(sums.totals(), minimum);
        boolean[][] hiddenCells = Suppression.table(sums.byGroup(), hiddenTotals, true, true, minimum);
        boolean[] hiddenAsked = Suppression.column(sums.organizing(), minimum);
        BigDecimal[] rates = new BigDecimal[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            rates[i] = Rates.per100(hiddenTotals[i] ? null : sums.totals()[i], counted.certified().get(sums.entityIds()[i]));
        }
        Comparator<Integer> byCount = Comparator.comparingLong((Integer i) -> hiddenTotals[i] ? -1 : sums.totals()[i])
                .reversed();
        Comparator<Integer> ranking = sort == Sort.COUNT ? byCount
                : Comparator.comparing((Integer i) -> rates[i] == null ? BigDecimal.valueOf(-1) : rates[i]).reversed()
                        .thenComparing(byCount);
        java.util.Arrays.sort(order, ranking.thenComparingLong(i -> sums.entityIds()[i]));
        List<EntityRow> top = new ArrayList<>();
        for (int k = 0; k < Math.min(n, MAX_ROWS); k++) {
            int i = order[k];
            long id = sums.entityIds()[i];
            Map<CategoryGroup, Long> byGroup = new LinkedHashMap<>();
            for (CategoryGroup g : CategoryGroup.values()) {
                byGroup.put(g, hiddenCells[i][g.ordinal()] ? null : sums.byGroup()[i][g.ordinal()]);
            }
            long[] windows = counted.windows().getOrDefault(id, new long[2]);
            boolean alert = Alerts.wellAbove(windows[0], Alerts.usualPer30Days(windows[1], USUAL_DAYS), minimum);
            top.add(new EntityRow(id, null, hiddenTotals[i] ? null : sums.totals()[i], hiddenTotals[i],
                    counted.certified().get(id), rates[i], byGroup, null, false, null, alert,
                    hiddenAsked[i] ? null : sums.organizing()[i]));
        }
        return withDetails(top, kind, minimum);
    }

    /** The view's conditions on cases; a crop keeps the employers with a certification for it. */
    private static CaseFacts.Slice slice(PatternFilter filter, PatternData.Copy copy) {
        return CaseFacts.Slice.of(filter, filter.crop() == null ? null : copy.certified().employersGrowing(filter.crop()));
    }

    /** The names, WHD back wages, debarment and workers' rating of the rows returned. */
    private List<EntityRow> withDetails(List<EntityRow> top, Kind kind, int minimum) {
        String idList = top.stream().map(r -> Long.toString(r.entityId())).collect(Collectors.joining(","));
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : rows("SELECT id, name FROM directory_entity WHERE id IN (" + idList + ")", List.of())) {
            names.put(number(r[0]), (String) r[1]);
        }
        Map<Long, BigDecimal> backWages = new HashMap<>();
        if (kind == Kind.EMPLOYER) {
            for (Object[] r : rows("SELECT employer_id, SUM(back_wages) FROM enforcement_action WHERE employer_id IN ("
                    + idList + ") GROUP BY employer_id", List.of())) {
                backWages.put(number(r[0]), (BigDecimal) r[1]);
            }
        }
        Map<Long, Boolean> debarred = new HashMap<>();
        for (Object[] r : rows("SELECT DISTINCT entity_id FROM debarment WHERE entity_id IN (" + idList + ")"
                + " AND (end_date IS NULL OR end_date >= ?)", List.of(java.sql.Date.valueOf(LocalDate.now(clock))))) {
            debarred.put(number(r[0]), true);
        }
        Map<Long, BigDecimal> ratings = new HashMap<>();
        for (Object[] r : rows("SELECT entity_id, AVG(overall), COUNT(*) FROM review WHERE status = 'PUBLISHED'"
                + " AND entity_id IN (" + idList + ") GROUP BY entity_id", List.of())) {
            if (number(r[2]) >= minimum) {
                ratings.put(number(r[0]), new BigDecimal(r[1].toString()).setScale(1, java.math.RoundingMode.HALF_UP));
            }
        }
        return top.stream().map(r -> new EntityRow(r.entityId(), names.getOrDefault(r.entityId(), "?"), r.complaints(),
                r.suppressed(), r.certifiedWorkers(), r.ratePer100(), r.byGroup(), backWages.get(r.entityId()),
                debarred.getOrDefault(r.entityId(), false), ratings.get(r.entityId()), r.alert(),
                r.organizingRequests())).toList();
    }

    /** Complaints by month ({@code 2026-03}) or season ({@code 2026}), each with its groups, oldest first. */
    public List<TrendRow> trends(By by, PatternFilter filter) {
        int minimum = minimumCell();
        int groupCount = CategoryGroup.values().length;
        java.util.TreeMap<Integer, long[]> months = data.read(copy -> copy.facts().byMonth(slice(filter, copy)));
        java.util.TreeMap<Integer, long[]> sums = new java.util.TreeMap<>();
        months.forEach((month, values) -> {
            long[] row = sums.computeIfAbsent(by == By.MONTH ? month : Math.floorDiv(month, 12), k -> new long[values.length]);
            for (int i = 0; i < values.length; i++) {
                row[i] += values[i];
            }
        });
        List<Integer> periods = new ArrayList<>(sums.keySet());
        long[] totalCells = periods.stream().mapToLong(p -> sums.get(p)[0]).toArray();
        boolean[] hiddenTotals = Suppression.column(totalCells, minimum);
        long[][] matrix = periods.stream().map(p -> java.util.Arrays.copyOfRange(sums.get(p), 1, 1 + groupCount))
                .toArray(long[][]::new);
        boolean[][] hiddenCells = Suppression.table(matrix, hiddenTotals, true, true, minimum);
        List<TrendRow> result = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Map<CategoryGroup, Long> byGroup = new LinkedHashMap<>();
            for (CategoryGroup g : CategoryGroup.values()) {
                byGroup.put(g, hiddenCells[i][g.ordinal()] ? null : matrix[i][g.ordinal()]);
            }
            int key = periods.get(i);
            String label = by == By.MONTH ? CaseFacts.Slice.month(key).toString() : Integer.toString(key);
            result.add(new TrendRow(label, hiddenTotals[i] ? null : totalCells[i], hiddenTotals[i], byGroup));
        }
        return result;
    }

    /** Complaints by US worksite state (with certified workers and the rate) or by Mexican state of recruitment. */
    public List<MapCell> map(MapOf of, PatternFilter filter) {
        int minimum = minimumCell();
        boolean us = of == MapOf.US_WORKSITE;
        record Counted(Map<String, Long> counts, Map<String, Long> certified) {
        }
        Counted counted = data.read(copy -> new Counted(copy.facts().byPlace(us, us ? null : "MX-", slice(filter, copy)),
                us ? copy.certified().perState(filter) : Map.of()));
        List<String> states = new ArrayList<>(counted.counts().keySet());
        boolean[] hidden = Suppression.column(states.stream().mapToLong(counted.counts()::get).toArray(), minimum);
        List<MapCell> cells = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            Long shown = hidden[i] ? null : counted.counts().get(states.get(i));
            Long workers = us ? counted.certified().get(states.get(i)) : null;
            cells.add(new MapCell(states.get(i), shown, hidden[i], workers, Rates.per100(shown, workers)));
        }
        return cells;
    }
}
