package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jornada.casework.control.Deadline;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.casework.entity.CaseLink;
import org.jornada.casework.entity.CaseNote;
import org.jornada.casework.entity.DeadlineWaiver;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.DataCipher;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The working parts of a case beside its workflow: internal notes, the verification checklist,
 * legal clocks (and those marked not applicable), and links to related and duplicate cases. Each
 * change is audited. Callers have checked that the staff member may work the case.
 */
@ApplicationScoped
@Transactional
public class CaseRecords {

    static final String NOTE_PURPOSE = "case-note";
    /** Notes are short working texts. */
    public static final int NOTE_MAX = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CaseNames names;

    @Inject
    jakarta.enterprise.inject.Instance<PayClaimStart> payClaimStart;

    /** The facts of a case as it arrives (no wage check kept on it yet). */
    static DeadlineRules.Facts facts(Complaint complaint) {
        return new DeadlineRules.Facts(complaint.getCategories(), complaint.getStartedOn(), complaint.getEndedOn(),
                complaint.getWorksiteState(), LocalDate.ofInstant(complaint.getReceivedAt(), ZoneOffset.UTC));
    }

    /** The facts of a stored case, with the first short pay period of the wage checks kept on it. */
    DeadlineRules.Facts factsOf(Complaint complaint) {
        LocalDate firstShort = complaint.getId() == null ? null : payClaimStart.stream()
                .map(h -> h.firstShortPay(complaint.getId())).flatMap(Optional::stream).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate belowFederal = complaint.getId() == null ? null : payClaimStart.stream()
                .map(h -> h.firstBelowFederalMinimum(complaint.getId())).flatMap(Optional::stream)
                .min(LocalDate::compareTo).orElse(null);
        return new DeadlineRules.Facts(complaint.getCategories(), complaint.getStartedOn(), complaint.getEndedOn(),
                complaint.getWorksiteState(), LocalDate.ofInstant(complaint.getReceivedAt(), ZoneOffset.UTC), firstShort,
                belowFederal);
    }

    /** The case's clocks as they stand, nearest first (waived ones included). */
    public List<Deadline> deadlines(Complaint complaint) {
        return DeadlineRules.clocks(factsOf(complaint));
    }

    /**
     * Keeps the case's nearest applicable clock (the queue's sort) in step with its facts: called when
     * a fact a clock counts from changes, e.g. a wage check kept on the case.
     */
    public void refreshNearest(long caseId) {
        Complaint managed = em.find(Complaint.class, caseId);
        if (managed != null) {
            keepNearest(managed);
        }
    }

    private void keepNearest(Complaint managed) {
        em.find(org.jornada.casework.entity.CaseFile.class, managed.getId()).setNearestDeadline(clocks(managed).stream()
                .filter(CaseClock::isApplicable).map(c -> c.deadline().dueOn()).findFirst().orElse(null));
    }

    /** A clock of a case and, when an advocate marked it not applicable, why. */
    public record CaseClock(Deadline deadline, String notApplicableReason) {
        public boolean isApplicable() {
            return notApplicableReason == null;
        }
    }

    public List<CaseClock> clocks(Complaint complaint) {
        var waived = em.createQuery("SELECT w FROM DeadlineWaiver w WHERE w.complaintId = :id", DeadlineWaiver.class)
                .setParameter("id", complaint.getId()).getResultStream()
                .collect(Collectors.toMap(DeadlineWaiver::getRule, DeadlineWaiver::getReason));
        return deadlines(complaint).stream()
                .map(d -> new CaseClock(d, waived.get(d.rule()))).toList();
    }

    /** Marks a clock not applicable with a reason; the case's nearest clock moves to the next one. */
    public void markNotApplicable(StaffPrincipal who, Complaint complaint, String rule, String reason) {
        if (deadlines(complaint).stream().noneMatch(d -> d.rule().equals(rule))) {
            throw new IllegalArgumentException("No such clock on this case: " + rule);
        }
        em.persist(new DeadlineWaiver(complaint.getId(), rule, reason, who.staffId(), Instant.now(clock)));
        em.flush();
        keepNearest(em.find(Complaint.class, complaint.getId()));
        audit.record(who, AuditTrail.DEADLINE_WAIVED, complaint.getId(), rule);
    }

    /** A note as staff read it; {@code forReferral}: the advocate marked it to go into referral packets. */
    public record Note(String author, String text, Instant at, boolean forReferral) {
    }

