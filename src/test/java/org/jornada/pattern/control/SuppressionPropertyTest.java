package org.jornada.pattern.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.VisaType;
import org.junit.jupiter.api.Test;

/**
 * Issue 23: a hidden count must not come back by subtracting two views. Over generated data
 * (seeded, so a failure repeats), for every pair of views where one's filters contain the
 * other's, every cell that both can show (a ranking's totals, groups and organizing requests, a
 * trend's periods and groups, a map's states, the chain view's recruiters across their employers,
 * their employers and the recruiters behind the top employers), the difference of the two shown
 * counts is 0 or at least the minimum, never strictly between; and so is the difference of any two
 * counts one view shows, the rankings and the chain view together (a recruiter's total across its
 * employers against each employer's own count: the complementary cells of issue 28). The views are
 * made by the same code the pages, the API and the exports use ({@link Ranking}, {@link
 * ShownCounts}, {@link ChainView}) over the same copy ({@link CaseFacts}).
 */
class SuppressionPropertyTest {

    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final YearMonth FIRST = YearMonth.of(2026, 1);
    private static final String[] STATES = {"GA", "FL", "NC"};
    private static final String[] PLACES = {"MX-GUA", "MX-OAX", "GT"};
    private static final String[] CROPS = {"Onions", "Apples", "Tobacco"};
    private static final long SUPPRESSED = -1;

    /** One view's conditions; null is none. */
    private record Conditions(VisaType visa, String state, CategoryGroup group, String crop, boolean verifiedOnly,
            boolean lastMonthOnly) {

        PatternFilter filter() {
            return new PatternFilter(lastMonthOnly ? FIRST.plusMonths(2) : FIRST, FIRST.plusMonths(2), visa, group, state,
                    crop, verifiedOnly);
        }

        /** Whether every condition of {@code wider} is one of these (so these narrow it). */
        boolean narrows(Conditions wider) {
            return (wider.visa == null || wider.visa == visa) && (wider.state == null || wider.state.equals(state))
                    && (wider.group == null || wider.group == group) && (wider.crop == null || wider.crop.equals(crop))
                    && (!wider.verifiedOnly || verifiedOnly) && (!wider.lastMonthOnly || lastMonthOnly);
        }
    }

