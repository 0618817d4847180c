package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.jornada.casework.control.Deadline;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.boundary.NewCaseHook;
import org.jornada.complaint.entity.Complaint;

/**
 * Opens the file of every new case, stored with its complaint in the same transaction: RECEIVED,
 * held when the flood guard holds it, with its nearest legal clock for the queue's sort and filter.
 * The form's path persists the {@link CaseFile}; the API's group commit gets multi-row inserts of
 * the same columns ({@code CaseOpeningColumnsTest} compares them with the entity's). Opening is
 * pure computation: deliberately not {@code @Transactional}, so filing (thousands a second on the
 * API) pays no transaction interceptor for it.
 */
@ApplicationScoped
public class CaseOpening implements NewCaseHook {

    /** Rows per statement, as the complaint writer's. */
    static final int CHUNK = 64;

    /** Every column {@link CaseFile} maps. */
    static final String INSERT = "INSERT INTO case_file (complaint_id, state, urgent, received_at, assignee_id,"
            + " held_burst, nearest_deadline, finished_at, version) VALUES";
    static final String ROW = "(?, ?, ?, ?, NULL, ?, ?, NULL, 1)";

    /** A new case's file, waiting for its complaint's id. */
    record Opened(CaseFile file) implements Part {

        @Override
        public void persist(EntityManager em, long id) {
            file.numbered(id);
            em.persist(file);
        }
    }

    /** The file of a new case; public for the demo data, which opens cases the same way. */
    public static CaseFile open(Complaint complaint, String heldBurst) {
        CaseFile file = CaseFile.open(complaint, DeadlineRules.nearest(CaseRecords.facts(complaint))
                .map(Deadline::dueOn).orElse(null));
        if (heldBurst != null) {
            file.hold(heldBurst);
        }
        return file;
    }

    @Override
    public Part beforeStore(Complaint complaint, String heldBurst) {
        return new Opened(open(complaint, heldBurst));
    }

    @Override
    public void insert(Connection connection, List<Part> parts, long[] ids) throws SQLException {
        for (int from = 0; from < parts.size(); from += CHUNK) {
            int size = Math.min(CHUNK, parts.size() - from);
            StringBuilder sql = new StringBuilder(INSERT);
            for (int i = 0; i < size; i++) {
                sql.append(i == 0 ? " " : ", ").append(ROW);
            }
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int index = 1;
                for (int i = from; i < from + size; i++) {
                    CaseFile file = ((Opened) parts.get(i)).file();
                    insert.setLong(index++, ids[i]);
                    insert.setString(index++, file.getState().name());
                    insert.setBoolean(index++, file.isUrgent());
                    insert.setTimestamp(index++, Timestamp.from(file.getReceivedAt()));
                    insert.setString(index++, file.getHeldBurst());
                    // the entity reads "no clock" as null; the column keeps NO_DEADLINE (queue order)
                    insert.setObject(index++, file.getNearestDeadline() == null ? CaseFile.NO_DEADLINE
                            : file.getNearestDeadline());
                }
                insert.executeUpdate();
            }
        }
    }
}
