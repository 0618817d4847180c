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
import org.jornada.platform.control.Actor;
import org.jornada.platform.control.AuditLog;
import org.jornada.platform.control.PermissionDeniedException;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.AuditEntry;

/**
 * The append-only audit trail: every view of a case, evidence download, state change, message,
 * export, sign-in and token issued. Only {@link #record} writes; nothing updates or deletes.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = PermissionDeniedException.class)
public class AuditTrail implements AuditLog {

    public static final String CASE_VIEWED = "CASE_VIEWED";
    public static final String CASE_LISTED = "CASE_LISTED";
    public static final String EVIDENCE_DOWNLOADED = "EVIDENCE_DOWNLOADED";
    /** A recording listened to in the case page's player (issue #29): once per listening. */
    public static final String EVIDENCE_PLAYED = "EVIDENCE_PLAYED";
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
    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String SIGNED_OUT = "SIGNED_OUT";
    public static final String TOTP_ENROLLED = "TOTP_ENROLLED";
    public static final String RECOVERY_CODE_USED = "RECOVERY_CODE_USED";
    public static final String PASSWORD_SET = "PASSWORD_SET";
    public static final String NOTE_ADDED = "NOTE_ADDED";
    public static final String CHECKLIST_CHANGED = "CHECKLIST_CHANGED";
    public static final String DEADLINE_WAIVED = "DEADLINE_WAIVED";
    public static final String CASE_LINKED = "CASE_LINKED";
    public static final String CASE_RELEASED = "CASE_RELEASED";
    public static final String DIRECTORY_IMPORTED = "DIRECTORY_IMPORTED";
    public static final String DIRECTORY_MERGED = "DIRECTORY_MERGED";
    public static final String DIRECTORY_SPLIT = "DIRECTORY_SPLIT";
    public static final String CHAIN_DECIDED = "CHAIN_DECIDED";
    public static final String REVIEW_PUBLISHED = "REVIEW_PUBLISHED";
    public static final String REVIEW_REJECTED = "REVIEW_REJECTED";
    public static final String AUTHORITY_ADDED = "AUTHORITY_ADDED";
    public static final String AUTHORITIES_READ = "AUTHORITIES_READ";
    public static final String PACKET_PREVIEWED = "PACKET_PREVIEWED";
    public static final String CONSENT_ASKED = "CONSENT_ASKED";
    public static final String REFERRAL_PREPARED = "REFERRAL_PREPARED";
    public static final String REFERRAL_MOVED = "REFERRAL_MOVED";
    public static final String PACKET_READ = "PACKET_READ";
    public static final String PATTERNS_READ = "PATTERNS_READ";
    public static final String CASE_UNLINKED = "CASE_UNLINKED";
    public static final String PATTERNS_EXPORTED = "PATTERNS_EXPORTED";
    public static final String WAGE_TABLE_IMPORTED = "WAGE_TABLE_IMPORTED";
    public static final String AUTHORITY_EDITED = "AUTHORITY_EDITED";
    public static final String CONTACT_ERASED = "CONTACT_ERASED";
    public static final String CASE_ANONYMISED = "CASE_ANONYMISED";
    public static final String RETENTION_RUN = "RETENTION_RUN";
    public static final String ON_CALL_ADDED = "ON_CALL_ADDED";
    public static final String ON_CALL_EDITED = "ON_CALL_EDITED";
    public static final String ON_CALL_REMOVED = "ON_CALL_REMOVED";
    public static final String URGENT_NOTICE_QUEUED = "URGENT_NOTICE_QUEUED";
    public static final String URGENT_NOTICE_SENT = "URGENT_NOTICE_SENT";
    public static final String URGENT_NOTICE_FAILED = "URGENT_NOTICE_FAILED";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(StaffPrincipal who, String action, Long caseId, String detail) {
        record((Actor) who, action, caseId, detail);
    }

    /** The command engine's entry, in the command's transaction. */
    @Override
    public void record(Actor who, String action, Long caseId, String detail) {
        em.persist(new AuditEntry(Instant.now(clock), who == null ? null : who.actorId(),
                who == null ? "system" : who.actorName(), action, caseId, detail));
    }

    /** The command engine's refusal: committed on its own, so it stays whatever the caller rolls back. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refusal(Actor who, Long caseId, String what) {
        record(who, ACCESS_DENIED, caseId, what);
    }

    /** An entry by the system in a transaction of its own (a scheduled job's run). */
    @jakarta.transaction.Transactional(jakarta.transaction.Transactional.TxType.REQUIRES_NEW)
    public void recordAlone(String action, String detail) {
        record(null, action, null, detail);
    }

    /**
     * Records that {@code who} was refused a read ({@code what}) and gives the {@link PermissionDeniedException} to
     * throw; the entry joins the caller's transaction, which does not roll back on
     * {@code PermissionDeniedException}. Commands are refused by the engine instead ({@link #refusal}).
     */
    public PermissionDeniedException refused(StaffPrincipal who, Long caseId, String what, String messageKey) {
        record(who, ACCESS_DENIED, caseId, what);
        return new PermissionDeniedException(messageKey);
    }

    /** Newest first, at most {@code limit}, filtered by case, action and actor where given. */
    public List<AuditEntry> entries(Long caseId, String action, String actor, int limit) {
        StringBuilder jpql = new StringBuilder("SELECT a FROM AuditEntry a WHERE 1 = 1");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        if (caseId != null) {
            jpql.append(" AND a.caseId = :caseId");
            parameters.put("caseId", caseId);
        }
        if (action != null && !action.isBlank()) {
            jpql.append(" AND a.action = :action");
            parameters.put("action", action);
        }
        if (actor != null && !actor.isBlank()) {
            jpql.append(" AND a.actor = :actor");
            parameters.put("actor", actor.strip());
        }
        TypedQuery<AuditEntry> query = em.createQuery(jpql + " ORDER BY a.at DESC, a.id DESC", AuditEntry.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    /** The actions the trail knows, for filtering. */
    public static List<String> actions() {
        return java.util.Arrays.stream(AuditTrail.class.getFields())
                .filter(f -> java.lang.reflect.Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).sorted().toList();
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
