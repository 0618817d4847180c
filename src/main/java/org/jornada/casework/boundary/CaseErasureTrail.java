package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.jornada.complaint.boundary.CaseErasure;
import org.jornada.staff.boundary.AuditTrail;

/**
 * Casework's part of an erasure, in its transaction: the audit entry (by "system", with who asked:
 * the worker or the retention period), and when the case is anonymised its notes and the reasons
 * written for its moves and waived clocks, where staff may have written something about the worker.
 */
@ApplicationScoped
public class CaseErasureTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    void contactErased(@Observes CaseErasure.ContactErased erased) {
        audit.record(null, AuditTrail.CONTACT_ERASED, erased.caseId(),
                erased.why() + (erased.evidence() ? " contact and evidence" : " contact"));
    }

    void anonymised(@Observes CaseErasure.CaseAnonymised anonymised) {
        long id = anonymised.caseId();
        em.createNativeQuery("DELETE FROM case_note WHERE complaint_id = ?").setParameter(1, id).executeUpdate();
        em.createNativeQuery("UPDATE case_event SET reason = NULL WHERE complaint_id = ?").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("UPDATE deadline_waiver SET reason = '-' WHERE complaint_id = ?").setParameter(1, id)
                .executeUpdate();
        audit.record(null, AuditTrail.CASE_ANONYMISED, id, anonymised.why().name());
    }
}
