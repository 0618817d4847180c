package org.jornada.escalation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;

/** What the referral API answers, as records (docs/api.md). */
public final class ReferralAnswers {

    private ReferralAnswers() {
    }

    public record Item(long id, long caseId, long authorityId, Referral.Identity identity, boolean withEvidence,
            ReferralState state, long preparedBy, Instant preparedAt, Long approvedBy, Instant sentAt,
            ChannelKind sentHow, String authorityReference, Referral.Outcome outcome, BigDecimal outcomeAmount) {

        static Item of(Referral r) {
            return new Item(r.getId(), r.getComplaintId(), r.getAuthorityId(), r.getIdentity(), r.isWithEvidence(),
                    r.getState(), r.getPreparedBy(), r.getPreparedAt(), r.getApprovedBy(), r.getSentAt(), r.getSentHow(),
                    r.getAuthorityReference(), r.getOutcome(), r.getOutcomeAmount());
        }
    }

    public record Step(Instant at, long staffId, ReferralState from, ReferralState to, String note) {

        static Step of(ReferralEvent e) {
            return new Step(e.getAt(), e.getStaffId(), e.getFromState(), e.getToState(), e.getNote());
        }
    }

    public record Items(List<Item> items) {
    }

    public record WithTimeline(Item referral, List<Step> timeline) {
    }

    public record Moved(long id, ReferralState state) {
    }
}
