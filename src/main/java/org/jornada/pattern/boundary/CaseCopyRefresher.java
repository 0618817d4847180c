package org.jornada.pattern.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jornada.complaint.entity.CaseState;
import org.jornada.pattern.control.CaseFacts;
import org.jornada.pattern.control.CertifiedWorkers;
import org.jornada.platform.boundary.OrgTime;

/**
 * Keeps this node's copy of what the pattern views count ({@link CaseFacts}, {@link
 * CertifiedWorkers}) current, and lends it to one view at a time. Before each view: the cases
 * changed since the last look are read again ({@code complaint.changed_at} and {@code case_file.changed_at}, kept by the database
 * on every insert and update, V18), a minute's overlap allowed for transactions that commit late;
 * everything is read again when the {@code data_version} counter 'directory' or 'cases' moved (a
 * directory import, merge or split, a deletion of cases; not staff's chain decisions, 'chain') and
 * on first use. Every node does the same against the
 * one database, so a cluster's nodes agree without talking to each other. docs/patterns.md,
 * docs/performance.md.
 */
@ApplicationScoped
public class CaseCopyRefresher {

    private static final Logger LOG = Logger.getLogger(CaseCopyRefresher.class.getName());

    /** How far back before the last look changes are read again: a transaction that commits late. */
    static final long OVERLAP_MILLIS = 60_000;

    /** What the worker said (complaint) beside where the case is and whether it is held (casework's case_file, V30). */
    private static final String COLUMNS = "SELECT c.id, c.employer_entity_id, c.recruiter_entity_id, c.received_at,"
            + " c.visa_type, c.worksite_state, c.recruited_in, f.state, f.held_burst, c.category_groups,"
            + " c.wants_organizing FROM complaint c JOIN case_file f ON f.complaint_id = c.id";

    @Resource(lookup = "java:app/jdbc/jornada")
    DataSource dataSource;

    @Inject
    OrgTime orgTime;

    @Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    private CaseFacts facts;
    private CertifiedWorkers certified;
    private Map<String, Long> versions = Map.of();
    private Timestamp lastLook;

    /** What a view reads. */
    public record Copy(CaseFacts facts, CertifiedWorkers certified) {
    }

    /**
     * Reads the copy in the background once the application is up, so that the first view does
     * not wait for it (at 1,000,000 cases a cold read takes seconds; docs/performance.md).
     */
    public void warmUpInBackground() {
        executor.submit(() -> {
            try {
                read(copy -> copy.facts().size());
            } catch (RuntimeException failed) {
                LOG.warning(() -> "Pattern data not read ahead: " + failed.getClass().getSimpleName()
                        + "; the first view reads it");
            }
        });
    }

    /** Brings the copy up to date and runs the view over it, one view at a time. */
    public synchronized <T> T read(Function<Copy, T> view) {
        try (Connection db = dataSource.getConnection()) {
            Timestamp now = databaseNow(db);
            Map<String, Long> seen = versions(db);
            if (facts == null || !seen.equals(versions)) {
                // let the old copy go before the new one is read: never two copies in the heap at once
                facts = null;
                certified = null;
                loadAll(db);
                versions = seen;
            } else {
                readChanged(db, new Timestamp(lastLook.getTime() - OVERLAP_MILLIS));
            }
            lastLook = now;
        } catch (SQLException failed) {
            facts = null;
            throw new IllegalStateException("pattern data could not be read", failed);
        }
        return view.apply(new Copy(facts, certified));
    }

