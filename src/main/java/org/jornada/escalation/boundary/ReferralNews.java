package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.complaint.boundary.CaseNews;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.Messages;

/**
 * The worker's side of referrals, for {@code /follow-up}: to which authority the case was sent
 * and when, and the outcome once recorded. Drafts and approvals are staff's business and not shown.
 */
@ApplicationScoped
public class ReferralNews implements CaseNews {

    @Inject
    Referrals referrals;

    @Inject
    Authorities authorities;

    @Inject
    OrgTime orgTime;

    @Override
    public List<Sent> sent(long complaintId, Locale locale) {
        List<Referral> all = new ArrayList<>(referrals.ofCase(complaintId));
        java.util.Collections.reverse(all);
        return all.stream().filter(r -> r.getSentAt() != null).map(r -> {
            String name = authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
            String outcome = r.getState() == ReferralState.OUTCOME && r.getOutcome() != null
                    ? Messages.get(locale, "news.outcome." + r.getOutcome().name(), name,
                            r.getOutcomeAmount() == null ? "" : r.getOutcomeAmount().toPlainString())
                    : null;
            return new Sent(name, r.getSentAt().atZone(orgTime.getZone()).toLocalDate(), outcome);
        }).toList();
    }

    @Override
    public List<String> of(long complaintId, Locale locale) {
        List<String> news = new ArrayList<>();
        List<Referral> all = new ArrayList<>(referrals.ofCase(complaintId));
        java.util.Collections.reverse(all);
        for (Referral r : all) {
            if (r.getSentAt() == null) {
                continue;
            }
            String name = authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
            news.add(Messages.get(locale, "news.sent", name, r.getSentAt().atZone(orgTime.getZone()).toLocalDate()));
            if (r.getState() == ReferralState.OUTCOME && r.getOutcome() != null) {
                news.add(Messages.get(locale, "news.outcome." + r.getOutcome().name(), name,
                        r.getOutcomeAmount() == null ? "" : r.getOutcomeAmount().toPlainString()));
            }
        }
        return news;
    }
}
