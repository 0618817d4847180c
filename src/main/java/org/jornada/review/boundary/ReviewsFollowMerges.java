package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jornada.directory.boundary.DirectoryEntriesMerged;

/**
 * When staff merge a directory entry into another, the workers' reviews of the merged entry
 * become the survivor's. Observed synchronously in the merge's own transaction (required: there
 * is no merge without one), so the reviews move with the directory's rows or not at all.
 */
@ApplicationScoped
public class ReviewsFollowMerges {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    void moveReviews(@Observes DirectoryEntriesMerged merge) {
        em.createQuery("UPDATE Review r SET r.entityId = :s WHERE r.entityId = :m")
                .setParameter("s", merge.survivorId()).setParameter("m", merge.mergedId()).executeUpdate();
    }
}
