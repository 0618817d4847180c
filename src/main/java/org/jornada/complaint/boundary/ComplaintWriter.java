package org.jornada.complaint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import com.mysql.cj.jdbc.JdbcConnection;
import org.jornada.complaint.control.NameWords;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.platform.control.PerThreadRandom;
import org.jornada.platform.control.SafeLog;

/**
 * Group commit for the complaints API: request threads hand over sealed, ready cases; one
 * writer thread stores whatever has arrived (up to {@link #MAX_BATCH}) with two JDBC batches
 * (the cases, their categories, then the other features' parts, as multi-row inserts) in one transaction, and each request is answered once its
 * batch has committed. Durability is the database's as before (a 201 means committed); only
 * the number of commits and round trips falls, which is what bounded the intake before
 * (docs/performance.md). A batch that fails is retried case by case, so one bad case cannot
 * take the others with it; a case whose row is already there (the commit went through and only
 * its answer was lost) is answered as stored. With the database unreachable each case fails
 * with the connection error, which the API and the form answer with 503 (issue #13).
 *
 * <p>The columns written here are those of {@link Complaint} ({@code ComplaintWriterColumnsTest}
 * compares the lists); the other features' parts of the case (casework's {@code case_file} row)
 * are written by their {@link NewCaseHook} on this connection, in the same transaction;
 * {@code StorageIT.aCaseFiledThroughTheBatchWriterReadsBackLikeOneFiledThroughJpaFieldByField}
 * files one case both ways and compares every field.
 */
@ApplicationScoped
public class ComplaintWriter {
    // size: the single writer thread and the state only it touches (queue, connection, prepared
    // statements, indexed keys): one lifecycle that reads best together.

    private static final Logger LOG = Logger.getLogger(ComplaintWriter.class.getName());

    static final int MAX_BATCH = 500;
    /** Cases waiting for the writer; beyond this the API answers 503 with Retry-After. */
    static final int QUEUE_CAPACITY = 20_000;

    /** Rows per statement; each size's statement is prepared once and kept. */
    static final int CHUNK = 64;

    /** Every column {@link Complaint} maps but its id ({@code ComplaintWriterColumnsTest} compares them). */
    static final String INSERT_CASE = "INSERT INTO complaint (receipt_hash, submission_key, urgent, "
            + "in_danger, language, visa_type, employer_name, recruiter_name, employer_key, recruiter_key, "
            + "worksite_state, started_on, ended_on, "
            + "narrative_sealed, contact_channel, contact_sealed, consent_to_contact, received_at, "
            + "recruited_in, wants_organizing, category_groups, employer_entity_id, recruiter_entity_id, "
            + "contact_erased_at, anonymised_at, unread_messages, version, channel, story_kind) VALUES";
    /** The JSON API's written reports: a voice story is filed through {@code ComplaintIntake.fileTold} (issue #29). */
    static final String CASE_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " NULL, NULL, NULL, NULL, 0, 1, 'WEB', 'TEXT')";
    private static final String SELECT_IDS = "SELECT id, receipt_hash FROM complaint WHERE receipt_hash IN (";
    private static final String INSERT_CATEGORY = "INSERT INTO complaint_category (complaint_id, code) VALUES";

