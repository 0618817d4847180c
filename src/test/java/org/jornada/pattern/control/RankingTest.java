package org.jornada.pattern.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final Instant MAY = Instant.parse("2026-05-10T12:00:00Z");

    private static CaseFacts.Slice may() {
        int m = CaseFacts.Slice.month(YearMonth.of(2026, 5));
        return new CaseFacts.Slice(m, m, null, null, false, null, null);
    }

    private static CaseFacts facts(long[] complaintsPerEmployer) {
        CaseFacts facts = new CaseFacts(ZONE, id -> id, 64);
        long id = 1;
        for (int e = 0; e < complaintsPerEmployer.length; e++) {
            for (int i = 0; i < complaintsPerEmployer[e]; i++) {
                facts.put(new CaseFacts.Fact(id++, 100L + e, null, MAY, "H2A", "GA", null, true, false, 2, false));
            }
        }
        return facts;
    }

    @Test
    void pagesFollowTheShownCountsThenTheEntryIdAndTogetherHoldTheWholeRanking() {
        // true counts 12, 9, 3, 8, 30, 13: shown 10, 10, hidden, 10, 30, 15
        CaseFacts facts = facts(new long[] {12, 9, 3, 8, 30, 13});
        EntitySums sums = facts.byEntity(CaseFacts.Role.EMPLOYER, may());
        List<Long> order = new ArrayList<>();
        for (int offset = 0; offset < 6; offset += 4) {
            Ranking.Page page = Ranking.of(sums, null, false, offset, 4, 5);
            assertEquals(6, page.total());
            page.rows().forEach(r -> order.add(r.entityId()));
        }
        // 30, 15, then the three tens by id (their true 12, 9, 8 tell no order), then the hidden one
        assertEquals(List.of(104L, 105L, 100L, 101L, 103L, 102L), order);
        Ranking.Page last = Ranking.of(sums, null, false, 4, 4, 5);
        assertEquals(2, last.rows().size());
        assertTrue(last.rows().get(1).suppressed());
        assertNull(last.rows().get(1).complaints());
        assertTrue(Ranking.of(sums, null, false, 6, 4, 5).rows().isEmpty(), "past the end: nothing");
    }

    @Test
    void byRateTheRateOfTheShownCountRanksFirstAndNoRateComesLast() {
        CaseFacts facts = facts(new long[] {8, 30, 12});
        CertifiedWorkers workers = new CertifiedWorkers();
        workers.add(new CertifiedWorkers.Row(100, 2026, "H-2A", "GA", "Onions", 50, null)); // 10 of 50: 20.0
        workers.add(new CertifiedWorkers.Row(101, 2026, "H-2A", "GA", "Onions", 10, null)); // too few: no rate
        workers.add(new CertifiedWorkers.Row(102, 2026, "H-2A", "GA", "Onions", 40, null)); // 10 of 40: 25.0
        PatternFilter filter = new PatternFilter(YearMonth.of(2026, 1), YearMonth.of(2026, 12), null, null, null, null,
                false);
        Ranking.Page page = Ranking.of(facts.byEntity(CaseFacts.Role.EMPLOYER, may()), workers.perEmployer(filter), true,
                0, 10, 5);
        assertEquals(List.of(102L, 100L, 101L), page.rows().stream().map(Ranking.Row::entityId).toList());
        assertEquals("25.0", page.rows().get(0).ratePer100().toPlainString(), "10 shown × 100 / 40");
        assertEquals("20.0", page.rows().get(1).ratePer100().toPlainString(), "8 reads 10: 10 × 100 / 50");
        assertNull(page.rows().get(2).ratePer100());
    }

    @Test
    void aRankingOfTwoHundredThousandEmployersOverAMillionCasesStaysWithinItsMemoryBudget() {
        int employers = 200_000;
        int cases = 1_000_000;
        CaseFacts facts = new CaseFacts(ZONE, id -> id, cases);
        Random random = new Random(9);
        for (int i = 0; i < cases; i++) {
            facts.put(new CaseFacts.Fact(i + 1, 1_000_000L + (i % employers), null, MAY.minusSeconds(i * 3L), "H2A",
                    "GA", "MX-GUA", true, random.nextBoolean(), 1 << random.nextInt(9), i % 40 == 0));
        }
        assertTrue(facts.bytes() < 40L << 20, "the copy: " + (facts.bytes() >> 20) + " MB for a million cases");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CaseFacts.Slice slice = new CaseFacts.Slice(Integer.MIN_VALUE, Integer.MAX_VALUE, null, null, false, null, null);
        Ranking.of(facts.byEntity(CaseFacts.Role.EMPLOYER, slice), null, false, 0, 200, 5); // the entries' order made once
        long before = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        Ranking.Page page = Ranking.of(facts.byEntity(CaseFacts.Role.EMPLOYER, slice), null, false, 0, 200, 5);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, page.rows().size());
        assertEquals(employers, page.total());
        assertTrue(allocated < 12L << 20, "a ranking's page allocates " + (allocated >> 20) + " MB");
        System.out.println("ranking of 200,000 employers over 1,000,000 cases: " + millis + " ms, "
                + (allocated >> 20) + " MB allocated, copy " + (facts.bytes() >> 20) + " MB");
    }
}