    private static List<Conditions> everyFilter() {
        List<Conditions> all = new ArrayList<>();
        VisaType[] visas = {null, VisaType.H2A, VisaType.H2B};
        String[] states = {null, "GA", "FL"};
        CategoryGroup[] groups = {null, CategoryGroup.WAGES, CategoryGroup.HOUSING};
        String[] crops = {null, "onion"};
        for (VisaType v : visas) {
            for (String s : states) {
                for (CategoryGroup g : groups) {
                    for (String c : crops) {
                        for (boolean verified : new boolean[] {false, true}) {
                            for (boolean last : new boolean[] {false, true}) {
                                all.add(new Conditions(v, s, g, c, verified, last));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    private record Data(CaseFacts facts, CertifiedWorkers certified, List<ChainView.Link> links) {
    }

    private static Data generate(Random random) {
        int cases = 5 + random.nextInt(80);
        int employers = 1 + random.nextInt(5);
        CaseFacts facts = new CaseFacts(ZONE, id -> id, cases);
        for (int i = 0; i < cases; i++) {
            int groups = 0;
            for (int g = 0; g < 3; g++) {
                groups |= random.nextInt(3) == 0 ? 1 << random.nextInt(CategoryGroup.values().length) : 0;
            }
            Instant at = FIRST.atDay(1).atStartOfDay(ZONE).toInstant().plusSeconds(random.nextInt(89 * 86400));
            facts.put(new CaseFacts.Fact(i + 1, random.nextInt(6) == 0 ? null : 100L + random.nextInt(employers),
                    random.nextBoolean() ? 200L + random.nextInt(2) : null, at, random.nextBoolean() ? "H2A" : "H2B",
                    STATES[random.nextInt(STATES.length)], PLACES[random.nextInt(PLACES.length)], random.nextInt(10) > 0,
                    random.nextBoolean(), groups, random.nextInt(4) == 0));
        }
        CertifiedWorkers certified = new CertifiedWorkers();
        for (int e = 0; e < employers; e++) {
            certified.add(new CertifiedWorkers.Row(100L + e, 2026, random.nextBoolean() ? "H-2A" : "H-2B",
                    STATES[random.nextInt(STATES.length)], CROPS[random.nextInt(CROPS.length)], 10 + random.nextInt(90),
                    null));
        }
        // the chain: recruiters 200 and 201 (who have cases) and 202 (who has none) each supply some employers
        List<ChainView.Link> links = new ArrayList<>();
        for (long recruiter = 200; recruiter <= 202; recruiter++) {
            for (int e = 0; e < employers; e++) {
                if (random.nextInt(3) > 0) {
                    links.add(new ChainView.Link(recruiter, 100L + e, List.of("RECRUITER_LIST")));
                }
            }
        }
        return new Data(facts, certified, links);
    }

    /** Every count a role can read from the views of one filter, by cell. */
    private static Map<String, Long> views(Data data, Conditions conditions, int minimum) {
        PatternFilter filter = conditions.filter();
        CaseFacts.Slice slice = CaseFacts.Slice.of(filter,
                filter.crop() == null ? null : data.certified().employersGrowing(filter.crop()));
        Map<String, Long> cells = new HashMap<>();
        for (CaseFacts.Role role : CaseFacts.Role.values()) {
            for (boolean byRate : new boolean[] {true, false}) {
                Ranking.Page page = Ranking.of(data.facts().byEntity(role, slice),
                        role == CaseFacts.Role.EMPLOYER ? data.certified().perEmployer(filter) : null, byRate, 0, 1000,
                        minimum);
                for (Ranking.Row row : page.rows()) {
                    String key = role + ":" + row.entityId();
                    put(cells, key + ":total", row.complaints());
                    put(cells, key + ":organizing", row.organizingRequests());
                    row.byGroup().forEach((g, n) -> put(cells, key + ":" + g, n));
                }
            }
        }
        for (boolean bySeason : new boolean[] {false, true}) {
            for (ShownCounts.Trend t : ShownCounts.trends(bySeason, data.facts().byMonth(slice), minimum)) {
                put(cells, "trend:" + t.period() + ":total", t.complaints());
                t.byGroup().forEach((g, n) -> put(cells, "trend:" + t.period() + ":" + g, n));
            }
        }
        for (ShownCounts.Place p : ShownCounts.places(data.facts().byPlace(true, null, slice),
                data.certified().perState(filter), minimum)) {
            put(cells, "us:" + p.state(), p.complaints());
        }
        for (ShownCounts.Place p : ShownCounts.places(data.facts().byPlace(false, "MX-", slice), Map.of(), minimum)) {
            put(cells, "mx:" + p.state(), p.complaints());
        }
        chain(data, filter, slice, minimum, cells);
        return cells;
    }

    /**
     * The chain view's cells, under the same keys as the rankings where they are the same number
     * (an employer's count, the complaints naming a recruiter: {@link #put} fails if they differ),
     * and each recruiter's total across its employers under its own key. Also the complementary
     * cells of one recruiter: its total minus every employer's shown count (a hidden one as 0) is
     * 0 or at least the minimum, so it never gives back what a hidden employer's count is.
     */
    private static void chain(Data data, PatternFilter filter, CaseFacts.Slice slice, int minimum, Map<String, Long> cells) {
        ChainView.Counts employers = ChainView.Counts.of(data.facts().byEntity(CaseFacts.Role.EMPLOYER, slice));
        ChainView.Counts recruiters = ChainView.Counts.of(data.facts().byEntity(CaseFacts.Role.RECRUITER, slice));
        ChainView view = new ChainView(data.links(), employers, recruiters, data.certified().perEmployer(filter), minimum);
        for (boolean byRate : new boolean[] {true, false}) {
            for (ChainView.Recruiter r : view.recruiters(byRate, 0, 1000).rows()) {
                put(cells, "chain:" + r.entityId() + ":total", r.complaints());
                put(cells, "RECRUITER:" + r.entityId() + ":total", r.ownComplaints());
                long rest = r.complaints() == null ? 0 : r.complaints();
                for (ChainView.Employer e : r.employers()) {
                    put(cells, "EMPLOYER:" + e.entityId() + ":total", e.complaints());
                    rest -= e.complaints() == null ? 0 : e.complaints();
                }
                assertSafe(rest, 0, minimum, "recruiter " + r.entityId() + "'s total less its employers' counts", null, null);
                assertEquals(Rates.per100(r.complaints(), r.certifiedWorkers()), r.ratePer100(), "the rate of the shown total");
            }
        }
        for (ChainView.TopEmployer t : view.topEmployers(1000)) {
            put(cells, "EMPLOYER:" + t.entityId() + ":total", t.complaints());
            t.recruiters().forEach(b -> put(cells, "RECRUITER:" + b.entityId() + ":total", b.complaints()));
        }
    }

    private static void put(Map<String, Long> cells, String key, Long shown) {
        Long before = cells.put(key, shown == null ? SUPPRESSED : shown);
        if (before != null && !before.equals(cells.get(key))) {
            fail(key + " reads " + before + " in one view and " + shown + " in another of the same filter");
        }
    }

    /** A difference an attacker could read: 0, or at least the minimum. */
    private static void assertSafe(long a, long b, int minimum, String what, Conditions wide, Conditions narrow) {
        if (a == SUPPRESSED || b == SUPPRESSED) {
            return;
        }
        long difference = Math.abs(a - b);
        if (difference > 0 && difference < minimum) {
            fail(what + " of " + wide + " and of " + narrow + ": " + a + " − " + b + " = " + difference + ", under the minimum " + minimum);
        }
    }

    @Test
    void noDifferenceOfTwoShownCountsOfNestedViewsLiesBetweenZeroAndTheMinimum() {
        Random random = new Random(20261206L);
        List<Conditions> filters = everyFilter();
        long compared = 0;
        for (int iteration = 0; iteration < 40; iteration++) {
            int minimum = Suppression.minimum(3 + random.nextInt(5));
            Data data = generate(random);
            Map<Conditions, Map<String, Long>> shown = new HashMap<>();
            for (Conditions c : filters) {
                shown.put(c, views(data, c, minimum));
            }
            for (Conditions narrow : filters) {
                Map<String, Long> inner = shown.get(narrow);
                List<Long> values = new ArrayList<>(new HashSet<>(inner.values()));
                for (int i = 0; i < values.size(); i++) {
                    for (int j = i + 1; j < values.size(); j++) {
                        assertSafe(values.get(i), values.get(j), minimum, "two counts", narrow, narrow);
                    }
                }
                for (Conditions wide : filters) {
                    if (wide == narrow || !narrow.narrows(wide)) {
                        continue;
                    }
                    Map<String, Long> outer = shown.get(wide);
                    // a cell a view does not list has no case behind it there: it reads 0
                    for (Map.Entry<String, Long> cell : outer.entrySet()) {
                        assertSafe(cell.getValue(), inner.getOrDefault(cell.getKey(), 0L), minimum, cell.getKey(),
                                wide, narrow);
                        compared++;
                    }
                    for (Map.Entry<String, Long> cell : inner.entrySet()) {
                        if (!outer.containsKey(cell.getKey())) {
                            assertSafe(0L, cell.getValue(), minimum, cell.getKey(), wide, narrow);
                            compared++;
                        }
                    }
                }
            }
        }
        assertTrue(compared > 100_000, "enough pairs compared: " + compared);
    }

    @Test
    void theThreeSubtractionsOfTheAttackRunNowGiveNothingBack() {
        int minimum = 5;
        // entities, no filter 8, visa=H2A 7: once a hidden 1
        assertEquals(5, Suppression.shown(8, minimum) - Suppression.shown(7, minimum));
        // crop=Onions 8, crop=Onions&state=GA 6: once a hidden 2
        assertEquals(5, Suppression.shown(8, minimum) - Suppression.shown(6, minimum));
        // trends state=GA 24, state=GA&crop=Onions 21: once a hidden 3
        assertEquals(5, Suppression.shown(24, minimum) - Suppression.shown(21, minimum));
        // and where the true difference is under the minimum, the shown one is 0 or the minimum
        for (long parent = 5; parent < 300; parent++) {
            for (long child = Math.max(5, parent - 4); child <= parent; child++) {
                long d = Suppression.shown(parent, minimum) - Suppression.shown(child, minimum);
                assertTrue(d == 0 || d == minimum, parent + " and " + child + " read " + d + " apart");
            }
        }
    }
}
