package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jornada.complaint.boundary.CaseErasure;
import org.jornada.mail.boundary.Outbox;

/**
 * Escalation's part of anonymising a case, in its transaction: the sealed packets (their SHA-256
 * stays, as proof of what was sent), the preparers' notes, the notes of the referral steps, and
 * the outbox's copies of the letters that went (the authority keeps what it received).
 */
@ApplicationScoped
public class ReferralErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    void anonymised(@Observes CaseErasure.CaseAnonymised anonymised) {
        @SuppressWarnings("unchecked")
        List<Number> referrals = em.createNativeQuery("SELECT id FROM referral WHERE complaint_id = ?")
                .setParameter(1, anonymised.caseId()).getResultList();
        for (Number id : referrals) {
            outbox.forget(ReferralMail.TOPIC + id.longValue());
            em.createNativeQuery("UPDATE referral_event SET note = NULL WHERE referral_id = ?")
                    .setParameter(1, id.longValue()).executeUpdate();
        }
        em.createNativeQuery("UPDATE referral SET packet_sealed = NULL, note = NULL WHERE complaint_id = ?")
                .setParameter(1, anonymised.caseId()).executeUpdate();
    }
}
