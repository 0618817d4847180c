package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.complaint.boundary.WorkerQuestions;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.escalation.control.WorkerWords;

/**
 * The worker's consent to share their name with an authority: the questions staff asked, and the
 * worker's answers from {@code /follow-up} (as {@link WorkerQuestions}). Answering is not audited
 * under the worker's name (there is none); the answer and its time are the record.
 */
@ApplicationScoped
@Transactional
public class Consents implements WorkerQuestions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Authorities authorities;

    @Inject
    Clock clock;

    @Inject
    ConsentWithdrawal withdrawal;

    @Inject
    org.jornada.platform.boundary.OrgTime orgTime;

    /** Every question asked on this case, newest first. */
    public List<ConsentRequest> of(long complaintId) {
        return em.createQuery("SELECT c FROM ConsentRequest c WHERE c.complaintId = :id ORDER BY c.askedAt DESC, c.id DESC",
                ConsentRequest.class).setParameter("id", complaintId).getResultList();
    }

    /** The latest question to this authority among {@code asked} (newest first), which decides. */
    static Optional<ConsentRequest> latest(List<ConsentRequest> asked, long authorityId) {
        return asked.stream().filter(c -> c.getAuthorityId() == authorityId).findFirst();
    }

    /** The latest question to this authority on this case, answered or not. */
    Optional<ConsentRequest> latest(long complaintId, long authorityId) {
        return latest(of(complaintId), authorityId);
    }

    /** Whether the worker's latest answer for this authority is yes: the check every step that acts on a named referral makes. */
    public boolean saidYes(long complaintId, long authorityId) {
        return ConsentRequest.saidYes(of(complaintId), authorityId);
    }

    /** The worker's latest answer for this authority, if any. */
    public Optional<ConsentRequest> decisive(long complaintId, long authorityId) {
        return ConsentRequest.decisive(of(complaintId), authorityId);
    }

    ConsentRequest ask(long complaintId, long authorityId, long staffId) {
        ConsentRequest request = new ConsentRequest(complaintId, authorityId, staffId, Instant.now(clock));
        em.persist(request);
        em.flush();
        return request;
    }

    @Override
    public List<Question> waiting(long complaintId, Locale locale) {
        return em.createQuery("SELECT c FROM ConsentRequest c WHERE c.complaintId = :id AND c.answer IS NULL"
                + " ORDER BY c.askedAt DESC, c.id DESC", ConsentRequest.class).setParameter("id", complaintId)
                .getResultStream().map(c -> {
            String name = authorities.find(c.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
            return new Question(c.getId(), name, WorkerWords.say(locale, "consent.question", name),
                    WorkerWords.say(locale, "consent.yesMeans", name), WorkerWords.say(locale, "consent.noMeans", name));
        }).toList();
    }

    @Override
    public boolean answer(long complaintId, long questionId, boolean yes) {
        ConsentRequest request = em.find(ConsentRequest.class, questionId);
        if (request == null || request.getComplaintId() != complaintId) {
            return false;
        }
        if (!request.answer(yes ? ConsentRequest.Answer.YES : ConsentRequest.Answer.NO, Instant.now(clock))) {
            return false;
        }
        if (!yes) {
            em.flush();
            withdrawal.apply(request);
        }
        return true;
    }

    @Override
    public List<Given> given(long complaintId, Locale locale) {
        List<ConsentRequest> asked = of(complaintId);
        return asked.stream().map(ConsentRequest::getAuthorityId).distinct()
                .flatMap(a -> ConsentRequest.decisive(asked, a).filter(c -> c.getAnswer() == ConsentRequest.Answer.YES)
                        .stream())
                .map(c -> {
                    String name = authorities.find(c.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
                    return new Given(c.getAuthorityId(), name, WorkerWords.say(locale, "consent.given", name,
                            c.getAnsweredAt().atZone(orgTime.getZone())
                                    .toLocalDate()));
                }).toList();
    }

    @Override
    public boolean withdraw(long complaintId, long authorityId) {
        if (!saidYes(complaintId, authorityId)) {
            return false;
        }
        Instant now = Instant.now(clock);
        ConsentRequest no = new ConsentRequest(complaintId, authorityId, WORKER, now);
        no.answer(ConsentRequest.Answer.NO, now);
        em.persist(no);
        em.flush();
        withdrawal.apply(no);
        return true;
    }

    /** {@code asked_by} of a no the worker gave without being asked. */
    static final long WORKER = org.jornada.escalation.entity.ReferralEvent.WORKER;

    /** The authority's name for a question, for staff pages. */
    public String authorityName(ConsentRequest request, Locale locale) {
        return authorities.find(request.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
    }
}