    /** The newest {@code limit} notes, newest first (a busy case has hundreds: a page shows some, then more). */
    public List<Note> notes(long complaintId, int limit) {
        return em.createQuery("SELECT n FROM CaseNote n WHERE n.complaintId = :id ORDER BY n.at DESC, n.id DESC",
                CaseNote.class).setParameter("id", complaintId).setMaxResults(limit).getResultStream()
                .map(this::note).toList();
    }

    /** How many notes the case holds. */
    public long noteCount(long complaintId) {
        return em.createQuery("SELECT COUNT(n) FROM CaseNote n WHERE n.complaintId = :id", Long.class)
                .setParameter("id", complaintId).getSingleResult();
    }

    /** The notes marked for the referral packets, oldest first: the only ones that leave the case. */
    public List<Note> notesForReferral(long complaintId) {
        return em.createQuery("SELECT n FROM CaseNote n WHERE n.complaintId = :id AND n.forReferral = TRUE"
                + " ORDER BY n.at, n.id", CaseNote.class).setParameter("id", complaintId).getResultStream()
                .map(this::note).toList();
    }

    private Note note(CaseNote n) {
        return new Note(n.getAuthor(), cipher.openText(n.getTextSealed(), NOTE_PURPOSE), n.getAt(), n.isForReferral());
    }

    public void addNote(StaffPrincipal who, Complaint complaint, String text, boolean forReferral) {
        if (text == null || text.isBlank() || text.length() > NOTE_MAX) {
            throw new IllegalArgumentException("A note is 1 to " + NOTE_MAX + " characters");
        }
        em.persist(new CaseNote(complaint.getId(), who.staffId(), who.username(),
                cipher.sealText(org.jornada.platform.control.PlainText.clean(text).strip(), NOTE_PURPOSE),
                Instant.now(clock), forReferral));
    }

    public CaseChecklist checklist(long complaintId) {
        return Optional.ofNullable(em.find(CaseChecklist.class, complaintId))
                .orElseGet(() -> new CaseChecklist(complaintId));
    }

    public void check(StaffPrincipal who, Complaint complaint, CaseChecklist.Item item, boolean done) {
        // One change of a case's checklist at a time: its row is keyed by the case, and two people
        // ticking a new case's first items at once each made one (a duplicate key, a 500). The
        // case's row is locked until this transaction ends; whoever comes next finds the row.
        // (a plain row lock: a JPA lock would also check the case's version, which a worker's
        // message moves at any moment)
        em.createNativeQuery("SELECT id FROM complaint WHERE id = ? FOR UPDATE").setParameter(1, complaint.getId())
                .getResultList();
        CaseChecklist checklist = em.find(CaseChecklist.class, complaint.getId());
        if (checklist == null) {
            checklist = new CaseChecklist(complaint.getId());
            em.persist(checklist);
        }
        if (checklist.has(item) != done) {
            checklist.set(item, done);
            audit.record(who, AuditTrail.CHECKLIST_CHANGED, complaint.getId(), item + (done ? " done" : " undone"));
        }
    }

    /**
     * Links the case to a directory entry as its employer or recruiter (verification); the entry
     * must be of that kind (false otherwise, nothing changed). Not audited here:
     * {@link LinkCaseToDirectory} writes the entry through the command engine.
     */
    public boolean linkDirectory(Complaint complaint, long entryId,
            org.jornada.directory.entity.EntityKind kind) {
        org.jornada.directory.entity.DirectoryEntry entry = em.find(org.jornada.directory.entity.DirectoryEntry.class,
                entryId);
        if (entry == null || entry.getKind() != kind) {
            return false;
        }
        Complaint managed = em.find(Complaint.class, complaint.getId());
        if (kind == org.jornada.directory.entity.EntityKind.EMPLOYER) {
            managed.linkEmployer(entryId);
        } else {
            managed.linkRecruiter(entryId);
        }
        return true;
    }

    /** Unlinks the case's employer or recruiter entry; the one it was, or null. {@link UnlinkCaseFromDirectory} audits. */
    public Long unlinkDirectory(Complaint complaint, org.jornada.directory.entity.EntityKind kind) {
        Complaint managed = em.find(Complaint.class, complaint.getId());
        Long was = kind == org.jornada.directory.entity.EntityKind.EMPLOYER ? managed.getEmployerEntityId()
                : managed.getRecruiterEntityId();
        if (kind == org.jornada.directory.entity.EntityKind.EMPLOYER) {
            managed.linkEmployer(null);
        } else {
            managed.linkRecruiter(null);
        }
        return was;
    }

