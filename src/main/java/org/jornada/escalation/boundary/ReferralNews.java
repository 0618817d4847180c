package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.complaint.boundary.CaseNews;
import java.time.LocalDate;
import java.util.Optional;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.escalation.control.WorkerWords;

/**
 * The worker's side of referrals, for {@code /follow-up}: to which authority the case was sent
 * and when, the outcome once recorded, and what the worker's "no" to an authority changed. Drafts
 * and approvals are staff's business and not shown.
 */
@ApplicationScoped
public class ReferralNews implements CaseNews {

    @Inject
    Referrals referrals;

    @Inject
    Authorities authorities;

    @Inject
    OrgTime orgTime;

    @Inject
    Consents consents;

    @Override
    public List<Sent> sent(long complaintId, Locale locale) {
        List<Referral> all = new ArrayList<>(referrals.ofCase(complaintId));
        java.util.Collections.reverse(all);
        return all.stream().filter(r -> r.getSentAt() != null).map(r -> {
            String name = authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
            String outcome = r.getState() == ReferralState.OUTCOME && r.getOutcome() != null
                    ? WorkerWords.say(locale, "news.outcome." + r.getOutcome().name(), name,
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
            // whether the contact went with it: a yes given after an anonymous referral left did not send it
            news.add(WorkerWords.say(locale, "news.sent", name, r.getSentAt().atZone(orgTime.getZone()).toLocalDate())
                    + " " + WorkerWords.say(locale, r.isNamed() ? "news.sent.withContact" : "news.sent.withoutContact", name));
            if (r.getState() == ReferralState.OUTCOME && r.getOutcome() != null) {
                news.add(WorkerWords.say(locale, "news.outcome." + r.getOutcome().name(), name,
                        r.getOutcomeAmount() == null ? "" : r.getOutcomeAmount().toPlainString()));
            }
        }
        news.addAll(consentNews(complaintId, all, locale));
        return news;
    }

    /**
     * What each "no" changed, in plain words, while it is the worker's latest answer for that
     * authority: their name will not be given; or, when a named referral had already left, that it
     * cannot be undone, and whether the authority was asked not to use the name.
     */
    private List<String> consentNews(long complaintId, List<Referral> all, Locale locale) {
        List<ConsentRequest> asked = consents.of(complaintId);
        List<String> news = new ArrayList<>();
        asked.stream().map(ConsentRequest::getAuthorityId).distinct().forEach(authorityId -> {
            Optional<ConsentRequest> no = ConsentRequest.decisive(asked, authorityId)
                    .filter(c -> c.getAnswer() == ConsentRequest.Answer.NO);
            if (no.isEmpty()) {
                return;
            }
            String name = authorities.find(authorityId).map(a -> a.name(locale)).orElse("?");
            LocalDate saidNo = day(no.get().getAnsweredAt());
            List<Referral> left = all.stream().filter(r -> r.getAuthorityId() == authorityId && r.isNamed()
                    && r.getSentAt() != null).toList();
            if (left.isEmpty()) {
                news.add(WorkerWords.say(locale, "news.consent.no", name, saidNo));
                return;
            }
            news.add(WorkerWords.say(locale, "news.consent.tooLate", name, saidNo, day(left.get(0).getSentAt())));
            left.stream().flatMap(r -> referrals.timeline(r.getId()).stream())
                    .filter(e -> e.getKind() == ReferralEvent.Kind.DISREGARD).findFirst()
                    .ifPresent(e -> news.add(WorkerWords.say(locale, "news.consent.disregard", name, day(e.getAt()))));
        });
        return news;
    }

    private LocalDate day(java.time.Instant at) {
        return at.atZone(orgTime.getZone()).toLocalDate();
    }
}
