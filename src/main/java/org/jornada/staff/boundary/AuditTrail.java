package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.AuditEntry;

/**
 * The append-only audit trail: every view of a case, evidence download, state change, message,
 * export, sign-in and token issued. Only {@link #record} writes; nothing updates or deletes.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    public static final String CASE_VIEWED = "CASE_VIEWED";
    public static final String CASE_LISTED = "CASE_LISTED";
    public static final String EVIDENCE_DOWNLOADED = "EVIDENCE_DOWNLOADED";
    public static final String STATE_CHANGED = "STATE_CHANGED";
    public static final String MESSAGE_SENT = "MESSAGE_SENT";
    public static final String TOKEN_ISSUED = "TOKEN_ISSUED";
    public static final String TOKEN_REFUSED = "TOKEN_REFUSED";
    public static final String ACCESS_DENIED = "ACCESS_DENIED";
    public static final String AUDIT_READ = "AUDIT_READ";
    public static final String CASE_ASSIGNED = "CASE_ASSIGNED";
    public static final String TOKEN_REVOKED = "TOKEN_REVOKED";
    public static final String ROLE_CHANGED = "ROLE_CHANGED";
    public static final String ACCOUNT_DISABLED = "ACCOUNT_DISABLED";
    public static final String ACCOUNT_CREATED = "ACCOUNT_CREATED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(StaffPrincipal who, String action, Long caseId, String detail) {
        em.persist(new AuditEntry(Instant.now(clock), who == null ? null : who.staffId(),
                who == null ? "system" : who.username(), action, caseId, detail));
    }

    /** Newest first, at most {@code limit}; filtered by case when {@code caseId} is given. */
    public List<AuditEntry> entries(Long caseId, int limit) {
        TypedQuery<AuditEntry> query = caseId == null
                ? em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                : em.createQuery("SELECT a FROM AuditEntry a WHERE a.caseId = :caseId ORDER BY a.at DESC, a.id DESC",
                        AuditEntry.class).setParameter("caseId", caseId);
        return query.setMaxResults(limit).getResultList();
    }
}