    /** A directory entry's name, for showing a link. */
    public String entryName(Long entryId) {
        if (entryId == null) {
            return null;
        }
        org.jornada.directory.entity.DirectoryEntry entry = em.find(org.jornada.directory.entity.DirectoryEntry.class,
                entryId);
        return entry == null ? null : entry.getName();
    }

    /** The case's stored files (their fingerprints and types; the bytes stay in the store). */
    public List<org.jornada.evidence.entity.Evidence> evidence(long complaintId) {
        return em.createQuery("SELECT e FROM Evidence e WHERE e.complaintId = :id ORDER BY e.receivedAt, e.id",
                org.jornada.evidence.entity.Evidence.class).setParameter("id", complaintId).getResultList();
    }

    /** Links shown on a case, both directions. */
    public List<CaseLink> links(long complaintId) {
        return em.createQuery("SELECT l FROM CaseLink l WHERE l.complaintId = :id OR l.otherId = :id ORDER BY l.at",
                CaseLink.class).setParameter("id", complaintId).getResultList();
    }

    public void link(StaffPrincipal who, Complaint complaint, long otherId, CaseLink.Kind kind) {
        if (em.find(Complaint.class, otherId) == null) {
            throw new IllegalArgumentException("No case " + otherId);
        }
        boolean exists = !em.createQuery("SELECT l FROM CaseLink l WHERE l.complaintId = :a AND l.otherId = :b",
                CaseLink.class).setParameter("a", complaint.getId()).setParameter("b", otherId).getResultList().isEmpty();
        if (!exists) {
            em.persist(new CaseLink(complaint.getId(), otherId, kind, who.staffId(), Instant.now(clock)));
            audit.record(who, AuditTrail.CASE_LINKED, complaint.getId(), kind + " " + otherId);
        }
    }

    /**
     * Cases to look at together with this one: the same employer or recruiter through their name
     * keys (accents, case, legal suffixes aside; a fuller or shorter name of two words or more
     * counts, {@link CaseNames#relatedKeys}) over periods that overlap. At most 20, newest first.
     */
    public List<Complaint> suggestions(Complaint complaint) {
        Set<Long> linked = links(complaint.getId()).stream()
                .map(l -> l.getComplaintId() == complaint.getId() ? l.getOtherId() : l.getComplaintId())
                .collect(Collectors.toSet());
        Set<String> employers = names.relatedKeys(complaint.getEmployerKey());
        Set<String> recruiters = names.relatedKeys(complaint.getRecruiterKey());
        if (employers.isEmpty() && recruiters.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Complaint c WHERE c.id <> :id AND (c.employerKey IN :e OR c.recruiterKey IN :r)"
                + " ORDER BY c.receivedAt DESC", Complaint.class)
                .setParameter("id", complaint.getId())
                .setParameter("e", employers.isEmpty() ? List.of("\u0000") : List.copyOf(employers))
                .setParameter("r", recruiters.isEmpty() ? List.of("\u0000") : List.copyOf(recruiters))
                .setMaxResults(200).getResultStream()
                .filter(other -> !linked.contains(other.getId()) && overlaps(complaint, other))
                .limit(20).toList();
    }

    /** The same, each with its file (the case page shows their states). */
    public List<CaseQueue.Row> suggestedCases(Complaint complaint) {
        return suggestions(complaint).stream()
                .map(c -> new CaseQueue.Row(c, em.find(org.jornada.casework.entity.CaseFile.class, c.getId()))).toList();
    }

    static boolean overlaps(Complaint a, Complaint b) {
        YearMonth aStart = start(a);
        YearMonth bStart = start(b);
        return !aStart.isAfter(end(b)) && !bStart.isAfter(end(a));
    }

    private static YearMonth start(Complaint c) {
        return c.getStartedOn() != null ? c.getStartedOn() : YearMonth.from(c.getReceivedAt().atZone(ZoneOffset.UTC));
    }

    private static YearMonth end(Complaint c) {
        return c.getEndedOn() != null ? c.getEndedOn() : YearMonth.from(c.getReceivedAt().atZone(ZoneOffset.UTC));
    }
}
