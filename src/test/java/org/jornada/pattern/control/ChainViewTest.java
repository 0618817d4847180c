package org.jornada.pattern.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The chain view's numbers worked by hand (issue #28, docs/patterns.md): a recruiter's total across
 * its employers rounded on its own from the true total, never the sum of rounded parts; its rate of
 * the shown total, none under 20 certified workers; each employer's count the ranking's own; and
 * the complementary cells, a recruiter's total less its shown employers, giving nothing back of a
 * hidden employer. The minimum is 5.
 */
class ChainViewTest {

    private static final int M = 5;
    private static final long A = 101;
    private static final long B = 102;
    private static final long C = 103;
    private static final long R = 201;
    private static final long S = 202;
    private static final long T = 203;

    private static ChainView.Link link(long recruiter, long employer) {
        return new ChainView.Link(recruiter, employer, List.of("RECRUITER_LIST"));
    }

    /** Counts by id; ids in order. */
    private static ChainView.Counts counts(long... idThenCount) {
        long[] ids = new long[idThenCount.length / 2];
        long[] counts = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idThenCount[2 * i];
            counts[i] = idThenCount[2 * i + 1];
        }
        return new ChainView.Counts(ids, counts);
    }

    private static CertifiedWorkers.PerEmployer workers(long... idThenWorkers) {
        ChainView.Counts c = counts(idThenWorkers);
        return new CertifiedWorkers.PerEmployer(c.ids(), c.counts());
    }

    /** R supplies A (8 complaints, 50 workers) and B (3, 30); S supplies C (5, 10); T supplies A. */
    private static ChainView view() {
        return new ChainView(List.of(link(R, A), link(R, B), link(S, C), link(T, A)), counts(A, 8, B, 3, C, 5),
                counts(R, 6, S, 2), workers(A, 50, B, 30, C, 10), M);
    }

    @Test
    void aRecruitersTotalLessItsShownEmployersGivesNothingBackOfAHiddenEmployer() {
        ChainView.Recruiter r = view().recruiters(true, 0, 10).rows().stream().filter(x -> x.entityId() == R).findFirst()
                .orElseThrow();
        ChainView.Employer a = r.employers().get(0);
        ChainView.Employer b = r.employers().get(1);
        assertEquals(A, a.entityId(), "most complaints first");
        assertEquals(10L, a.complaints(), "8 reads 10, as in the ranking of employers");
        assertNull(b.complaints(), "3 is fewer than 5");
        assertTrue(b.suppressed());
        assertEquals(10L, r.complaints(), "the true total 11 reads 10");
        // complementary suppression would have shown 8 and 11: 11 − 8 gave the hidden 3 back
        assertEquals(0, r.complaints() - a.complaints(), "10 − 10 says nothing of B");
        assertEquals(80L, r.certifiedWorkers(), "50 + 30 workers certified across its employers");
        assertEquals(new BigDecimal("12.5"), r.ratePer100(), "the shown 10 × 100 / 80");
        assertEquals(new BigDecimal("20.0"), a.ratePer100(), "the employer's rate as the ranking shows it");
        assertNull(b.ratePer100(), "no rate of a hidden count");
        assertEquals(5L, r.ownComplaints(), "6 complaints naming the recruiter read 5");
        assertEquals(2, r.employerCount());
    }

    @Test
    void aTotalIsRoundedFromItsTrueTotalNotAddedUpFromRoundedParts() {
        ChainView view = new ChainView(List.of(link(R, A), link(R, B)), counts(A, 7, B, 7), counts(),
                workers(A, 100, B, 50), M);
        ChainView.Recruiter r = view.recruiters(false, 0, 10).rows().get(0);
        assertEquals(5L, r.employers().get(0).complaints());
        assertEquals(5L, r.employers().get(1).complaints());
        assertEquals(15L, r.complaints(), "14 reads 15, where 5 + 5 would drift to 10");
        assertEquals(new BigDecimal("10.0"), r.ratePer100(), "15 × 100 / 150");
        assertEquals(0L, r.ownComplaints(), "no complaint names the recruiter: 0 is shown");
    }

    @Test
    void noRateUnderTwentyCertifiedWorkersAndTheOrderComesFromTheShownNumbersOnly() {
        ChainView view = view();
        ChainView.Recruiter s = view.recruiters(true, 0, 10).rows().stream().filter(x -> x.entityId() == S).findFirst()
                .orElseThrow();
        assertEquals(5L, s.complaints());
        assertNull(s.ratePer100(), "5 complaints among 10 certified workers: too few for a rate");
        assertNull(s.ownComplaints(), "2 complaints naming S: fewer than 5");
        // by rate: T (10 × 100 / 50 = 20.0) before R (12.5), S has no rate and comes last
        assertEquals(List.of(T, R, S), view.recruiters(true, 0, 10).rows().stream().map(ChainView.Recruiter::entityId).toList());
        // by count: R and T both read 10 (true 11 and 8): the tie goes by id, whatever the true counts
        assertEquals(List.of(R, T, S), view.recruiters(false, 0, 10).rows().stream().map(ChainView.Recruiter::entityId).toList());
        ChainView.Page second = view.recruiters(false, 1, 1);
        assertEquals(List.of(T), second.rows().stream().map(ChainView.Recruiter::entityId).toList(), "a page at a time");
        assertEquals(3, second.total());
    }

    @Test
    void theTopEmployersAreThoseWithMostShownComplaintsEachWithTheRecruitersBehindIt() {
        List<ChainView.TopEmployer> top = view().topEmployers(10);
        assertEquals(List.of(A, C), top.stream().map(ChainView.TopEmployer::entityId).toList(),
                "B's hidden 3 is not among the most; A's 10 before C's 5");
        ChainView.TopEmployer a = top.get(0);
        assertEquals(10L, a.complaints());
        assertEquals(2, a.recruiterCount());
        assertEquals(List.of(R, T), a.recruiters().stream().map(ChainView.Behind::entityId).toList(),
                "R's 5 complaints before T's 0");
        assertEquals(5L, a.recruiters().get(0).complaints());
        assertEquals(List.of("RECRUITER_LIST"), a.recruiters().get(0).sources());
        assertEquals(1, view().topEmployers(1).size());
    }

    @Test
    void aRecruiterWithNothingBehindItIsNotListedAndALongListIsCut() {
        List<ChainView.Link> links = new ArrayList<>();
        LongStream.range(1000, 1060).forEach(e -> links.add(link(R, e)));
        links.add(link(S, 2000));
        ChainView view = new ChainView(links, counts(1000, 9), counts(), workers(), M);
        ChainView.Page page = view.recruiters(true, 0, 10);
        assertEquals(List.of(R), page.rows().stream().map(ChainView.Recruiter::entityId).toList(),
                "S: no complaint, no certified worker, no complaint naming it");
        ChainView.Recruiter r = page.rows().get(0);
        assertEquals(60, r.employerCount());
        assertEquals(ChainView.MAX_LISTED, r.employers().size());
        assertEquals(1000L, r.employers().get(0).entityId(), "the employer with complaints first");
        assertNull(r.certifiedWorkers(), "no certification in the filter: no workers, no rate");
        assertFalse(r.suppressed());
    }
}
