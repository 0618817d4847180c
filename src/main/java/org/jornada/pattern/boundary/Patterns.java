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
        Object certs = em.createNativeQuery("SELECT MAX(COALESCE(begin_date, end_date)) FROM certification")
                .getSingleResult();
        return new DataDates(day(cases), day(certs));
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
     * over the period's complaints gives every entity's total, groups and organizing requests;
     * suppression runs over all of them; names, findings, debarment and ratings are read for the
     * rows returned only.
     */
    public List<EntityRow> entities(Kind kind, PatternFilter filter, Sort sort) {
        int minimum = minimumCell();
        int groupCount = CategoryGroup.values().length;
        String column = kind == Kind.EMPLOYER ? "c.employer_entity_id" : "c.recruiter_entity_id";
        PatternSql base = PatternSql.of(filter, orgTime.getZone());
        List<Long> ids = new ArrayList<>();
        List<long[]> sums = new ArrayList<>();
        for (Object[] r : rows("SELECT " + column + ", COUNT(*), SUM(CASE WHEN c.wants_organizing THEN 1 ELSE 0 END), "
                + PatternSql.groupSums() + " FROM complaint c WHERE " + base.where + " AND " + column
                + " IS NOT NULL GROUP BY " + column, base.params)) {
            ids.add(number(r[0]));
            long[] values = new long[2 + groupCount];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(r[i + 1]);
            }
            sums.add(values);
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        long[] totalCells = sums.stream().mapToLong(v -> v[0]).toArray();
        long[] askedCells = sums.stream().mapToLong(v -> v[1]).toArray();
        long[][] matrix = sums.stream().map(v -> java.util.Arrays.copyOfRange(v, 2, 2 + groupCount)).toArray(long[][]::new);
        boolean[] hiddenTotals = Suppression.column(totalCells, minimum);
        boolean[][] hiddenCells = Suppression.table(matrix, hiddenTotals, true, true, minimum);
        boolean[] hiddenAsked = Suppression.column(askedCells, minimum);
        Map<Long, Long> certified = kind == Kind.EMPLOYER ? certified(filter) : Map.of();
        Map<Long, Boolean> alerts = alerts(column, filter, minimum);

        List<EntityRow> all = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            Map<CategoryGroup, Long> byGroup = new LinkedHashMap<>();
            for (CategoryGroup g : CategoryGroup.values()) {
                byGroup.put(g, hiddenCells[i][g.ordinal()] ? null : matrix[i][g.ordinal()]);
            }
            Long shownTotal = hiddenTotals[i] ? null : totalCells[i];
            Long certifiedWorkers = certified.get(id);
            all.add(new EntityRow(id, null, shownTotal, hiddenTotals[i], certifiedWorkers,
                    Rates.per100(shownTotal, certifiedWorkers), byGroup, null, false, null,
                    alerts.getOrDefault(id, false), hiddenAsked[i] ? null : askedCells[i]));
        }
        Comparator<EntityRow> byCount = Comparator.comparing((EntityRow r) -> r.complaints() == null ? -1 : r.complaints())
                .reversed();
        Comparator<EntityRow> order = sort == Sort.COUNT ? byCount
                : Comparator.comparing((EntityRow r) -> r.ratePer100() == null ? BigDecimal.valueOf(-1) : r.ratePer100())
                        .reversed().thenComparing(byCount);
        List<EntityRow> top = all.stream().sorted(order.thenComparing(EntityRow::entityId)).limit(MAX_ROWS).toList();
        return withDetails(top, kind, minimum);
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

    /** Workers certified for each employer in the period's seasons (and the visa, state and crop filters). */
    private Map<Long, Long> certified(PatternFilter filter) {
        List<Object> params = new ArrayList<>(List.of(filter.from().getYear(), filter.to().getYear()));
        StringBuilder sql = new StringBuilder("SELECT fc.employer_id, SUM(fc.workers_certified) FROM certification fc"
                + " WHERE " + PatternSql.seasonYear() + " BETWEEN ? AND ?");
        certificationFilters(filter, sql, params);
        sql.append(" GROUP BY fc.employer_id");
        Map<Long, Long> certified = new HashMap<>();
        for (Object[] r : rows(sql.toString(), params)) {
            certified.put(number(r[0]), number(r[1]));
        }
        return certified;
    }

    private static void certificationFilters(PatternFilter filter, StringBuilder sql, List<Object> params) {
        if (filter.dolVisaClass() != null) {
            sql.append(" AND fc.visa_class = ?");
            params.add(filter.dolVisaClass());
        }
        if (filter.state() != null) {
            sql.append(" AND fc.worksite_state = ?");
            params.add(filter.state());
        }
        if (filter.crop() != null) {
            sql.append(" AND LOWER(fc.crop) LIKE ?");
            params.add("%" + filter.crop().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
    }

    /**
     * Entities whose last 30 days are well above their own previous 12 months ({@link Alerts}),
     * with the view's filters but its period replaced by those windows.
     */
    private Map<Long, Boolean> alerts(String column, PatternFilter filter, int minimum) {
        Instant now = Instant.now(clock);
        Instant recentFrom = now.minus(Duration.ofDays(30));
        Instant usualFrom = recentFrom.minus(Duration.ofDays(360));
        PatternSql base = PatternSql.of(filter, orgTime.getZone());
        String where = base.where.toString();
        List<Object> params = new ArrayList<>(base.params);
        params.set(0, java.sql.Timestamp.from(usualFrom));
        params.set(1, java.sql.Timestamp.from(now));
        params.add(0, java.sql.Timestamp.from(recentFrom));
        Map<Long, Boolean> flagged = new HashMap<>();
        for (Object[] r : rows("SELECT " + column + ", SUM(CASE WHEN c.received_at >= ? THEN 1 ELSE 0 END),"
                + " COUNT(*) FROM complaint c WHERE " + where + " AND " + column + " IS NOT NULL GROUP BY " + column,
                params)) {
            long recent = number(r[1]);
            long before = number(r[2]) - recent;
            if (Alerts.wellAbove(recent, Alerts.usualPer30Days(before, 360), minimum)) {
                flagged.put(number(r[0]), true);
            }
        }
        return flagged;
    }

    /** Complaints by month ({@code 2026-03}) or season ({@code 2026}), each with its groups, oldest first. */
    public List<TrendRow> trends(By by, PatternFilter filter) {
        int minimum = minimumCell();
        int groupCount = CategoryGroup.values().length;
        PatternSql base = PatternSql.of(filter, orgTime.getZone());
        String period = by == By.MONTH
                ? "EXTRACT(YEAR FROM c.received_at) * 100 + EXTRACT(MONTH FROM c.received_at)"
                : "EXTRACT(YEAR FROM c.received_at)";
        java.util.TreeMap<Long, long[]> sums = new java.util.TreeMap<>();
        for (Object[] r : rows("SELECT " + period + ", COUNT(*), " + PatternSql.groupSums() + " FROM complaint c WHERE "
                + base.where + " GROUP BY " + period, base.params)) {
            long[] values = new long[1 + groupCount];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(r[i + 1]);
            }
            sums.put(number(r[0]), values);
        }
        List<Long> periods = new ArrayList<>(sums.keySet());
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
            long key = periods.get(i);
            String label = by == By.MONTH ? String.format("%d-%02d", key / 100, key % 100) : Long.toString(key);
            result.add(new TrendRow(label, hiddenTotals[i] ? null : totalCells[i], hiddenTotals[i], byGroup));
        }
        return result;
    }

    /** Complaints by US worksite state (with certified workers and the rate) or by Mexican state of recruitment. */
    public List<MapCell> map(MapOf of, PatternFilter filter) {
        int minimum = minimumCell();
        PatternSql base = PatternSql.of(filter, orgTime.getZone());
        String column = of == MapOf.US_WORKSITE ? "c.worksite_state" : "c.recruited_in";
        String only = of == MapOf.US_WORKSITE ? " AND c.worksite_state IS NOT NULL" : " AND c.recruited_in LIKE 'MX-%'";
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (Object[] r : rows("SELECT " + column + ", COUNT(*) FROM complaint c WHERE " + base.where + only
                + " GROUP BY " + column, base.params)) {
            counts.put((String) r[0], number(r[1]));
        }
        Map<String, Long> certified = new HashMap<>();
        if (of == MapOf.US_WORKSITE) {
            List<Object> params = new ArrayList<>(List.of(filter.from().getYear(), filter.to().getYear()));
            StringBuilder sql = new StringBuilder("SELECT fc.worksite_state, SUM(fc.workers_certified) FROM certification fc"
                    + " WHERE fc.worksite_state IS NOT NULL AND " + PatternSql.seasonYear() + " BETWEEN ? AND ?");
            certificationFilters(filter, sql, params);
            sql.append(" GROUP BY fc.worksite_state");
            for (Object[] r : rows(sql.toString(), params)) {
                certified.put((String) r[0], number(r[1]));
            }
        }
        List<String> states = new ArrayList<>(counts.keySet());
        boolean[] hidden = Suppression.column(states.stream().mapToLong(counts::get).toArray(), minimum);
        List<MapCell> cells = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            Long shown = hidden[i] ? null : counts.get(states.get(i));
            Long workers = of == MapOf.US_WORKSITE ? certified.get(states.get(i)) : null;
            cells.add(new MapCell(states.get(i), shown, hidden[i], workers, Rates.per100(shown, workers)));
        }
        return cells;
    }
}
