package org.jornada.complaint.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CaseWorkflowTest {

    private static Complaint received() {
        return new Complaint("hash", null, new ComplaintFacts("es", VisaType.H2A, EnumSet.of(Category.UNPAID_HOURS),
                null, null, null, null, null, false), new byte[] {1}, ContactChannel.NONE, null, false, Instant.now());
    }

    @Test
    void followsTheWorkflowFromReceivedToResolved() {
        Complaint complaint = received();
        complaint.moveTo(CaseState.TRIAGED, null);
        complaint.moveTo(CaseState.VERIFYING, null);
        complaint.moveTo(CaseState.VERIFIED, "Pay stubs match the narrative");
        complaint.moveTo(CaseState.ESCALATED, null);
        complaint.moveTo(CaseState.RESOLVED, null);
        assertEquals(CaseState.RESOLVED, complaint.getState());
    }

    @Test
    void refusesSkippingStepsAndNamesWhatIsAllowed() {
        Complaint complaint = received();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> complaint.moveTo(CaseState.ESCALATED, "skip"));
        assertEquals(EnumSet.of(CaseState.TRIAGED, CaseState.CLOSED, CaseState.DUPLICATE), refused.allowed());
        assertEquals(CaseState.RECEIVED, complaint.getState());
    }

    @Test
    void verifyingClosingAndReopeningNeedAReason() {
        Complaint complaint = received();
        assertThrows(IllegalArgumentException.class, () -> complaint.moveTo(CaseState.CLOSED, " "));
        complaint.moveTo(CaseState.CLOSED, "Worker withdrew");
        assertThrows(IllegalArgumentException.class, () -> complaint.moveTo(CaseState.TRIAGED, null));
        complaint.moveTo(CaseState.TRIAGED, "Worker came back with pay stubs");
        complaint.moveTo(CaseState.VERIFYING, null);
        assertThrows(IllegalArgumentException.class, () -> complaint.moveTo(CaseState.VERIFIED, ""));
        assertEquals(CaseState.VERIFYING, complaint.getState());
    }

    @Test
    void aResolvedCaseIsFinal() {
        assertEquals(EnumSet.noneOf(CaseState.class), CaseState.RESOLVED.next());
    }
}
