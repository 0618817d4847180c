package org.jornada.complaint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jornada.complaint.control.NameWords;
import org.jornada.complaint.control.ReceiptHasher;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.complaint.entity.ReportChannel;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.PerThreadRandom;

/**
 * Files complaints: seals the narrative and contact, stores the receipt's HMAC, attaches the
 * evidence, all in one transaction. A form submission carries a one-time token: filing the same
 * token again files nothing and answers with the same receipt (refresh, double tap, retry).
 *
 * <p>This is the form's filing command ({@link ReportPage}); {@code POST /api/v1/complaints}
 * files through {@link ComplaintWriter} instead, on purpose: the API's group commit stores
 * thousands a second, while the form also stores the uploaded files with the case in the same
 * transaction, which the batch writer does not. Both take the same validated input
 * ({@code ValidComplaint}), the same flood guard and the same receipt codes; StorageIT compares
 * what the two paths store, field by field (docs/architecture.md, "Use-case commands").
 */
@ApplicationScoped
@Transactional
public class ComplaintIntake {

    static final String NARRATIVE = NewComplaints.NARRATIVE;
    static final String CONTACT = NewComplaints.CONTACT;
    /** How long a repeated submission still shows its receipt again. */
    static final Duration REPEAT_WINDOW = Duration.ofMinutes(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    NewComplaints newComplaints;

    @Inject
    EvidenceStore evidenceStore;

    @Inject
    Clock clock;

    private ReceiptHasher hasher;

    /** The outcome of filing: the receipt to show once, and whether the case is urgent. */
    public record Filed(ReceiptCode receipt, boolean urgent, boolean repeated, List<EvidenceStore.Stored> evidence) {
    }

    @PostConstruct
    void init() {
        hasher = newComplaints.hasher();
    }

    /**
     * Files a complaint in the caller's transaction under a fresh random receipt (tests and other
     * features; the API goes through {@link ComplaintWriter}, which batches commits).
     */
    public Filed file(ValidComplaint complaint, List<CleanedEvidence> evidence) {
        return store(complaint, ReceiptCode.generate(PerThreadRandom.current()), null, evidence, null);
    }

    /**
     * Files a complaint that came by message (SMS or WhatsApp, issue #27) under a fresh receipt,
     * with the photos and voice notes sent in the conversation, in the caller's transaction.
     */
    public Filed fileByMessage(ReportChannel how, ValidComplaint complaint, List<CleanedEvidence> evidence) {
        return fileByMessage(how, complaint, evidence, null);
    }

    /** The same, with a recording as the story (a phone call's, issue #29) when {@code voice} is not null. */
    public Filed fileByMessage(ReportChannel how, ValidComplaint complaint, List<CleanedEvidence> evidence,
            CleanedEvidence voice) {
        return store(complaint, ReceiptCode.generate(PerThreadRandom.current()), null, evidence, null, how, voice);
    }

    /** Files a complaint told by voice through the API ({@code POST /api/v1/complaints}, multipart), held apart in {@code heldBurst} when not null. */
    public Filed fileTold(ValidComplaint complaint, CleanedEvidence voice, String heldBurst) {
        return store(complaint, ReceiptCode.generate(PerThreadRandom.current()), null, List.of(), heldBurst,
                ReportChannel.WEB, voice);
    }

    /** Files a complaint under a known receipt (demo data); returns the new case's id. */
    public long fileWithReceipt(ValidComplaint complaint, ReceiptCode receipt) {
        store(complaint, receipt, null, List.of(), null);
        return findByReceipt(receipt).orElseThrow().getId();
    }

    /**
     * Files a complaint from the web form under its one-time token. When the token was filed
     * before, nothing is stored and the same receipt comes back (only within
     * {@link #REPEAT_WINDOW}; after that the receipt is not shown again).
     */
    public Filed fileOnce(ValidComplaint complaint, String token, List<CleanedEvidence> evidence) {
        return fileOnce(complaint, token, evidence, null);
    }

    /** The same, held apart from the queue in burst {@code heldBurst} when that is not null. */
    public Filed fileOnce(ValidComplaint complaint, String token, List<CleanedEvidence> evidence, String heldBurst) {
        return fileOnce(complaint, token, evidence, heldBurst, null);
    }

    /** The same, with the worker's voice note as the story when {@code voice} is not null (issue #29). */
    public Filed fileOnce(ValidComplaint complaint, String token, List<CleanedEvidence> evidence, String heldBurst,
            CleanedEvidence voice) {
        Optional<Filed> earlier = earlierSubmission(token);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return store(complaint, hasher.receiptFor(token), hasher.submissionKey(token), evidence, heldBurst,
                ReportChannel.WEB, voice);
    }

    /** A submission already filed under this token, if any (used after a concurrent retry). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Filed> earlierSubmission(String token) {
        return em.createNamedQuery(Complaint.BY_SUBMISSION, Complaint.class)
                .setParameter("key", hasher.submissionKey(token))
                .getResultStream().findFirst()
                .map(c -> new Filed(recent(c) ? hasher.receiptFor(token) : null, c.isUrgent(), true, List.of()));
    }

    /** The words of the case's names in the name filter's index (same transaction). */
    private void indexNames(Complaint complaint) {
        List<NameWords.Row> rows = NameWords.rows(java.util.Arrays.asList(complaint.getEmployerName(),
                complaint.getRecruiterName()));
        for (int from = 0; from < rows.size(); from += NameWords.CHUNK) {
            List<NameWords.Row> chunk = rows.subList(from, Math.min(rows.size(), from + NameWords.CHUNK));
            var insert = em.createNativeQuery(NameWords.insertSql(chunk.size()));
            int at = 1;
            for (NameWords.Row row : chunk) {
                insert.setParameter(at++, row.word());
                insert.setParameter(at++, row.key());
            }
            insert.executeUpdate();
        }
    }

    private boolean recent(Complaint complaint) {
        return complaint.getReceivedAt().plus(REPEAT_WINDOW).isAfter(Instant.now(clock));
    }

    private Filed store(ValidComplaint valid, ReceiptCode receipt, String submissionKey,
            List<CleanedEvidence> evidence, String heldBurst) {
        return store(valid, receipt, submissionKey, evidence, heldBurst, ReportChannel.WEB, null);
    }

    private Filed store(ValidComplaint valid, ReceiptCode receipt, String submissionKey,
            List<CleanedEvidence> evidence, String heldBurst, ReportChannel how, CleanedEvidence voice) {
        NewComplaints.NewCase opened = newComplaints.build(valid, receipt, submissionKey, heldBurst);
        Complaint complaint = opened.complaint();
        complaint.cameBy(how);
        if (voice != null) {
            complaint.toldByVoice();
        }
        em.persist(complaint);
        newComplaints.persistParts(em, opened);
        indexNames(complaint);
        List<EvidenceStore.Stored> stored = new ArrayList<>();
        if (voice != null) {
            stored.add(evidenceStore.store(complaint.getId(), voice, org.jornada.evidence.entity.EvidenceRole.STORY, null));
        }
        if (!evidence.isEmpty()) {
            for (CleanedEvidence file : evidence) {
                stored.add(evidenceStore.store(complaint.getId(), file));
            }
        }
        return new Filed(receipt, complaint.isUrgent(), false, stored);
    }

    /** The complaint a receipt code belongs to. Callers rate-limit before calling. */
    public Optional<Complaint> findByReceipt(ReceiptCode code) {
        return em.createNamedQuery(Complaint.BY_RECEIPT, Complaint.class)
                .setParameter("hash", hasher.hash(code))
                .getResultStream().findFirst();
    }

    public Optional<Complaint> find(long id) {
        return Optional.ofNullable(em.find(Complaint.class, id));
    }

    /** The narrative, opened (for staff views and tests of encryption at rest). */
    public String narrativeOf(Complaint complaint) {
        return cipher.openText(complaint.getNarrativeSealed(), NARRATIVE);
    }

    public String contactOf(Complaint complaint) {
        return cipher.openText(complaint.getContactSealed(), CONTACT);
    }
}
