package org.jornada.retention.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.jornada.complaint.boundary.CaseErasure;
import org.jornada.platform.boundary.JobLeases;
import org.jornada.platform.control.RetentionPeriods;
import org.jornada.staff.boundary.AuditTrail;

/**
 * Applies the retention periods ({@link RetentionPeriods}) to cases that ended: their contact and
 * evidence go after the first, everything but the anonymous counts after the second. One node at
 * a time (the {@code retention} lease); each case in its own transaction, audited by casework;
 * the run itself audited when it did anything. docs/retention.md.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    /** Cases handled per kind and run; the next run goes on. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseErasure erasure;

    @Inject
    JobLeases leases;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** What a run did. */
    public record Result(boolean ran, int contactsErased, int casesAnonymised) {
    }

    public Result run() {
        if (!leases.take("retention", Duration.ofMinutes(10))) {
            return new Result(false, 0, 0);
        }
        try {
            Instant now = Instant.now(clock);
            RetentionPeriods periods = RetentionPeriods.current();
            List<Number> toAnonymise = due("anonymised_at IS NULL", now.minus(Duration.ofDays(periods.caseDays())));
            List<Number> toErase = due("contact_erased_at IS NULL", now.minus(Duration.ofDays(periods.contactDays())));
            if (!toAnonymise.isEmpty() || !toErase.isEmpty()) {
                // which node works, in its own log (with several, exactly one per run)
                LOG.info(() -> "Retention run on this node: " + toErase.size() + " contacts and " + toAnonymise.size()
                        + " cases due");
            }
            int anonymised = 0;
            for (Number id : toAnonymise) {
                if (erasure.anonymise(id.longValue(), CaseErasure.Why.RETENTION)) {
                    anonymised++;
                }
            }
            int erased = 0;
            for (Number id : toErase) {
                if (erasure.eraseContact(id.longValue(), CaseErasure.Why.RETENTION, true)) {
                    erased++;
                }
            }
            if (erased + anonymised > 0) {
                int contacts = erased;
                int cases = anonymised;
                audit.recordAlone(AuditTrail.RETENTION_RUN, contacts + " contacts and evidence, " + cases + " cases");
                LOG.info(() -> "Retention: " + contacts + " contacts and evidence deleted, " + cases + " cases anonymised");
            }
            return new Result(true, erased, anonymised);
        } finally {
            leases.release("retention");
        }
    }

    /** A case whose contact and evidence, or whole record, runs out soon. */
    public record Upcoming(long caseId, String state, Instant finishedAt, Instant contactUntil, Instant caseUntil,
            boolean contactErased) {
    }

    /**
     * Ended cases with something that runs out within {@code days} (contact and evidence not yet
     * deleted, or the case not yet anonymised), soonest first, at most 500.
     */
    public List<Upcoming> upcoming(int days) {
        RetentionPeriods periods = RetentionPeriods.current();
        Instant now = Instant.now(clock);
        Instant contactEndedBefore = now.plus(Duration.ofDays(days)).minus(Duration.ofDays(periods.contactDays()));
        Instant caseEndedBefore = now.plus(Duration.ofDays(days)).minus(Duration.ofDays(periods.caseDays()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT c.id, f.state, f.finished_at, c.contact_erased_at"
                + " FROM case_file f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE f.state IN ('CLOSED', 'RESOLVED') AND c.anonymised_at IS NULL AND ((c.contact_erased_at IS NULL"
                + " AND f.finished_at < ?) OR f.finished_at < ?) ORDER BY f.finished_at")
                .setParameter(1, Timestamp.from(contactEndedBefore)).setParameter(2, Timestamp.from(caseEndedBefore))
                .setMaxResults(500).getResultList();
        return rows.stream().map(r -> {
            Instant finished = r[2] instanceof Timestamp t ? t.toInstant()
                    : ((java.time.LocalDateTime) r[2]).toInstant(java.time.ZoneOffset.UTC);
            return new Upcoming(((Number) r[0]).longValue(), (String) r[1], finished, periods.contactUntil(finished),
                    periods.caseUntil(finished), r[3] != null);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Number> due(String notYet, Instant endedBefore) {
        // the case's state and when it ended are casework's (case_file, V30); what was erased, the complaint's
        return em.createNativeQuery("SELECT c.id FROM case_file f JOIN complaint c ON c.id = f.complaint_id"
                + " WHERE f.state IN ('CLOSED', 'RESOLVED') AND c." + notYet
                + " AND f.finished_at < ? ORDER BY f.finished_at").setParameter(1, Timestamp.from(endedBefore))
                .setMaxResults(BATCH).getResultList();
    }
}