    private static Timestamp databaseNow(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT CURRENT_TIMESTAMP(6)")) {
            r.next();
            return r.getTimestamp(1);
        }
    }

    private static Map<String, Long> versions(Connection db) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT name, version FROM data_version WHERE name IN ('directory', 'cases')")) {
            while (r.next()) {
                found.put(r.getString(1), r.getLong(2));
            }
        }
        return found;
    }

    private void loadAll(Connection db) throws SQLException {
        long started = System.nanoTime();
        Map<Long, Long> survivors = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet r = s.executeQuery("SELECT id, survivor_id FROM directory_entity WHERE survivor_id IS NOT NULL")) {
            while (r.next()) {
                survivors.put(r.getLong(1), r.getLong(2));
            }
        }
        int expected;
        long entries;
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM complaint), (SELECT COUNT(*) FROM directory_entity)")) {
            r.next();
            expected = r.getInt(1);
            entries = r.getLong(2);
        }
        refuseIfTooBig(expected, entries);
        CaseFacts loaded = new CaseFacts(orgTime.getZone(), id -> survivors.getOrDefault(id, id), expected + 1024);
        try (Statement s = streaming(db); ResultSet r = s.executeQuery(COLUMNS + " ORDER BY c.id")) {
            while (r.next()) {
                loaded.put(fact(r));
            }
        }
        CertifiedWorkers workers = new CertifiedWorkers();
        try (Statement s = streaming(db); ResultSet r = s.executeQuery("SELECT employer_id,"
                + " COALESCE(fiscal_year, EXTRACT(YEAR FROM begin_date)), visa_class, worksite_state, crop,"
                + " COALESCE(workers_certified, 0), COALESCE(begin_date, end_date) FROM certification")) {
            while (r.next()) {
                long employer = r.getLong(1);
                int year = r.getInt(2);
                Integer season = r.wasNull() ? null : year;
                java.sql.Date dated = r.getDate(7);
                workers.add(new CertifiedWorkers.Row(survivors.getOrDefault(employer, employer), season, r.getString(3),
                        r.getString(4), r.getString(5), r.getLong(6), dated == null ? null : dated.toLocalDate()));
            }
        }
        facts = loaded;
        certified = workers;
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Pattern data read: " + loaded.size() + " cases, " + workers.size() + " certifications in "
                + millis + " ms, about " + (loaded.bytes() >> 20) + " MB");
    }

    /** What the rest of the portal needs of the heap beside the pattern copy (docs/performance.md). */
    static final long PORTAL_MB = 96;

    /**
     * Refuses to read a copy the heap cannot hold, with a message that says what to set, rather
     * than running out of memory in the middle of every request (docs/performance.md, "Memory").
     */
    private static void refuseIfTooBig(long cases, long entries) {
        long needMb = (CaseFacts.budget(cases, entries) >> 20) + 1;
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        if (needMb + PORTAL_MB > heapMb) {
            String message = "The pattern views need about " + needMb + " MB for " + cases + " cases and " + entries
                    + " directory entries, beside " + PORTAL_MB + " MB for the rest of the portal, and the heap is "
                    + heapMb + " MB: start the portal with JORNADA_HEAP_MB=" + (needMb + PORTAL_MB + 32)
                    + " or more (docs/performance.md)";
            LOG.severe(message);
            throw new IllegalStateException(message);
        }
    }

    /** The cases whose complaint or whose file changed, one query each (each by its own index). */
    private void readChanged(Connection db, Timestamp since) throws SQLException {
        readChanged(db, since, "c");
        readChanged(db, since, "f");
    }

    private void readChanged(Connection db, Timestamp since, String table) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(COLUMNS + " WHERE " + table + ".changed_at >= ? ORDER BY c.id",
                ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            s.setFetchSize(fetchSize(db));
            s.setTimestamp(1, since);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    facts.put(fact(r));
                }
            }
        }
    }

    /** A forward-only statement that MySQL Connector/J streams row by row instead of holding all of them. */
    private static Statement streaming(Connection db) throws SQLException {
        Statement s = db.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
        s.setFetchSize(fetchSize(db));
        return s;
    }

    /** Connector/J streams a forward-only result row by row only when asked with this odd value. */
    private static int fetchSize(Connection db) throws SQLException {
        String product = db.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("mysql") || product.contains("mariadb") ? Integer.MIN_VALUE : 1000;
    }

    private static CaseFacts.Fact fact(ResultSet r) throws SQLException {
        long employer = r.getLong(2);
        Long employerId = r.wasNull() ? null : employer;
        long recruiter = r.getLong(3);
        Long recruiterId = r.wasNull() ? null : recruiter;
        String state = r.getString(8);
        boolean counted = r.getString(9) == null && !"DUPLICATE".equals(state);
        boolean verified = java.util.Arrays.stream(CaseState.values())
                .anyMatch(known -> known.name().equals(state) && known.passedVerification());
        return new CaseFacts.Fact(r.getLong(1), employerId, recruiterId, r.getTimestamp(4).toInstant(), r.getString(5),
                r.getString(6), r.getString(7), counted, verified, r.getInt(10), r.getBoolean(11));
    }
}
