package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.jornada.casework.entity.CaseEvent;

/**
 * A case's history: every move of its state ({@code case_event}, one row per move, written by
 * {@link CaseHandling#transition} in the move's own transaction), oldest first.
 */
@ApplicationScoped
public class CaseHistory {

    /** A case page shows at most this many moves (a case makes a dozen in a long life). */
    static final int SHOWN = 200;

    @PersistenceContext
    EntityManager em;

    public List<CaseEvent> of(long caseId) {
        return em.createQuery("SELECT e FROM CaseEvent e WHERE e.complaintId = :id ORDER BY e.at, e.id", CaseEvent.class)
                .setParameter("id", caseId).setMaxResults(SHOWN).getResultList();
    }
}
