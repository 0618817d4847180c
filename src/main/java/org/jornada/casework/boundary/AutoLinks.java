package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Links new cases to the directory on arrival: a case whose employer (or recruiter) name has the
 * same name key as exactly one directory entry of that kind (not merged away) counts for that
 * entry, as if staff had linked it; two or more entries with that key, or none, and it waits for
 * staff. Each case is looked at once ({@code auto_link_checked}, V17), so a link staff undo
 * stays undone. Runs a few seconds after filing ({@code AutoLinkTimer}), off the intake path.
 */
@ApplicationScoped
public class AutoLinks {

    @PersistenceContext
    EntityManager em;

    /** Links the cases not looked at yet; how many links it made. */
    @Transactional
    public int run() {
        Object max = em.createNativeQuery("SELECT MAX(id) FROM complaint WHERE auto_link_checked = FALSE")
                .getSingleResult();
        if (max == null) {
            return 0;
        }
        long upTo = ((Number) max).longValue();
        int linked = link("employer_entity_id", "employer_key", "EMPLOYER", upTo)
                + link("recruiter_entity_id", "recruiter_key", "RECRUITER", upTo);
        em.createNativeQuery("UPDATE complaint SET auto_link_checked = TRUE WHERE auto_link_checked = FALSE AND id <= ?")
                .setParameter(1, upTo).executeUpdate();
        return linked;
    }

    private int link(String column, String key, String kind, long upTo) {
        String match = " FROM directory_entity d WHERE d.kind = '" + kind + "' AND d.match_key = complaint." + key
                + " AND d.survivor_id IS NULL";
        return em.createNativeQuery("UPDATE complaint SET " + column + " = (SELECT MIN(d.id)" + match + ")"
                + " WHERE auto_link_checked = FALSE AND id <= ? AND " + column + " IS NULL AND " + key
                + " IS NOT NULL AND (SELECT COUNT(*)" + match + ") = 1").setParameter(1, upTo).executeUpdate();
    }
}
