package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jornada.casework.entity.CaseEvent;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.evidence.boundary.TranscriptBook;
import org.jornada.evidence.entity.Evidence;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * What staff do with one case, with the role rules and the audit entry of every action: open it
 * (decrypted), move it along the workflow, message the worker, download evidence, assign, release
 * (the queue of cases is {@link CaseQueue}).
 * ADVOCATE sees cases assigned to them and unassigned ones; SUPERVISOR sees all. Callers check
 * {@link StaffPrincipal#worksCases()} first.
 */
@ApplicationScoped
@Transactional
public class CaseHandling {

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
    TranscriptBook transcripts;

    @Inject
    org.jornada.staff.boundary.StaffAccounts staff;

    @Inject
    Clock clock;

    @Inject
    CaseRecords details;

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
                details.clocks(complaint), transcripts.ofCase(complaint.getId()));
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
        return download(who, evidence, false, true);
    }

    /**
     * The stored bytes of a file, played in the page ({@code play}: {@code EVIDENCE_PLAYED}) or
     * downloaded, audited when {@code begins} (a whole file, or a range from byte 0: a new
     * listening; a player's later ranges are the same listening and are not entered again).
     */
    public byte[] download(StaffPrincipal who, Evidence evidence, boolean play, boolean begins) {
        if (begins) {
            audit.record(who, play ? AuditTrail.EVIDENCE_PLAYED : AuditTrail.EVIDENCE_DOWNLOADED,
                    evidence.getComplaintId(), "evidence " + evidence.getId());
        }
        return evidenceStore.open(evidence);
    }

    /** Everything staff see of a case: of its thread, the newest messages (oldest of them first) and how many there are. */
    public record CaseView(Complaint complaint, CaseFile file, String narrative, String contact, List<MessageThread.Entry> messages,
            long messageCount, List<Evidence> evidence, List<CaseRecords.CaseClock> clocks,
            java.util.Map<Long, TranscriptBook.Transcript> transcripts) {

        /** The recording that is the case's story (issue #29), if it was told by voice. */
        public java.util.Optional<Evidence> voiceStory() {
            return evidence.stream().filter(e -> e.getRole() == org.jornada.evidence.entity.EvidenceRole.STORY)
                    .findFirst();
        }

        /** The finished machine transcription of a file, or null. */
        public TranscriptBook.Transcript transcriptOf(Long evidenceId) {
            TranscriptBook.Transcript t = evidenceId == null ? null : transcripts.get(evidenceId);
            return t != null && t.isDone() ? t : null;
        }
    }
}
