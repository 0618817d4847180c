package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;

/** Referrals and their timelines, as stored. */
@ApplicationScoped
@Transactional
public class Referrals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Authorities authorities;

    public Optional<Referral> find(long id) {
        return Optional.ofNullable(em.find(Referral.class, id));
    }

    public List<Referral> ofCase(long complaintId) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.complaintId = :id ORDER BY r.preparedAt DESC, r.id DESC",
                Referral.class).setParameter("id", complaintId).getResultList();
    }

    /** The newest {@code limit} referrals of a case, newest first (a page shows some, then more). */
    public List<Referral> ofCase(long complaintId, int limit) {
        return em.createQuery("SELECT r FROM Referral r WHERE r.complaintId = :id ORDER BY r.preparedAt DESC, r.id DESC",
                Referral.class).setParameter("id", complaintId).setMaxResults(limit).getResultList();
    }

    public long countOfCase(long complaintId) {
        return em.createQuery("SELECT COUNT(r) FROM Referral r WHERE r.complaintId = :id", Long.class)
                .setParameter("id", complaintId).getSingleResult();
    }

    /** In one state (or all when null), oldest first: what waits for approval comes first in line. */
    public List<Referral> inState(ReferralState state, int limit) {
        return (state == null
                ? em.createQuery("SELECT r FROM Referral r ORDER BY r.preparedAt, r.id", Referral.class)
                : em.createQuery("SELECT r FROM Referral r WHERE r.state = :s ORDER BY r.preparedAt, r.id", Referral.class)
                        .setParameter("s", state)).setMaxResults(limit).getResultList();
    }

    /**
     * Sent referrals the authority has not answered within its response days (default 30): due for
     * a follow-up call. Computed when read, so no job has to run on one node.
     */
    public List<Referral> due() {
        Instant now = Instant.now(clock);
        return em.createQuery("SELECT r FROM Referral r WHERE r.state = :s ORDER BY r.sentAt, r.id", Referral.class)
                .setParameter("s", ReferralState.SENT).getResultStream()
                .filter(r -> r.getSentAt() != null && r.getSentAt().plus(java.time.Duration.ofDays(
                        authorities.find(r.getAuthorityId()).map(a -> a.getResponseDays())
                                .orElse(Authority.DEFAULT_RESPONSE_DAYS))).isBefore(now))
                .toList();
    }

    public List<ReferralEvent> timeline(long referralId) {
        return em.createQuery("SELECT e FROM ReferralEvent e WHERE e.referralId = :id ORDER BY e.at, e.id",
                ReferralEvent.class).setParameter("id", referralId).getResultList();
    }

    Referral add(Referral referral, long staffId) {
        em.persist(referral);
        em.flush();
        event(referral, ReferralEvent.Kind.PREPARED, staffId, null, referral.getNote());
        return referral;
    }

    void event(Referral referral, ReferralEvent.Kind kind, long staffId, ReferralState from, String note) {
        em.persist(new ReferralEvent(referral.getId(), kind, Instant.now(clock), staffId, from, referral.getState(),
                note));
    }

    /** The case of a referral, whoever works it now. */
    Optional<org.jornada.complaint.entity.Complaint> complaint(long complaintId) {
        return Optional.ofNullable(em.find(org.jornada.complaint.entity.Complaint.class, complaintId));
    }

    /** The working file of a referral's case: its state, who works it. */
    Optional<org.jornada.casework.entity.CaseFile> file(long complaintId) {
        return Optional.ofNullable(em.find(org.jornada.casework.entity.CaseFile.class, complaintId));
    }

    Instant now() {
        return Instant.now(clock);
    }
}