    /** The writer is busy beyond its queue: try again shortly. */
    public static class BusyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BusyException() {
            super("complaint queue full", null, false, false);
        }
    }

    private record Pending(NewComplaints.NewCase opened, ReceiptCode receipt,
            CompletableFuture<ComplaintIntake.Filed> done) {

        Complaint complaint() {
            return opened.complaint();
        }
    }

    // Outside JTA: this class commits its own batches (DatabaseMigration defines it).
    @Resource(lookup = "java:global/jdbc/jornada-ids")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    NewComplaints newComplaints;

    private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private volatile boolean running;
    private Thread writer;
    // Used by the writer thread only.
    private Connection connection;
    private final Map<Integer, PreparedStatement> caseInserts = new HashMap<>();
    private final Map<Integer, PreparedStatement> categoryInserts = new HashMap<>();
    /** Name keys whose words this writer has committed to the word index (the newest 50,000). */
    private final java.util.Set<String> indexedKeys = java.util.Collections.newSetFromMap(
            new java.util.LinkedHashMap<String, Boolean>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 50_000;
                }
            });
    private final Map<Integer, PreparedStatement> idSelects = new HashMap<>();

    @PostConstruct
    void start() {
        running = true;
        writer = threads.newThread(this::run);
        writer.setName("jornada-complaint-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Pending left;
        while ((left = queue.poll()) != null) {
            left.done().completeExceptionally(new BusyException());
        }
    }

    /**
     * Seals the complaint, gives it a fresh random receipt and queues it. The future completes
     * when the case is committed, or exceptionally ({@link BusyException} when the queue is full).
     */
    public CompletableFuture<ComplaintIntake.Filed> file(ValidComplaint valid) {
        return file(valid, null);
    }

    /** The same, held apart from the queue in burst {@code heldBurst} when that is not null. */
    public CompletableFuture<ComplaintIntake.Filed> file(ValidComplaint valid, String heldBurst) {
        ReceiptCode receipt = ReceiptCode.generate(PerThreadRandom.current());
        Pending pending = new Pending(newComplaints.build(valid, receipt, null, heldBurst), receipt,
                new CompletableFuture<>());
        if (!running || !queue.offer(pending)) {
            pending.done().completeExceptionally(new BusyException());
        }
        return pending.done();
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                if (!running) {
                    queue.drainTo(batch);
                    write(batch);
                    break;
                }
            } catch (RuntimeException e) {
                // never let the writer die: the batch's requests get their failure
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        discardConnection();
    }

    private void write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            insert(batch);
            batch.forEach(ComplaintWriter::succeed);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Storing {0} complaints together failed ({1}); storing them one by one",
                    new Object[] {batch.size(), SafeLog.describe(e)});
            for (Pending one : batch) {
                try {
                    // The commit may have happened and only its answer been lost (the connection
                    // died after the server committed): a case already there is answered as stored,
                    // not refused, and not stored twice. Its receipt is random, so a row with its
                    // hash is this case.
                    if (!stored(one)) {
                        insert(List.of(one));
                    }
                    succeed(one);
                } catch (SQLException | RuntimeException single) {
                    LOG.log(Level.SEVERE, "Storing a complaint failed: {0}", SafeLog.describe(single));
                    one.done().completeExceptionally(single);
                }
            }
        }
    }

    private boolean stored(Pending pending) throws SQLException {
        Connection connection = connection();
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM complaint WHERE receipt_hash = ?")) {
            select.setString(1, pending.complaint().getReceiptHash());
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            throw e;
        }
    }

    private static void succeed(Pending pending) {
        pending.done().complete(new ComplaintIntake.Filed(pending.receipt(), pending.complaint().isUrgent(), false,
                List.of()));
    }

    private void insert(List<Pending> batch) throws SQLException {
        Connection connection = connection();
        try {
            long[] ids = new long[batch.size()];
            for (int from = 0; from < batch.size(); from += CHUNK) {
                insertCases(connection, batch.subList(from, Math.min(batch.size(), from + CHUNK)), ids, from);
            }
            insertCategories(connection, batch, ids);
            newComplaints.insertParts(connection, batch.stream().map(Pending::opened).toList(), ids);
            List<String> names = new ArrayList<>();
            for (Pending pending : batch) {
                names.add(pending.complaint().getEmployerName());
                names.add(pending.complaint().getRecruiterName());
            }
            List<NameWords.Row> words = NameWords.rows(names).stream().filter(r -> !indexedKeys.contains(r.key())).toList();
            NameWords.insert(connection, words);
            connection.commit();
            words.forEach(r -> indexedKeys.add(r.key()));
        } catch (SQLException | RuntimeException e) {
            discardConnection();
            throw e;
        }
    }

    /** The writer's own connection, kept between batches with its prepared statements. */
    private Connection connection() throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        return connection;
    }

    private void discardConnection() {
        caseInserts.clear();
        categoryInserts.clear();
        idSelects.clear();
        if (connection != null) {
            try {
                connection.rollback();
                connection.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "Closing the writer's connection failed", e);
            }
            connection = null;
        }
    }

    private void insertCases(Connection connection, List<Pending> chunk, long[] ids, int offset)
            throws SQLException {
        PreparedStatement insert = caseInserts.get(chunk.size());
        if (insert == null) {
            insert = prepare(connection, rows(INSERT_CASE, CASE_ROW, chunk.size()));
            caseInserts.put(chunk.size(), insert);
        }
        int index = 1;
        for (Pending pending : chunk) {
            index = bind(insert, index, pending.complaint());
        }
        insert.executeUpdate();
        // The ids are read back by receipt hash (unique index) rather than taken from the
        // driver's generated keys: a reused server-side statement answered with stale keys.
        PreparedStatement select = idSelects.get(chunk.size());
        if (select == null) {
            select = prepare(connection, SELECT_IDS + "?" + ", ?".repeat(chunk.size() - 1) + ")");
            idSelects.put(chunk.size(), select);
        }
        Map<String, Integer> positions = new HashMap<>(chunk.size() * 2);
        for (int i = 0; i < chunk.size(); i++) {
            String hash = chunk.get(i).complaint().getReceiptHash();
            select.setString(i + 1, hash);
            positions.put(hash, offset + i);
        }
        int count = 0;
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Integer position = positions.get(rows.getString(2));
                if (position != null) {
                    ids[position] = rows.getLong(1);
                    count++;
                }
            }
        }
        if (count != chunk.size()) {
            throw new SQLException("Expected " + chunk.size() + " stored cases, found " + count);
        }
    }

    /**
     * A statement prepared once per connection and kept (one per chunk size), on MySQL/MariaDB
     * server-side: parsed once by the server, parameters (the sealed texts) sent binary instead of
     * as escaped text.
     */
    private static PreparedStatement prepare(Connection connection, String sql) throws SQLException {
        if (connection.isWrapperFor(JdbcConnection.class)) {
            return connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql);
        }
        return connection.prepareStatement(sql);
    }

    static String rows(String insert, String row, int count) {
        StringBuilder sql = new StringBuilder(insert.length() + count * (row.length() + 2)).append(insert);
        for (int i = 0; i < count; i++) {
            sql.append(i == 0 ? " " : ", ").append(row);
        }
        return sql.toString();
    }

    private static int bind(PreparedStatement insert, int first, Complaint c) throws SQLException {
        int i = first;
        insert.setString(i++, c.getReceiptHash());
        insert.setString(i++, c.getSubmissionKey());
        insert.setBoolean(i++, c.isUrgent());
        insert.setBoolean(i++, c.isInDanger());
        insert.setString(i++, c.getLanguage());
        insert.setString(i++, c.getVisaType().name());
        insert.setString(i++, c.getEmployerName());
        insert.setString(i++, c.getRecruiterName());
        insert.setString(i++, c.getEmployerKey());
        insert.setString(i++, c.getRecruiterKey());
        insert.setString(i++, c.getWorksiteState());
        insert.setString(i++, c.getStartedOn() == null ? null : c.getStartedOn().toString());
        insert.setString(i++, c.getEndedOn() == null ? null : c.getEndedOn().toString());
        insert.setBytes(i++, c.getNarrativeSealed());
        insert.setString(i++, c.getContactChannel().name());
        if (c.getContactSealed() == null) {
            insert.setNull(i++, Types.VARBINARY);
        } else {
            insert.setBytes(i++, c.getContactSealed());
        }
        insert.setBoolean(i++, c.isConsentToContact());
        insert.setTimestamp(i++, Timestamp.from(c.getReceivedAt()));
        insert.setString(i++, c.getRecruitedIn());
        insert.setBoolean(i++, c.isWantsOrganizing());
        insert.setInt(i++, c.getCategoryGroups());
        return i;
    }

    private void insertCategories(Connection connection, List<Pending> batch, long[] ids) throws SQLException {
        List<long[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            for (Category category : batch.get(i).complaint().getCategories()) {
                rows.add(new long[] {ids[i], category.ordinal()});
            }
        }
        Category[] codes = Category.values();
        for (int from = 0; from < rows.size(); from += CHUNK) {
            int size = Math.min(CHUNK, rows.size() - from);
            PreparedStatement insert = categoryInserts.get(size);
            if (insert == null) {
                insert = prepare(connection, rows(INSERT_CATEGORY, "(?, ?)", size));
                categoryInserts.put(size, insert);
            }
            int index = 1;
            for (long[] row : rows.subList(from, from + size)) {
                insert.setLong(index++, row[0]);
                insert.setString(index++, codes[(int) row[1]].name());
            }
            insert.executeUpdate();
        }
    }
}
