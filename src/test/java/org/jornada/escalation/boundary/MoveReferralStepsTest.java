package org.jornada.escalation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.jornada.escalation.boundary.MoveReferral.Step;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.junit.jupiter.api.Test;

/** Which steps a referral may take, given the worker's latest answer for its authority (issue #23). */
class MoveReferralStepsTest {

    private static Referral referral(Referral.Identity identity) {
        return new Referral(1, 2, identity, Referral.EvidenceChoice.WITHHOLD, null, 3, Instant.EPOCH);
    }

    @Test
    void aNamedReferralWithoutTheWorkersYesCanOnlyBeMadeAnonymous() {
        assertEquals(List.of(Step.SUBMIT, Step.ANONYMISE), Step.possible(referral(Referral.Identity.NAMED), true));
        assertEquals(List.of(Step.ANONYMISE), Step.possible(referral(Referral.Identity.NAMED), false));
        Referral approved = referral(Referral.Identity.NAMED);
        approved.submit();
        approved.approve(4, new byte[1], "00");
        assertEquals(List.of(Step.SEND, Step.FILE), Step.possible(approved, true));
        assertEquals(List.of(), Step.possible(approved, false), "nothing sends the name after a no");
    }

    @Test
    void anAnonymousReferralIgnoresConsentAndIsNeverMadeAnonymousAgain() {
        assertEquals(List.of(Step.SUBMIT), Step.possible(referral(Referral.Identity.ANONYMOUS), false));
    }

    @Test
    void aNamedReferralThatLeftBeforeTheNoTakesTheDisregardRecord() {
        Referral sent = referral(Referral.Identity.NAMED);
        sent.submit();
        sent.approve(4, new byte[1], "00");
        sent.sent(ChannelKind.EMAIL, Instant.EPOCH, null);
        assertEquals(List.of(Step.ACKNOWLEDGE, Step.RESPONSE, Step.OUTCOME, Step.DISREGARD), Step.possible(sent, false));
        assertEquals(List.of(Step.ACKNOWLEDGE, Step.RESPONSE, Step.OUTCOME), Step.possible(sent, true));
    }
}
