package org.jornada.casework.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.complaint.entity.VisaType;
import org.junit.jupiter.api.Test;

class CaseWorkflowTest {

    private static CaseFile received() {
        return CaseFile.open(new Complaint("hash", null, new ComplaintFacts("es", VisaType.H2A,
                EnumSet.of(Category.UNPAID_HOURS), null, null, null, null, null, false), new byte[] {1},
                ContactChannel.NONE, null, false, Instant.now()), null);
    }

    private static void move(CaseFile file, CaseState to, String reason) {
        file.moveTo(to, reason, false, Instant.now());
    }

    @Test
    void followsTheWorkflowFromReceivedToResolved() {
        CaseFile file = received();
        move(file, CaseState.TRIAGED, null);
        move(file, CaseState.VERIFYING, null);
        move(file, CaseState.VERIFIED, "Pay stubs match the narrative");
        move(file, CaseState.ESCALATED, null);
        move(file, CaseState.RESOLVED, null);
        assertEquals(CaseState.RESOLVED, file.getState());
    }

    @Test
    void refusesSkippingStepsAndNamesWhatIsAllowed() {
        CaseFile file = received();
        IllegalTransitionException refused = assertThrows(IllegalTransitionException.class,
                () -> move(file, CaseState.ESCALATED, "skip"));
        assertEquals(EnumSet.of(CaseState.TRIAGED, CaseState.CLOSED, CaseState.DUPLICATE), refused.allowed());
        assertEquals(CaseState.RECEIVED, file.getState());
    }

    @Test
    void verifyingClosingAndReopeningNeedAReason() {
        CaseFile file = received();
        assertThrows(IllegalArgumentException.class, () -> move(file, CaseState.CLOSED, " "));
        move(file, CaseState.CLOSED, "Worker withdrew");
        assertThrows(IllegalArgumentException.class, () -> move(file, CaseState.TRIAGED, null));
        move(file, CaseState.TRIAGED, "Worker came back with pay stubs");
        move(file, CaseState.VERIFYING, null);
        assertThrows(IllegalArgumentException.class, () -> move(file, CaseState.VERIFIED, ""));
        assertEquals(CaseState.VERIFYING, file.getState());
    }

    @Test
    void aResolvedCaseIsFinal() {
        assertEquals(EnumSet.noneOf(CaseState.class), CaseState.RESOLVED.next());
    }
}
