package org.jornada.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.SealedColumns;

/**
 * Re-seals with the current data key what older keys sealed, in the background (issue #13,
 * docs/backup.md "Rotating the data key"): while {@code JORNADA_DATA_KEYS_RETIRED} names a key,
 * each run walks every sealed column the features declare ({@link SealedColumns}) in batches by
 * id and writes back, with the current key, each value made with another; an UPDATE that finds
 * the value changed meanwhile leaves it (the next run sees it). One node at a time (the
 * {@code rekey} lease). Once a whole pass finds nothing left, the node stops looking, and the
 * retired keys can be removed from the configuration.
 */
@ApplicationScoped
public class Rekeying {

    private static final Logger LOG = Logger.getLogger(Rekeying.class.getName());
    static final int BATCH = 50;

    /** Outside any JTA transaction: each row is re-sealed in a local transaction of its own. */
    @Resource(lookup = "java:global/jdbc/jornada-ids")
    DataSource dataSource;

    @Inject
    DataCipher cipher;

    @Inject
    JobLeases leases;

    @Inject
    @Any
    Instance<SealedColumns> features;

    private volatile boolean done;

    /** Values re-sealed by this run; -1 when there was nothing to do or another node holds the lease. */
    public long run() {
        if (done || !cipher.hasRetiredKeys() || !leases.take("rekey", Duration.ofMinutes(15))) {
            return -1;
        }
        try {
            long resealed = 0;
            for (SealedColumns feature : features) {
                for (SealedColumns.Column column : feature.sealedColumns()) {
                    resealed += column(column);
                }
            }
            if (resealed == 0) {
                done = true;
                LOG.info(() -> "Re-keying: every sealed value uses the current key; the retired keys can go");
            } else {
                long count = resealed;
                LOG.info(() -> "Re-keying: " + count + " sealed values re-sealed with the current key");
            }
            return resealed;
        } catch (SQLException e) {
            throw new IllegalStateException("Re-keying failed: " + e.getClass().getSimpleName(), e);
        } finally {
            leases.release("rekey");
        }
    }

    /**
     * Writes the value back sealed with the current key, in a transaction that holds the row, and
     * only if it is still the value read: a value changed or erased meanwhile is never brought back.
     */
    private int reseal(Connection db, String lock, String update, long id, byte[] old, String purpose)
            throws SQLException {
        db.setAutoCommit(false);
        try {
            try (PreparedStatement l = db.prepareStatement(lock)) {
                l.setLong(1, id);
                try (ResultSet r = l.executeQuery()) {
                    if (!r.next() || !java.util.Arrays.equals(old, r.getBytes(1))) {
                        db.rollback();
                        return 0;
                    }
                }
            }
            int changed;
            try (PreparedStatement u = db.prepareStatement(update)) {
                u.setBytes(1, cipher.reseal(old, purpose));
                u.setLong(2, id);
                changed = u.executeUpdate();
            }
            db.commit();
            return changed;
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private long column(SealedColumns.Column c) throws SQLException {
        // table and column names come from the features' code, never from input
        String id = c.key();
        String select = "SELECT " + id + ", " + c.column() + " FROM " + c.table() + " WHERE " + id + " > ? AND "
                + c.column() + " IS NOT NULL ORDER BY " + id;
        String lock = "SELECT " + c.column() + " FROM " + c.table() + " WHERE " + id + " = ? FOR UPDATE";
        String update = "UPDATE " + c.table() + " SET " + c.column() + " = ? WHERE " + id + " = ?";
        long resealed = 0;
        long after = 0;
        int current = cipher.currentKeyId();
        try (Connection db = dataSource.getConnection()) {
            while (true) {
                List<Object[]> stale = new ArrayList<>();
                int read = 0;
                try (PreparedStatement s = db.prepareStatement(select)) {
                    s.setMaxRows(BATCH);
                    s.setLong(1, after);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            read++;
                            after = r.getLong(1);
                            byte[] sealed = r.getBytes(2);
                            if (sealed.length > 21 && DataCipher.keyIdOf(sealed) != current) {
                                stale.add(new Object[] {after, sealed});
                            }
                        }
                    }
                }
                for (Object[] row : stale) {
                    resealed += reseal(db, lock, update, (Long) row[0], (byte[]) row[1], c.purpose());
                }
                if (read < BATCH) {
                    return resealed;
                }
            }
        }
    }
}
