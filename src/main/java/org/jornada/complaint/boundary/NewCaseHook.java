package org.jornada.complaint.boundary;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jornada.complaint.entity.Complaint;

/**
 * Lets another feature fill in and store its part of a new case with the complaint, in the same
 * transaction, without complaint knowing that feature (casework opens the case's file: its state,
 * hold and nearest legal clock). Implementations are CDI beans; {@link NewComplaints} finds them
 * once at start and calls them directly, because a CDI event per complaint cost measurable CPU on
 * the intake path.
 *
 * <p>Both ways of filing store the parts: the form ({@link ComplaintIntake}, JPA) through
 * {@link Part#persist} in its JTA transaction; the API's group commit ({@link ComplaintWriter})
 * through {@link #insert}, multi-row inserts on the writer's connection before its one commit.
 */
public interface NewCaseHook {

    /** A feature's part of one new case, made before the complaint has its id. */
    interface Part {

        /** The form's path: stores the part in the filing transaction; the complaint is stored as {@code id}. */
        void persist(EntityManager em, long id);
    }

    /**
     * Called on the filing thread, before the case is stored: pure work, must not block or fail.
     * {@code heldBurst} is the burst the flood guard holds the case in (null when not held).
     */
    Part beforeStore(Complaint complaint, String heldBurst);

    /**
     * The API's path: stores the parts of one batch on the writer's connection, inside its
     * transaction (never commits); {@code parts.get(i)} belongs to the case stored as {@code ids[i]}.
     */
    void insert(Connection connection, List<Part> parts, long[] ids) throws SQLException;
}
