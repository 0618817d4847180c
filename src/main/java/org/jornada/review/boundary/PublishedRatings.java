package org.jornada.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.directory.control.EntryRatings;

/**
 * The review feature's answer to {@link EntryRatings}: the average overall rating and the number
 * of published reviews per directory entry, in one grouped query. The pattern rankings read it
 * and decide themselves from how many reviews a rating is shown.
 */
@ApplicationScoped
public class PublishedRatings implements EntryRatings {

    @PersistenceContext
    EntityManager em;

    @Override
    public Map<Long, Rating> published(Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        String idList = entryIds.stream().map(id -> Long.toString(id)).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT entity_id, AVG(overall), COUNT(*) FROM review"
                + " WHERE status = 'PUBLISHED' AND entity_id IN (" + idList + ") GROUP BY entity_id").getResultList();
        Map<Long, Rating> ratings = new HashMap<>();
        for (Object[] r : rows) {
            ratings.put(((Number) r[0]).longValue(),
                    new Rating(new BigDecimal(r[1].toString()), ((Number) r[2]).longValue()));
        }
        return ratings;
    }
}
