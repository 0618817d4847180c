package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One node at a time for a scheduled job: the job takes the lease of its name (a row of
 * {@code job_lease}, V19) for a while with one conditional UPDATE, which only one node can win;
 * a node that dies lets it run out. Each node has its own holder name for its life.
 */
@ApplicationScoped
public class JobLeases {

    /** This node, as the lease table names it. */
    static final String NODE = "node-" + UUID.randomUUID();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Whether this node now holds the lease of {@code job} for {@code length}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean take(String job, Duration length) {
        Instant now = Instant.now(clock);
        return em.createNativeQuery("UPDATE job_lease SET holder = ?, held_until = ? WHERE name = ?"
                + " AND (holder IS NULL OR held_until IS NULL OR held_until < ? OR holder = ?)")
                .setParameter(1, NODE).setParameter(2, Timestamp.from(now.plus(length))).setParameter(3, job)
                .setParameter(4, Timestamp.from(now)).setParameter(5, NODE).executeUpdate() == 1;
    }

    /** Gives the lease back early (the job is done). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job) {
        em.createNativeQuery("UPDATE job_lease SET holder = NULL, held_until = NULL WHERE name = ? AND holder = ?")
                .setParameter(1, job).setParameter(2, NODE).executeUpdate();
    }
}
