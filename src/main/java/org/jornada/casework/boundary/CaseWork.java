package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jornada.platform.control.NameKey;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.casework.entity.CaseEvent;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.evidence.entity.Evidence;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * What staff do with cases, with the role rules and the audit entry of every action: list,
 * view (decrypted), move along the workflow, message the worker, download evidence, assign.
 * ADVOCATE sees cases assigned to them and unassigned ones; SUPERVISOR sees all. Callers check
 * {@link StaffPrincipal#worksCases()} first.
 */
@ApplicationScoped
@Transactional
public class CaseWork {

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    EvidenceStore evidenceStore;

    @Inject
    AuditTrail audit;

    @Inject
    org.jornada.staff.boundary.StaffAccounts staff;

    @Inject
    Clock clock;

    @Inject
    CaseDetails details;

    @Inject
    CaseNames names;

    /** Totals are counted exactly up to this many; beyond it the queue says "10,000 or more". */
    public static final int COUNT_CAP = 10_000;

    /** A page of the queue and the total matching ({@code capped}: at least {@code total}). */
    public record Page(List<Row> rows, long total, boolean capped) {

        /** What the workers said, in the page's order. */
        public List<Complaint> items() {
            return rows.stream().map(Row::complaint).toList();
        }
    }

    /** A case in the queue: what the worker said and the case's file. */
    public record Row(Complaint complaint, CaseFile file) {
    }

    /** Whose cases: anyone's, mine, or nobody's yet. */
    public enum Assignee { ANY, MINE, UNASSIGNED }

    /** Sort orders of the queue; TRIAGE is urgent first, then the nearest clock, then the oldest. */
    public enum Sort { TRIAGE, NEWEST, OLDEST, DEADLINE }

    /**
     * Filters of the queue; null means any. {@code held}: false is the triage queue (never a
     * complaint held as part of a burst), true lists only the held ones (supervisors);
     * {@code entityId}: the cases linked to that directory entry as employer or recruiter (the
     * cases behind a pattern view's row).
     */
    public record Filter(CaseState state, Boolean urgent, String text, Assignee assignee,
            org.jornada.complaint.entity.Category category, String worksiteState, Integer deadlineWithinDays,
            Sort sort, boolean held, Long entityId, boolean openOnly) {

        /** The states of a case that has ended: what {@code openOnly} leaves out. */
        public static final java.util.Set<CaseState> ENDED = java.util.EnumSet.of(CaseState.RESOLVED, CaseState.CLOSED,
                CaseState.DUPLICATE);

        public Filter(CaseState state, Boolean urgent, String text, Assignee assignee,
                org.jornada.complaint.entity.Category category, String worksiteState, Integer deadlineWithinDays,
                Sort sort, boolean held, Long entityId) {
            this(state, urgent, text, assignee, category, worksiteState, deadlineWithinDays, sort, held, entityId, false);
        }

        public Filter(CaseState state, Boolean urgent, String text, Assignee assignee,
                org.jornada.complaint.entity.Category category, String worksiteState, Integer deadlineWithinDays,
                Sort sort, boolean held) {
            this(state, urgent, text, assignee, category, worksiteState, deadlineWithinDays, sort, held, null);
        }

        public Filter(CaseState state, Boolean urgent, String text, Assignee assignee,
                org.jornada.complaint.entity.Category category, String worksiteState, Integer deadlineWithinDays,
                Sort sort) {
            this(state, urgent, text, assignee, category, worksiteState, deadlineWithinDays, sort, false);
        }

        /** The API's filters: state, urgency, text, held. */
        public static Filter of(CaseState state, Boolean urgent, String text, boolean held) {
            return new Filter(state, urgent, text, Assignee.ANY, null, null, null, Sort.TRIAGE, held, null);
        }

        /** The same, narrowed to the cases linked to a directory entry. */
        public Filter linkedTo(Long entity) {
            return new Filter(state, urgent, text, assignee, category, worksiteState, deadlineWithinDays, sort, held,
                    entity, openOnly);
        }
    }

    /** The conditions on {@code f} (the case file) and, when {@code complaint}, on {@code c} (the complaint) too. */
    private record Where(String clause, Map<String, Object> parameters, boolean complaint) {

        String from() {
            return complaint ? " FROM CaseFile f, Complaint c WHERE c.id = f.complaintId AND" : " FROM CaseFile f WHERE";
        }
    }

    private Where where(StaffPrincipal who, Filter filter) {
        // A flood from one client is held apart: it never buries the queue nor outranks real cases.
        StringBuilder where = new StringBuilder(filter.held() && who.seesAllCases() ? " f.heldBurst IS NOT NULL"
                : " f.heldBurst IS NULL");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.state() != null) {
            where.append(" AND f.state = :state");
            parameters.put("state", filter.state());
        } else if (filter.openOnly()) {
            where.append(" AND f.state NOT IN :ended");
            parameters.put("ended", List.copyOf(Filter.ENDED));
        }
        if (filter.urgent() != null) {
            where.append(" AND f.urgent = :urgent");
            parameters.put("urgent", filter.urgent());
        }
        int fileOnly = where.length();
        if (filter.text() != null && !filter.text().isBlank()) {
            // Through the name keys and their word index (CaseNames); a scan only when every typed
            // word is too common to list its names.
            Optional<Set<String>> keys = names.keysStartingWithAll(filter.text());
            if (keys.isPresent() && keys.get().isEmpty()) {
                where.append(" AND f.complaintId IS NULL");
            } else if (keys.isPresent()) {
                where.append(" AND (c.employerKey IN :keys OR c.recruiterKey IN :keys)");
                parameters.put("keys", List.copyOf(keys.get()));
            } else {
                // folded words are letters and digits: nothing to escape
                List<String> words = NameKey.indexWords(filter.text());
                StringBuilder employer = new StringBuilder();
                StringBuilder recruiter = new StringBuilder();
                for (int i = 0; i < words.size(); i++) {
                    employer.append(i == 0 ? "" : " AND ").append("c.employerKey LIKE :w").append(i);
                    recruiter.append(i == 0 ? "" : " AND ").append("c.recruiterKey LIKE :w").append(i);
                    parameters.put("w" + i, "%" + words.get(i) + "%");
                }
                where.append(" AND ((").append(employer).append(") OR (").append(recruiter).append("))");
            }
        }
        if (filter.category() != null) {
            where.append(" AND :category MEMBER OF c.categories");
            parameters.put("category", filter.category());
        }
        if (filter.worksiteState() != null && !filter.worksiteState().isBlank()) {
            where.append(" AND c.worksiteState = :worksite");
            parameters.put("worksite", filter.worksiteState());
        }
        if (filter.entityId() != null) {
            where.append(" AND (c.employerEntityId = :entity OR c.recruiterEntityId = :entity)");
            parameters.put("entity", filter.entityId());
        }
        boolean complaint = where.length() > fileOnly;
        if (filter.deadlineWithinDays() != null) {
            where.append(" AND f.nearestDeadline <= :due");
            parameters.put("due", LocalDate.now(clock).plusDays(filter.deadlineWithinDays()));
        }
        Assignee assignee = filter.assignee() == null ? Assignee.ANY : filter.assignee();
        if (assignee == Assignee.MINE) {
            where.append(" AND f.assigneeId = :mine");
            parameters.put("mine", who.staffId());
        } else if (assignee == Assignee.UNASSIGNED) {
            where.append(" AND f.assigneeId IS NULL");
        }
        if (!who.seesAllCases()) {
            where.append(" AND (f.assigneeId IS NULL OR f.assigneeId = :me)");
            parameters.put("me", who.staffId());
        }
        return new Where(where.toString(), parameters, complaint);
    }

    public Page list(StaffPrincipal who, Filter filter, int page, int size) {
        Where where = where(who, filter);
        Where joined = new Where(where.clause(), where.parameters(), true);
        TypedQuery<Object[]> items = em.createQuery("SELECT c, f" + joined.from() + joined.clause()
                + order(filter.sort()), Object[].class);
        where.parameters().forEach(items::setParameter);
        List<Row> found = items.setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(r -> new Row((Complaint) r[0], (CaseFile) r[1])).toList();
        long counted = count(where);
        audit.record(who, AuditTrail.CASE_LISTED, null, "page " + page + " of " + size);
        return new Page(found, Math.min(counted, COUNT_CAP), counted > COUNT_CAP);
    }

    /** How many cases match, counted up to {@link #COUNT_CAP} + 1. */
    public long count(StaffPrincipal who, Filter filter) {
        return count(where(who, filter));
    }

    private long count(Where where) {
        // Counting a million rows costs more than the page itself: count at most COUNT_CAP + 1 ids.
        TypedQuery<Long> total = em.createQuery("SELECT f.complaintId" + where.from() + where.clause(), Long.class);
        where.parameters().forEach(total::setParameter);
        return total.setMaxResults(COUNT_CAP + 1).getResultList().size();
    }

    private static String order(Sort sort) {
        return switch (sort == null ? Sort.TRIAGE : sort) {
            case NEWEST -> " ORDER BY f.receivedAt DESC, f.complaintId DESC";
            case OLDEST -> " ORDER BY f.receivedAt ASC, f.complaintId ASC";
            case DEADLINE -> " ORDER BY f.nearestDeadline ASC, f.receivedAt ASC, f.complaintId ASC";
            case TRIAGE -> " ORDER BY f.urgent DESC, f.nearestDeadline ASC, f.receivedAt ASC, f.complaintId ASC";
        };
    }

    /** The case, if it exists and this staff member may work it. */
    public Optional<Complaint> visible(StaffPrincipal who, long id) {
        return Optional.ofNullable(em.find(CaseFile.class, id))
                .filter(f -> f.workableBy(who.staffId(), who.seesAllCases()))
                .map(f -> em.find(Complaint.class, id));
    }

    /** The file of a case, as managed by this transaction. */
    public CaseFile file(Complaint complaint) {
        return file(complaint.getId());
    }

    public CaseFile file(long caseId) {
        return em.find(CaseFile.class, caseId);
    }

    /** The decrypted case for staff, with the newest {@code messages} messages of its thread; the view is audited. */
    public CaseView view(StaffPrincipal who, Complaint complaint, int messages) {
        audit.record(who, AuditTrail.CASE_VIEWED, complaint.getId(), null);
        if (complaint.getUnreadMessages() > 0) {
            // One statement, not a change of the versioned case: two people opening the case at
            // once both clear the count, where the second versioned update was an
            // OptimisticLockException (a 500 while the worker was writing; ConcurrentCaseWritesIT).
            em.createQuery("UPDATE Complaint c SET c.unreadMessages = 0 WHERE c.id = :id AND c.unreadMessages > 0")
                    .setParameter("id", complaint.getId()).executeUpdate();
        }
        return snapshot(complaint, messages);
    }

    /** The case as it is now, for showing it again after a change (the opening view was audited). */
    public CaseView snapshot(Complaint original, int messages) {
        Complaint complaint = managed(original);
        List<Evidence> evidence = em.createQuery(
                "SELECT e FROM Evidence e WHERE e.complaintId = :id ORDER BY e.receivedAt, e.id", Evidence.class)
                .setParameter("id", complaint.getId()).getResultList();
        return new CaseView(complaint, file(complaint), intake.narrativeOf(complaint), intake.contactOf(complaint),
                thread.latest(complaint.getId(), messages), thread.count(complaint.getId()), evidence,
                details.clocks(complaint));
    }

    public CaseState transition(StaffPrincipal who, Complaint complaint, CaseState to, String reason) {
        CaseFile.Move move = file(complaint).moveTo(to, reason, details.checklist(complaint.getId()).isDone(),
                Instant.now(clock));
        return record(who, move);
    }

    /** Keeps a move made on the case's file: its event and its audit entry. */
    public CaseState record(StaffPrincipal who, CaseFile.Move move) {
        em.persist(CaseEvent.of(move, who.staffId()));
        audit.record(who, AuditTrail.STATE_CHANGED, move.caseId(), move.from() + " -> " + move.to());
        return move.from();
    }

    /** Posts staff's message to the worker. Not audited here: {@link MessageWorker} writes the entry through the command engine. */
    public MessageThread.Entry message(Complaint complaint, String text) {
        return thread.post(complaint.getId(), MessageAuthor.ADVOCATE, text);
    }

    /**
     * Assigns the case to an active ADVOCATE or SUPERVISOR, or releases it ({@code null}). Any
     * other id (unknown, disabled, ADMIN, UNION) is refused: such a case would vanish from every
     * queue. Not audited here: {@link AssignCase} writes the entry through the command engine.
     */
    public boolean assign(Complaint complaint, Long staffId) {
        if (staffId != null && staff.caseWorkers().stream().noneMatch(a -> a.getId().equals(staffId))) {
            return false;
        }
        file(complaint).assignTo(staffId);
        return true;
    }

    /**
     * Puts a complaint held as part of a burst into the triage queue (supervisors); the burst it
     * left, or {@code null} when it was not held. Not audited here: {@link ReleaseHeldCase} writes
     * the entry through the command engine.
     */
    public String release(StaffPrincipal who, Complaint complaint) {
        CaseFile file = file(complaint);
        if (!who.seesAllCases() || !file.isHeld()) {
            return null;
        }
        return file.release();
    }

    /** How many complaints wait in held bursts, and how many of them say urgent. */
    public long[] heldCounts() {
        // Counted per value of urgent, not SUM(CASE ... THEN 1 ELSE 0): EclipseLink binds those
        // literals as parameters, and H2 (the embedded default) cannot type a SUM of parameters.
        long all = 0;
        long urgent = 0;
        for (Object[] row : em.createQuery("SELECT f.urgent, COUNT(f) FROM CaseFile f WHERE f.heldBurst IS NOT NULL"
                + " GROUP BY f.urgent", Object[].class).getResultList()) {
            long count = ((Number) row[1]).longValue();
            all += count;
            urgent += Boolean.TRUE.equals(row[0]) ? count : 0;
        }
        return new long[] {all, urgent};
    }

    /** The case as managed by this transaction (callers hold copies from earlier ones). */
    private Complaint managed(Complaint complaint) {
        return em.find(Complaint.class, complaint.getId());
    }

    public Optional<Evidence> evidence(Complaint complaint, long evidenceId) {
        return Optional.ofNullable(em.find(Evidence.class, evidenceId))
                .filter(e -> e.getComplaintId().equals(complaint.getId()));
    }

    /** The stored bytes of a piece of evidence; the download is audited. */
    public byte[] download(StaffPrincipal who, Evidence evidence) {
        audit.record(who, AuditTrail.EVIDENCE_DOWNLOADED, evidence.getComplaintId(), "evidence " + evidence.getId());
        return evidenceStore.open(evidence);
    }

    /** Everything staff see of a case: of its thread, the newest messages (oldest of them first) and how many there are. */
    public record CaseView(Complaint complaint, CaseFile file, String narrative, String contact, List<MessageThread.Entry> messages,
            long messageCount, List<Evidence> evidence, List<CaseDetails.CaseClock> clocks) {
    }
}
