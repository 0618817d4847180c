package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.mail.boundary.OutboxGate;

/**
 * Asked by the outbox right before a referral's mail leaves: a named referral's mail goes only if
 * the referral is still approved and the worker's latest answer for that authority is still yes.
 * Otherwise the outbox drops it (docs/security.md, "Consent").
 */
@ApplicationScoped
public class ReferralMailGate implements OutboxGate {

    @Inject
    Referrals referrals;

    @Inject
    Consents consents;

    @Override
    @Transactional
    public boolean mayLeave(String topic) {
        if (!topic.startsWith(ReferralMail.TOPIC)) {
            return true;
        }
        Optional<Referral> referral = referrals.find(Long.parseLong(topic.substring(ReferralMail.TOPIC.length())));
        return referral.map(r -> !r.isNamed() || (r.getState() == ReferralState.APPROVED
                && consents.saidYes(r.getComplaintId(), r.getAuthorityId()))).orElse(true);
    }
}
