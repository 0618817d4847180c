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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.directory.boundary.Profiles;
import org.jornada.directory.control.EntryRatings;
import org.jornada.pattern.control.Alerts;
import org.jornada.pattern.control.CaseFacts;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.pattern.control.Ranking;
import org.jornada.pattern.control.ShownCounts;
import org.jornada.pattern.control.Suppression;
import org.jornada.platform.boundary.OrgTime;

/**
 * The pattern views' numbers, counted over this node's copy of the cases and rounded or
 * suppressed before they leave this class ({@link Suppression}: every count a multiple of the
 * minimum, under it "fewer than"): recruiters and employers ranked a page at a time (complaints,
 * per category group, per 100 certified workers, WHD findings, debarment, rating, alert,
 * organizing requests), trends by month or
 * season, and counts by US worksite state or Mexican state of recruitment. A case counts for a
 * directory entry once it is linked to it. docs/patterns.md.
 */
@ApplicationScoped
public class PatternCounting {

    /** Rows a ranking returns when no limit is asked. */
    public static final int MAX_ROWS = 200;

    /** Rows a ranking's page holds at most ({@code limit}). */
    public static final int MAX_LIMIT = 1000;

    /** The farthest a ranking's page starts ({@code offset}). */
    public static final int MAX_OFFSET = 10_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    OrgTime orgTime;

    @Inject
    Clock clock;

    @Inject
    CaseCopyRefresher data;

    /** The workers' ratings, published by the review feature through the directory's hook. */
    @Inject
    EntryRatings entryRatings;

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

    /** A page of a ranking: its rows, where it starts, how many it asked for and how many the ranking has. */
    public record RankingPage(List<EntityRow> rows, int offset, int limit, int total) {

        /** Where the next page starts, or -1 when this is the last. */
        public int nextOffset() {
            return offset + rows.size() < total ? offset + limit : -1;
        }
    }

    /** The first {@link #MAX_ROWS} rows of a ranking. */
    public List<EntityRow> entities(Kind kind, PatternFilter filter, Sort sort) {
        return ranking(kind, filter, sort, 0, MAX_ROWS).rows();
    }

    /**
     * A page of the ranking of recruiters or employers, sorted by rate (no rate last) or by count,
     * from the shown (rounded) numbers. One pass over this node's copy of the cases
     * ({@link CaseCopyRefresher}) gives every entity's total, groups and organizing requests; only the
     * page's rows are picked and built ({@link Ranking}), and their names, findings, debarment,
     * ratings and alert windows read for those alone.
     */
    public RankingPage ranking(Kind kind, PatternFilter filter, Sort sort, int offset, int limit) {
        int minimum = minimumCell();
        CaseFacts.Role role = kind == Kind.EMPLOYER ? CaseFacts.Role.EMPLOYER : CaseFacts.Role.RECRUITER;
        Instant now = Instant.now(clock);
        record Counted(Ranking.Page page, long[][] windows) {
        }
        Counted counted = data.read(copy -> {
            CaseFacts.Slice slice = slice(filter, copy);
            Ranking.Page page = Ranking.of(copy.facts().byEntity(role, slice),
                    kind == Kind.EMPLOYER ? copy.certified().perEmployer(filter) : null, sort == Sort.RATE, offset, limit,
                    minimum);
            long until = now.getEpochSecond();
            long recentFrom = now.minus(Duration.ofDays(RECENT_DAYS)).getEpochSecond();
            long usualFrom = recentFrom - Duration.ofDays(USUAL_DAYS).toSeconds();
            long[] ids = page.rows().stream().mapToLong(Ranking.Row::entityId).toArray();
            return new Counted(page, copy.facts().windows(role, slice, usualFrom, recentFrom, until, ids));
        });
        List<EntityRow> top = new ArrayList<>();
        for (int k = 0; k < counted.page().rows().size(); k++) {
            Ranking.Row r = counted.page().rows().get(k);
            // the alert from the shown (rounded) counts of its windows: it tells nothing they do not
            long recent = Suppression.shownOrZero(counted.windows()[k][0], minimum);
            long usual = Suppression.shownOrZero(counted.windows()[k][1], minimum);
            boolean alert = Alerts.wellAbove(recent, Alerts.usualPer30Days(usual, USUAL_DAYS), minimum);
            top.add(new EntityRow(r.entityId(), null, r.complaints(), r.suppressed(), r.certifiedWorkers(),
                    r.ratePer100(), r.byGroup(), null, false, null, alert, r.organizingRequests()));
        }
        return new RankingPage(top.isEmpty() ? top : withDetails(top, kind, minimum), offset, limit,
                counted.page().total());
    }

    /** The view's conditions on cases; a crop keeps the employers with a certification for it. */
    private static CaseFacts.Slice slice(PatternFilter filter, CaseCopyRefresher.Copy copy) {
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
        entryRatings.published(top.stream().map(EntityRow::entityId).toList()).forEach((id, rating) -> {
            if (rating.reviews() >= minimum) {
                ratings.put(id, rating.average().setScale(1, java.math.RoundingMode.HALF_UP));
            }
        });
        return top.stream().map(r -> new EntityRow(r.entityId(), names.getOrDefault(r.entityId(), "?"), r.complaints(),
                r.suppressed(), r.certifiedWorkers(), r.ratePer100(), r.byGroup(), backWages.get(r.entityId()),
                debarred.getOrDefault(r.entityId(), false), ratings.get(r.entityId()), r.alert(),
                r.organizingRequests())).toList();
    }

    /** Complaints by month ({@code 2026-03}) or season ({@code 2026}), each with its groups, oldest first. */
    public List<TrendRow> trends(By by, PatternFilter filter) {
        java.util.TreeMap<Integer, long[]> months = data.read(copy -> copy.facts().byMonth(slice(filter, copy)));
        return ShownCounts.trends(by == By.SEASON, months, minimumCell()).stream()
                .map(t -> new TrendRow(t.period(), t.complaints(), t.suppressed(), t.byGroup())).toList();
    }

    /** Complaints by US worksite state (with certified workers and the rate) or by Mexican state of recruitment. */
    public List<MapCell> map(MapOf of, PatternFilter filter) {
        boolean us = of == MapOf.US_WORKSITE;
        record Counted(Map<String, Long> counts, Map<String, Long> certified) {
        }
        Counted counted = data.read(copy -> new Counted(copy.facts().byPlace(us, us ? null : "MX-", slice(filter, copy)),
                us ? copy.certified().perState(filter) : Map.of()));
        return ShownCounts.places(counted.counts(), counted.certified(), minimumCell()).stream()
                .map(c -> new MapCell(c.state(), c.complaints(), c.suppressed(), c.certifiedWorkers(), c.ratePer100()))
                .toList();
    }
}
