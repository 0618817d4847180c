package org.jornada.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.complaint.entity.VisaType;
import org.junit.jupiter.api.Test;

/** A case's whole working life on its file, without a container: every rule casework enforces. */
class CaseLifeTest {

    private static final long ADVOCATE = 7;
    private static final long OTHER_ADVOCATE = 8;
    private static final Instant FILED = Instant.parse("2026-06-01T10:00:00Z");
    private static final String BURST = "0123456789abcdef";

    private static Complaint complaint(Category category) {
        return new Complaint("hash", null, new ComplaintFacts("es", VisaType.H2A, EnumSet.of(category), "Granja",
                null, "GA", null, null, false), new byte[] {1}, ContactChannel.NONE, null, false, FILED);
    }

    private static CaseFile opened(Category category, LocalDate deadline, long id) {
        CaseFile file = CaseFile.open(complaint(category), deadline);
        file.numbered(id);
        return file;
    }

    private static Instant day(int n) {
        return FILED.plusSeconds(86_400L * n);
    }

    @Test
    void aCaseGoesFromReceivedThroughVerificationAndReferralToResolved() {
        CaseFile file = opened(Category.DOCUMENTS_TAKEN, LocalDate.of(2026, 12, 1), 41);
        assertEquals(CaseState.RECEIVED, file.getState());
        assertTrue(file.isUrgent(), "the worker's facts made it urgent; the file keeps it for the queue");
        assertEquals(FILED, file.getReceivedAt());
        assertEquals(LocalDate.of(2026, 12, 1), file.getNearestDeadline());

        file.assignTo(ADVOCATE);
        assertEquals(new CaseFile.Move(41L, CaseState.RECEIVED, CaseState.TRIAGED, null, day(1)),
                file.moveTo(CaseState.TRIAGED, null, false, day(1)));
        file.moveTo(CaseState.VERIFYING, null, false, day(2));
        assertThrows(IllegalArgumentException.class, () -> file.moveTo(CaseState.VERIFIED, null, false, day(3)),
                "VERIFIED needs the checklist done or a written reason");
        assertEquals(CaseState.VERIFYING, file.getState());
        file.moveTo(CaseState.VERIFIED, null, true, day(3));
        file.moveTo(CaseState.ESCALATED, null, false, day(4));
        assertNull(file.getFinishedAt(), "open until it ends");
        CaseFile.Move resolved = file.moveTo(CaseState.RESOLVED, null, false, day(90));
        assertEquals(CaseState.ESCALATED, resolved.from());
        assertEquals(CaseState.RESOLVED, file.getState());
        assertEquals(day(90), file.getFinishedAt(), "retention counts from the day it ended");

        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> file.moveTo(CaseState.TRIAGED, "new facts", false, day(91)));
        assertEquals(EnumSet.noneOf(CaseState.class), refused.allowed(), "a resolved case is final");
        assertEquals(ADVOCATE, file.getAssigneeId(), "the advocate who worked it stays on it");
    }

    @Test
    void aMoveTheWorkflowDoesNotAllowIsRefusedNamingTheAllowedOnesAndChangesNothing() {
        CaseFile file = opened(Category.UNPAID_HOURS, null, 42);
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> file.moveTo(CaseState.VERIFIED, "looks true", true, day(1)));
        assertEquals(EnumSet.of(CaseState.TRIAGED, CaseState.CLOSED, CaseState.DUPLICATE), refused.allowed());
        file.moveTo(CaseState.TRIAGED, null, false, day(1));
        file.moveTo(CaseState.VERIFYING, null, false, day(2));
        file.moveTo(CaseState.VERIFIED, "Pay stubs match the narrative", false, day(3));
        refused = assertThrows(IllegalTransitionException.class,
                () -> file.moveTo(CaseState.DUPLICATE, "same as 12", false, day(4)));
        assertEquals(EnumSet.of(CaseState.ESCALATED, CaseState.RESOLVED, CaseState.CLOSED), refused.allowed());
        assertEquals(CaseState.VERIFIED, file.getState());
        assertNull(file.getNearestDeadline(), "no clock: kept as the far date the queue sorts last");
    }

    @Test
    void aClosedCaseReopensOnlyWithAReasonAndForgetsWhenItEnded() {
        CaseFile file = opened(Category.UNPAID_HOURS, null, 43);
        assertThrows(IllegalArgumentException.class, () -> file.moveTo(CaseState.CLOSED, " ", false, day(1)));
        file.moveTo(CaseState.CLOSED, "Worker withdrew", false, day(1));
        assertEquals(day(1), file.getFinishedAt());
        assertThrows(IllegalArgumentException.class, () -> file.moveTo(CaseState.TRIAGED, null, false, day(5)));
        CaseFile.Move reopened = file.moveTo(CaseState.TRIAGED, "Worker came back with pay stubs", false, day(5));
        assertEquals(CaseState.CLOSED, reopened.from());
        assertEquals("Worker came back with pay stubs", reopened.reason());
        assertNull(file.getFinishedAt(), "reopened: retention no longer counts");
    }

    @Test
    void aDuplicateNamesItsPrimaryAndCanBeReopened() {
        CaseFile file = opened(Category.UNPAID_HOURS, null, 44);
        assertThrows(IllegalArgumentException.class, () -> file.markDuplicateOf(44, null, day(1)),
                "not a duplicate of itself");
        CaseFile.Move duplicate = file.markDuplicateOf(12, null, day(1));
        assertEquals(CaseState.DUPLICATE, file.getState());
        assertEquals("Duplicate of case 12", duplicate.reason());
        assertNull(file.getFinishedAt(), "a duplicate is not an ended case for retention");
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> file.moveTo(CaseState.VERIFYING, "more", false, day(2)));
        assertEquals(EnumSet.of(CaseState.TRIAGED), refused.allowed());
        file.moveTo(CaseState.TRIAGED, "Not the same season after all", false, day(2));
        assertEquals(CaseState.TRIAGED, file.getState());
    }

    @Test
    void aCaseHeldInABurstStaysOutOfTheQueueUntilReleased() {
        CaseFile file = opened(Category.UNPAID_HOURS, null, 45);
        assertThrows(IllegalArgumentException.class, () -> file.hold("not-a-burst"));
        file.hold(BURST);
        assertTrue(file.isHeld());
        assertEquals(BURST, file.getHeldBurst());
        assertEquals(BURST, file.release(), "release says which burst it left");
        assertFalse(file.isHeld());
        assertNull(file.release(), "releasing again changes nothing");
    }

    @Test
    void anAdvocateWorksCasesThatAreUnassignedOrTheirsAndASupervisorWorksAll() {
        CaseFile file = opened(Category.UNPAID_HOURS, null, 46);
        assertTrue(file.workableBy(OTHER_ADVOCATE, false), "unassigned: anyone who works cases");
        file.assignTo(ADVOCATE);
        assertTrue(file.workableBy(ADVOCATE, false));
        assertFalse(file.workableBy(OTHER_ADVOCATE, false), "taken by someone else");
        assertTrue(file.workableBy(OTHER_ADVOCATE, true), "a supervisor sees every case");
        file.assignTo(null);
        assertTrue(file.workableBy(OTHER_ADVOCATE, false), "put back: anyone's again");
    }

    @Test
    void aComplaintHeldApartAsAPossibleFloodIsWorkedOnlyByWhoSeesAllCasesUntilReleased() {
        CaseFile file = opened(Category.UNPAID_HOURS, null, 46);
        file.hold("0123456789abcdef");
        assertFalse(file.workableBy(ADVOCATE, false), "an advocate cannot open it by a related link or its address");
        assertTrue(file.workableBy(OTHER_ADVOCATE, true), "the supervisor decides on it");
        file.release();
        assertTrue(file.workableBy(ADVOCATE, false), "released: in the queue as any other");
    }

    @Test
    void aFileIsNumberedOnceAsItsComplaint() {
        CaseFile file = CaseFile.open(complaint(Category.UNPAID_HOURS), null);
        assertNull(file.getComplaintId());
        file.numbered(47);
        assertEquals(47L, file.getComplaintId());
        assertThrows(IllegalStateException.class, () -> file.numbered(48));
    }
}
