package org.jornada.pattern.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.VisaType;
import org.junit.jupiter.api.Test;

class CaseFactsTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final int WAGES = 1 << CategoryGroup.WAGES.ordinal();
    private static final int HOUSING = 1 << CategoryGroup.HOUSING.ordinal();

    private static CaseFacts.Fact fact(long id, Long employer, String at, String visa, String state, boolean counted,
            boolean verified, int groups) {
        return new CaseFacts.Fact(id, employer, null, Instant.parse(at), visa, state, "MX-GUA", counted, verified,
                groups, false);
    }

    private static CaseFacts.Slice all(YearMonth from, YearMonth to) {
        return new CaseFacts.Slice(CaseFacts.Slice.month(from), CaseFacts.Slice.month(to), null, null, false, null, null);
    }

    @Test
    void aCaseIsCountedInTheMonthOfTheOrganizationsTimeZone() {
        CaseFacts facts = new CaseFacts(CHICAGO, id -> id, 4);
        // 2026-04-01 03:00 UTC is still 31 March in Chicago (UTC−5)
        facts.put(fact(1, 10L, "2026-04-01T03:00:00Z", "H2A", "GA", true, false, WAGES));
        TreeMap<Integer, long[]> months = facts.byMonth(all(YearMonth.of(2026, 1), YearMonth.of(2026, 12)));
        assertEquals(Set.of(CaseFacts.Slice.month(YearMonth.of(2026, 3))), months.keySet());
    }

    @Test
    void aChangedCaseReplacesWhatWasKnownAndIdsArriveInAnyOrder() {
        CaseFacts facts = new CaseFacts(CHICAGO, id -> id, 1);
        facts.put(fact(5, 10L, "2026-05-10T12:00:00Z", "H2A", "GA", true, false, WAGES));
        facts.put(fact(2, 10L, "2026-05-11T12:00:00Z", "H2A", "GA", true, false, WAGES));
        facts.put(fact(9, 11L, "2026-05-12T12:00:00Z", "H2B", "FL", true, false, HOUSING));
        // case 2 verified and moved to a duplicate's end: no longer counted at all
        facts.put(fact(2, 10L, "2026-05-11T12:00:00Z", "H2A", "GA", false, true, WAGES));
        assertEquals(3, facts.size());
        EntitySums sums = facts.byEntity(CaseFacts.Role.EMPLOYER, all(YearMonth.of(2026, 5), YearMonth.of(2026, 5)));
        assertArrayEquals(new long[] {10, 11}, sums.entityIds());
        assertEquals(1, sums.total(0));
        assertEquals(1, sums.total(1));
        assertEquals(1, sums.group(0, CategoryGroup.WAGES.ordinal()));
        assertEquals(1, sums.group(1, CategoryGroup.HOUSING.ordinal()));
    }

    @Test
    void aMergedEntryCountsUnderItsSurvivor() {
        CaseFacts facts = new CaseFacts(CHICAGO, id -> id == 20 ? 10 : id, 4);
        facts.put(fact(1, 10L, "2026-05-10T12:00:00Z", "H2A", "GA", true, false, WAGES));
        facts.put(fact(2, 20L, "2026-05-11T12:00:00Z", "H2A", "GA", true, false, WAGES));
        EntitySums sums = facts.byEntity(CaseFacts.Role.EMPLOYER, all(YearMonth.of(2026, 5), YearMonth.of(2026, 5)));
        assertArrayEquals(new long[] {10}, sums.entityIds());
        assertEquals(2, sums.total(0));
    }

    @Test
    void everyFilterOfAViewNarrowsTheCasesCounted() {
        CaseFacts facts = new CaseFacts(CHICAGO, id -> id, 8);
        facts.put(fact(1, 10L, "2026-05-10T12:00:00Z", "H2A", "GA", true, true, WAGES));
        facts.put(fact(2, 10L, "2026-05-11T12:00:00Z", "H2B", "GA", true, false, WAGES | HOUSING));
        facts.put(fact(3, 11L, "2026-05-12T12:00:00Z", "H2A", "FL", true, true, HOUSING));
        facts.put(fact(4, 12L, "2026-06-12T12:00:00Z", "H2A", "FL", true, true, HOUSING));
        int may = CaseFacts.Slice.month(YearMonth.of(2026, 5));
        assertEquals(Map.of("FL", 1L, "GA", 2L), facts.byPlace(true, null, all(YearMonth.of(2026, 5), YearMonth.of(2026, 5))));
        assertEquals(Map.of("GA", 1L, "FL", 1L),
                facts.byPlace(true, null, new CaseFacts.Slice(may, may, VisaType.H2A, null, false, null, null)));
        assertEquals(Map.of("GA", 1L),
                facts.byPlace(true, null, new CaseFacts.Slice(may, may, null, "GA", true, null, null)));
        assertEquals(Map.of("GA", 1L, "FL", 1L),
                facts.byPlace(true, null, new CaseFacts.Slice(may, may, null, null, false, CategoryGroup.HOUSING, null)));
        assertEquals(Map.of("FL", 1L),
                facts.byPlace(true, null, new CaseFacts.Slice(may, may, null, null, false, null, Set.of(11L))));
        assertTrue(facts.byPlace(true, null, new CaseFacts.Slice(may, may, null, "TX", false, null, null)).isEmpty(),
                "a state no case names gives nothing, not everything");
        assertEquals(Map.of("MX-GUA", 3L), facts.byPlace(false, "MX-", all(YearMonth.of(2026, 5), YearMonth.of(2026, 5))));
    }

    @Test
    void theAlertWindowsSplitTheLast30DaysFromTheYearBefore() {
        CaseFacts facts = new CaseFacts(CHICAGO, id -> id, 8);
        Instant now = Instant.parse("2026-06-30T00:00:00Z");
        facts.put(fact(1, 10L, "2026-06-20T00:00:00Z", "H2A", "GA", true, false, WAGES)); // recent
        facts.put(fact(2, 10L, "2026-03-01T00:00:00Z", "H2A", "GA", true, false, WAGES)); // usual
        facts.put(fact(3, 10L, "2024-03-01T00:00:00Z", "H2A", "GA", true, false, WAGES)); // too old
        facts.put(fact(4, 10L, "2026-07-02T00:00:00Z", "H2A", "GA", true, false, WAGES)); // after now
        long recentFrom = now.minusSeconds(30L * 86400).getEpochSecond();
        long usualFrom = recentFrom - 360L * 86400;
        long[][] windows = facts.windows(CaseFacts.Role.EMPLOYER,
                all(YearMonth.of(2026, 6), YearMonth.of(2026, 6)), usualFrom, recentFrom, now.getEpochSecond(),
                new long[] {10L, 99L});
        assertArrayEquals(new long[] {1, 1}, windows[0], "the view's months do not narrow the windows");
        assertArrayEquals(new long[] {0, 0}, windows[1], "an entry with no case has empty windows");
    }

    @Test
    void certifiedWorkersFollowTheSeasonsVisaStateAndCrop() {
        CertifiedWorkers workers = new CertifiedWorkers();
        workers.add(new CertifiedWorkers.Row(10, 2026, "H-2A", "GA", "Onions, sweet", 40, null));
        workers.add(new CertifiedWorkers.Row(10, 2025, "H-2A", "GA", "Onions", 60, null));
        workers.add(new CertifiedWorkers.Row(10, 2024, "H-2A", "GA", "Onions", 500, null));
        workers.add(new CertifiedWorkers.Row(11, 2026, "H-2B", "FL", "Landscaping", 30, null));
        PatternFilter seasons = new PatternFilter(YearMonth.of(2025, 7), YearMonth.of(2026, 6), null, null, null, null, false);
        CertifiedWorkers.PerEmployer both = workers.perEmployer(seasons);
        assertArrayEquals(new long[] {10, 11}, both.employers());
        assertArrayEquals(new long[] {100, 30}, both.workers(), "2025 and 2026, not 2024");
        CertifiedWorkers.PerEmployer sweet = workers.perEmployer(new PatternFilter(YearMonth.of(2026, 1),
                YearMonth.of(2026, 6), VisaType.H2A, null, "GA", "SWEET", false));
        assertEquals(40L, sweet.get(10));
        assertEquals(null, sweet.get(11), "no certification in the filter: no workers, not 0");
        assertEquals(Map.of("FL", 30L), workers.perState(new PatternFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 6),
                VisaType.H2B, null, null, null, false)));
        assertEquals(Set.of(10L), workers.employersGrowing("onion"));
    }
}
