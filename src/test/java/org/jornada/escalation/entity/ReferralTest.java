package org.jornada.escalation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReferralTest {

    private static final long PREPARER = 1;
    private static final long SUPERVISOR = 2;

    private static Referral draft() {
        return new Referral(10, 20, Referral.Identity.ANONYMOUS, Referral.EvidenceChoice.WITHHOLD, null, PREPARER, Instant.EPOCH);
    }

    @Test
    void aReferralGoesFromDraftToOutcomeThroughASecondPersonsApproval() {
        Referral referral = draft();
        referral.submit();
        assertThrows(IllegalStateException.class, () -> referral.approve(PREPARER, new byte[1], "00"), "four eyes");
        referral.approve(SUPERVISOR, new byte[1], "00");
        referral.sent(ChannelKind.WEB_FORM, Instant.EPOCH, null);
        referral.acknowledged("WHD-2026-0042");
        referral.outcome(Referral.Outcome.BACK_WAGES_RECOVERED, new BigDecimal("1250.00"));
        assertEquals(ReferralState.OUTCOME, referral.getState());
        assertEquals(Long.valueOf(SUPERVISOR), referral.getApprovedBy());
        assertEquals("WHD-2026-0042", referral.getAuthorityReference());
    }

    @Test
    void nothingIsSentBeforeApprovalAndAReturnedOneIsSubmittedAgain() {
        Referral referral = draft();
        assertThrows(IllegalStateException.class, () -> referral.sent(ChannelKind.PHONE, Instant.EPOCH, null));
        referral.submit();
        assertThrows(IllegalStateException.class, () -> referral.sent(ChannelKind.PHONE, Instant.EPOCH, null));
        referral.returnToPreparer(SUPERVISOR);
        assertEquals(ReferralState.RETURNED, referral.getState());
        referral.submit();
        assertEquals(ReferralState.SUBMITTED, referral.getState());
    }

    @Test
    void backWagesRecoveredNeedTheirAmount() {
        Referral referral = draft();
        referral.submit();
        referral.approve(SUPERVISOR, new byte[1], "00");
        referral.sent(ChannelKind.EMAIL, Instant.EPOCH, "ref");
        assertThrows(IllegalArgumentException.class, () -> referral.outcome(Referral.Outcome.BACK_WAGES_RECOVERED, null));
        assertEquals(ReferralState.SENT, referral.getState(), "nothing changed");
        referral.outcome(Referral.Outcome.DECLINED, new BigDecimal("5"));
        assertEquals(null, referral.getOutcomeAmount(), "an amount only with back wages");
    }

    private static Referral named() {
        return new Referral(10, 20, Referral.Identity.NAMED, Referral.EvidenceChoice.WITHHOLD, null, PREPARER, Instant.EPOCH);
    }

    @Test
    void anApprovedNamedReferralStoppedByTheWorkersNoIsADraftAgainWithoutItsApprovalOrPacket() {
        Referral referral = named();
        referral.submit();
        referral.approve(SUPERVISOR, new byte[] {1, 2}, "ab");
        assertEquals(ReferralState.APPROVED, referral.stopForWithdrawnConsent());
        assertEquals(ReferralState.DRAFT, referral.getState());
        assertEquals(null, referral.getApprovedBy());
        assertEquals(null, referral.getPacketSealed(), "the frozen packet carried the worker's contact");
        assertEquals(null, referral.getPacketSha256());
        referral.makeAnonymous();
        assertEquals(Referral.Identity.ANONYMOUS, referral.getIdentity());
    }

    @Test
    void onlyAnUnsentNamedReferralIsStoppedAndOnlyANamedDraftIsMadeAnonymous() {
        assertThrows(IllegalStateException.class, () -> draft().stopForWithdrawnConsent(), "anonymous");
        assertThrows(IllegalStateException.class, () -> draft().makeAnonymous(), "already anonymous");
        Referral sent = named();
        sent.submit();
        sent.approve(SUPERVISOR, new byte[1], "00");
        sent.sent(ChannelKind.WEB_FORM, Instant.EPOCH, null);
        assertThrows(IllegalStateException.class, sent::stopForWithdrawnConsent, "what left cannot be recalled");
        assertThrows(IllegalStateException.class, sent::makeAnonymous);
    }
}
