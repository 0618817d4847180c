package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.mail.entity.MailState;
import org.jornada.staff.boundary.AuditTrail;

/**
 * What the worker's "no" to an authority changes, in the transaction that records it: every unsent
 * named referral of the case to that authority goes back to a draft without its approval or its
 * frozen packet (which carried the worker's contact), and its mail, if it has not left, is taken
 * out of the outbox (an .eml file written for it is deleted). Such a draft cannot move again until
 * it is made anonymous or the worker says yes again ({@link MoveReferral} checks at every step, the
 * outbox's gate {@link ReferralMailGate} right before a mail leaves). A referral that already left
 * cannot be recalled: the case and referral pages say so, and staff record that they asked the
 * authority to disregard the name (step DISREGARD).
 */
@ApplicationScoped
public class ConsentWithdrawal {

    @Inject
    Referrals referrals;

    @Inject
    ReferralMail mail;

    @Inject
    AuditTrail audit;

    @Transactional
    public void apply(ConsentRequest no) {
        for (Referral r : referrals.ofCase(no.getComplaintId())) {
            if (r.getAuthorityId() != no.getAuthorityId() || !r.isNamed() || !r.isUnsent()) {
                continue;
            }
            Optional<MailState> was = r.getState() == ReferralState.APPROVED ? mail.withdraw(r) : Optional.empty();
            ReferralState from = r.stopForWithdrawnConsent();
            referrals.event(r, ReferralEvent.Kind.NO_CONSENT, ReferralEvent.WORKER, from,
                    was.filter(s -> s == MailState.SENDING).map(s -> "SENDING").orElse(null));
            was.filter(s -> s == MailState.QUEUED || s == MailState.WRITTEN).ifPresent(s -> referrals.event(r,
                    ReferralEvent.Kind.MAIL_DROPPED, ReferralEvent.WORKER, ReferralState.DRAFT, s.name()));
            audit.record(null, AuditTrail.REFERRAL_MOVED, r.getComplaintId(), "referral " + r.getId()
                    + ": NO_CONSENT (" + from + " -> DRAFT), the worker said no to authority " + r.getAuthorityId()
                    + was.map(s -> "; its mail was " + s).orElse(""));
        }
    }
}
