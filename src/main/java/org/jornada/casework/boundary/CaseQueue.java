package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.NameKey;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The staff's queue of cases: the filters, the sort orders, a page of cases with the total
 * matching (the listing audited), and the held bursts' counts. ADVOCATE sees cases assigned to
 * them and unassigned ones; SUPERVISOR sees all. Callers check
 * {@link StaffPrincipal#worksCases()} first.
 */
@ApplicationScoped
@Transactional
public class CaseQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

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
            where.append(nameCondition(filter.text(), parameters));
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

    /**
     * The condition on the employer's and recruiter's name keys for typed text: through the name
     * keys and their word index (CaseNames); a scan only when every typed word is too common to
     * list its names.
     */
    private String nameCondition(String text, Map<String, Object> parameters) {
        Optional<Set<String>> keys = names.keysStartingWithAll(text);
        if (keys.isPresent() && keys.get().isEmpty()) {
            return " AND f.complaintId IS NULL";
        }
        if (keys.isPresent()) {
            parameters.put("keys", List.copyOf(keys.get()));
            return " AND (c.employerKey IN :keys OR c.recruiterKey IN :keys)";
        }
        // folded words are letters and digits: nothing to escape
        List<String> words = NameKey.indexWords(text);
        StringBuilder employer = new StringBuilder();
        StringBuilder recruiter = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            employer.append(i == 0 ? "" : " AND ").append("c.employerKey LIKE :w").append(i);
            recruiter.append(i == 0 ? "" : " AND ").append("c.recruiterKey LIKE :w").append(i);
            parameters.put("w" + i, "%" + words.get(i) + "%");
        }
        return " AND ((" + employer + ") OR (" + recruiter + "))";
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
}
