package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jornada.directory.entity.EntityKind;
import org.junit.jupiter.api.Test;

/** An entry's chain gathered from every source: merged per other entry, thresholds, staff's word. */
class ChainBuilderTest {

    private static final Map<Long, ChainBuilder.Entry> ENTRIES = Map.of(
            2L, new ChainBuilder.Entry(2, EntityKind.RECRUITER, "Reclutadora"),
            3L, new ChainBuilder.Entry(3, EntityKind.RECRUITER, "Sub"),
            4L, new ChainBuilder.Entry(4, EntityKind.AGENT, "Abogado"),
            5L, new ChainBuilder.Entry(5, EntityKind.RECRUITER, "Solo reportado"),
            6L, new ChainBuilder.Entry(6, EntityKind.RECRUITER, "Quitado"));

    private static List<ChainLink> links(ChainBuilder builder, Map<Long, Long> verified) {
        return builder.links(verified, 5, ENTRIES::get, id -> ENTRIES.get(id).kind().name());
    }

    @Test
    void aCertificationCountsOnceForALinkWhateverRowsRepeatIt() {
        ChainBuilder builder = new ChainBuilder()
                .add(2, "RECRUITER", ChainSource.RECRUITER_LIST, new ChainBuilder.Certified(10, 2026, "GA", "Onions", 80), null)
                .add(2, "RECRUITER", ChainSource.RECRUITER_LIST, new ChainBuilder.Certified(10, 2026, "GA", "Onions", 80), null)
                .add(2, "RECRUITER", ChainSource.RECRUITER_LIST, new ChainBuilder.Certified(11, 2025, "NC", null, 20), null)
                .add(3, "SUB_RECRUITER", ChainSource.RECRUITER_LIST, new ChainBuilder.Certified(10, 2026, "GA", "Onions", 80), 2L)
                .add(4, "AGENT", ChainSource.DOL_DISCLOSURE, new ChainBuilder.Certified(10, 2026, "GA", "Onions", 80), null);
        List<ChainLink> chain = links(builder, Map.of());
        ChainLink recruiter = chain.get(0);
        assertEquals("Reclutadora", recruiter.name());
        assertEquals(100, recruiter.workersCertified());
        assertEquals(List.of(2026, 2025), recruiter.seasons());
        assertEquals(List.of("GA", "NC"), recruiter.states());
        assertEquals("Reclutadora", chain.stream().filter(l -> l.id() == 3).findFirst().orElseThrow().via());
        assertEquals(3, chain.size());
    }

    @Test
    void verifiedCasesShowALinkAndItsCountOnlyFromTheMinimum() {
        ChainBuilder builder = new ChainBuilder().add(4, "AGENT", ChainSource.DOL_DISCLOSURE, null, null);
        List<ChainLink> under = links(builder, Map.of(4L, 4L, 5L, 4L));
        assertEquals(1, under.size(), "a link only four cases show stays hidden");
        assertNull(under.get(0).verifiedComplaints(), "four is fewer than five: no number");
        List<ChainLink> enough = links(new ChainBuilder().add(4, "AGENT", ChainSource.DOL_DISCLOSURE, null, null),
                Map.of(4L, 6L, 5L, 5L));
        ChainLink reported = enough.stream().filter(l -> l.id() == 5).findFirst().orElseThrow();
        assertEquals(Set.of(ChainSource.VERIFIED_CASES), reported.sources());
        assertEquals(5L, reported.verifiedComplaints());
        assertEquals("RECRUITER", reported.relation());
        assertEquals(6L, enough.stream().filter(l -> l.id() == 4).findFirst().orElseThrow().verifiedComplaints());
    }

    @Test
    void askingTwiceAnswersTheSameAndAskingWithFewerCasesHidesTheReportedLinkAgain() {
        ChainBuilder builder = new ChainBuilder().add(4, "AGENT", ChainSource.DOL_DISCLOSURE, null, null);
        List<ChainLink> first = links(builder, Map.of(5L, 5L));
        assertEquals(first, links(builder, Map.of(5L, 5L)), "the builder keeps nothing of an answer");
        List<ChainLink> fewer = links(builder, Map.of(5L, 4L));
        assertEquals(List.of(4L), fewer.stream().map(ChainLink::id).toList(), "the reported link was not kept");
        assertEquals(Set.of(ChainSource.DOL_DISCLOSURE), fewer.get(0).sources());
    }

    @Test
    void staffUnlinkingHidesALinkEverySourceShowsAndLinkingAddsOne() {
        ChainBuilder builder = new ChainBuilder()
                .add(6, "RECRUITER", ChainSource.RECRUITER_LIST, null, null)
                .staff(6, null, false)
                .staff(4, null, true);
        List<ChainLink> chain = links(builder, Map.of(6L, 9L));
        assertEquals(List.of(4L), chain.stream().map(ChainLink::id).toList());
        assertEquals(Set.of(ChainSource.STAFF), chain.get(0).sources());
        assertEquals("AGENT", chain.get(0).relation());
        assertTrue(chain.get(0).seasons().isEmpty());
    }
}
