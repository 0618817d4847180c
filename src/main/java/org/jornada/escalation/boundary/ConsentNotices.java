package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.Messages;

/**
 * What staff read beside a named referral once the worker has said no to its authority: why it
 * cannot move (and the way on), or that it left before the no and cannot be recalled (and whether
 * the authority was asked to disregard the name). The case page, the referral page and the API
 * show the same words.
 */
@ApplicationScoped
public class ConsentNotices {

    @Inject
    Referrals referrals;

    @Inject
    OrgTime orgTime;

    /** The notice for this referral, or null when the worker's consent does not hold it back. */
    public String of(Referral r, List<ConsentRequest> asked, String authority, Locale locale) {
        if (!r.isNamed() || ConsentRequest.saidYes(asked, r.getAuthorityId())) {
            return null;
        }
        Optional<ConsentRequest> no = ConsentRequest.decisive(asked, r.getAuthorityId());
        String when = no.map(c -> orgTime.format(c.getAnsweredAt())).orElse("?");
        if (r.isUnsent()) {
            return Messages.get(locale, "referral.consent.blocked", authority, when);
        }
        if (no.isEmpty()) {
            return null;
        }
        String notice = Messages.get(locale, "referral.consent.leftBeforeNo", authority, when,
                r.getSentAt() == null ? "?" : orgTime.format(r.getSentAt()));
        Optional<ReferralEvent> disregard = referrals.timeline(r.getId()).stream()
                .filter(e -> e.getKind() == ReferralEvent.Kind.DISREGARD).reduce((a, b) -> b);
        return disregard.map(e -> notice + " " + Messages.get(locale, "referral.consent.disregardAsked",
                orgTime.format(e.getAt()), authority)).orElse(notice);
    }
}
