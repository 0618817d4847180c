package org.jornada.escalation.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.mail.boundary.MailStatus;

/** What the referral API answers, as records (docs/api.md). */
public final class ReferralBodies {

    private ReferralBodies() {
    }

    /** A referral in a list. */
    public record Item(long id, long caseId, long authorityId, ReferralState state, Referral.Identity identity,
            Referral.EvidenceChoice evidence, long preparedBy, Instant preparedAt, Long approvedBy, String packetSha256,
            Instant sentAt, ChannelKind sentHow, String authorityReference, Referral.Outcome outcome,
            BigDecimal outcomeAmount) {

        static Item of(Referral r) {
            return new Item(r.getId(), r.getComplaintId(), r.getAuthorityId(), r.getState(), r.getIdentity(),
                    r.getEvidence(), r.getPreparedBy(), r.getPreparedAt(), r.getApprovedBy(), r.getPacketSha256(),
                    r.getSentAt(), r.getSentHow(), r.getAuthorityReference(), r.getOutcome(), r.getOutcomeAmount());
        }
    }

    /** One step of the timeline: what, when, by whom (staff id), with what words. */
    public record Event(ReferralEvent.Kind kind, Instant at, long by, ReferralState from, ReferralState to, String text) {

        static Event of(ReferralEvent e) {
            return new Event(e.getKind(), e.getAt(), e.getStaffId(), e.getFromState(), e.getToState(), e.getNote());
        }
    }

    /**
     * One referral with its note, its mail (when sent by mail), its timeline (a step the worker took
     * has {@code by} 0), the steps it can take now, and why the worker's consent holds it back
     * ({@code consentNotice}, null when it does not).
     */
    public record Detail(long id, long caseId, long authorityId, ReferralState state, Referral.Identity identity,
            Referral.EvidenceChoice evidence, String note, long preparedBy, Instant preparedAt, Long approvedBy,
            String packetSha256, Instant sentAt, ChannelKind sentHow, String authorityReference,
            Referral.Outcome outcome, BigDecimal outcomeAmount, MailStatus mail, List<Event> events,
            List<MoveReferral.Step> steps, String consentNotice) {

        static Detail of(Referral r, MailStatus mail, List<ReferralEvent> timeline, boolean workerSaysYes,
                String consentNotice) {
            return new Detail(r.getId(), r.getComplaintId(), r.getAuthorityId(), r.getState(), r.getIdentity(),
                    r.getEvidence(), r.getNote(), r.getPreparedBy(), r.getPreparedAt(), r.getApprovedBy(),
                    r.getPacketSha256(), r.getSentAt(), r.getSentHow(), r.getAuthorityReference(), r.getOutcome(),
                    r.getOutcomeAmount(), mail, timeline.stream().map(Event::of).toList(),
                    MoveReferral.Step.possible(r, workerSaysYes), consentNotice);
        }
    }

    public record Items(List<Item> items) {
    }

    public record Moved(long id, ReferralState state) {
    }

    /** A mail queued: the referral (still APPROVED) and its mail. */
    public record Queued(long id, ReferralState state, MailStatus mail) {
    }
}
