package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * The counters of {@code data_version} (V18, V22): a feature that keeps a copy of shared data on
 * each node (the directory's name index, the wage tables) counts its changes here, in the
 * transaction that made them, and each node reads the data again when the counter moved. With
 * several nodes this is how a change on one reaches the others (docs/deployment.md).
 */
@ApplicationScoped
public class DataVersions {

    private static final long LOOK_EVERY_NANOS = 1_000_000_000L;

    @PersistenceContext
    EntityManager em;

    /** Counts a change of {@code name}, in the caller's transaction. */
    @Transactional
    public void count(String name) {
        em.createNativeQuery("UPDATE data_version SET version = version + 1 WHERE name = ?").setParameter(1, name)
                .executeUpdate();
    }

    /** The counter now (0 for one not there). */
    public long read(String name) {
        List<?> found = em.createNativeQuery("SELECT version FROM data_version WHERE name = ?").setParameter(1, name)
                .getResultList();
        return found.isEmpty() ? 0 : ((Number) found.get(0)).longValue();
    }

    /** One node's copy of {@code name}: from which count it was built, and whether another node moved it since. */
    public Watch watch(String name) {
        return new Watch(name);
    }

    /** What one node's copy was built from; looks at the database at most once a second. */
    public final class Watch {
        private final String name;
        private volatile long builtFrom = Long.MIN_VALUE;
        private volatile long lookedAt = System.nanoTime() - LOOK_EVERY_NANOS;

        private Watch(String name) {
            this.name = name;
        }

        /** The count now; read it before the data, then {@link #builtFrom} it: a change meanwhile is seen next time. */
        public long current() {
            return read(name);
        }

        public void builtFrom(long version) {
            builtFrom = version;
        }

        /** Whether the count moved since the copy was built (false until a second has passed since the last look). */
        public boolean moved() {
            long now = System.nanoTime();
            if (now - lookedAt < LOOK_EVERY_NANOS) {
                return false;
            }
            lookedAt = now;
            return read(name) != builtFrom;
        }
    }
}
