package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.jornada.directory.control.ChainReports;

/**
 * The directory's {@link ChainReports}: cases staff verified (VERIFIED, ESCALATED or RESOLVED)
 * and linked to an employer and a recruiter entry, counted per pair. Raw counts: the directory
 * shows them only from the minimum up.
 */
@ApplicationScoped
@Transactional
public class ChainReportsFromCases implements ChainReports {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Long> verifiedWith(long entryId) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT c.employerEntityId, c.recruiterEntityId, COUNT(c) FROM Complaint c, CaseFile f"
                + " WHERE f.complaintId = c.id AND f.state IN :states AND c.employerEntityId IS NOT NULL"
                + " AND c.recruiterEntityId IS NOT NULL AND (c.employerEntityId = :e OR c.recruiterEntityId = :e)"
                + " GROUP BY c.employerEntityId, c.recruiterEntityId", Object[].class)
                .setParameter("e", entryId).setParameter("states", VerifiedComplaintsSection.VERIFIED).getResultStream()
                .forEach(r -> {
                    long other = ((Long) r[0]) == entryId ? (Long) r[1] : (Long) r[0];
                    if (other != entryId) {
                        counts.merge(other, (Long) r[2], Long::sum);
                    }
                });
        return counts;
    }

    @Override
    public long verified(long entryId) {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c, CaseFile f WHERE f.complaintId = c.id"
                + " AND f.state IN :states AND (c.employerEntityId = :e OR c.recruiterEntityId = :e)", Long.class)
                .setParameter("e", entryId).setParameter("states", VerifiedComplaintsSection.VERIFIED).getSingleResult();
    }
}
