package org.jornada.complaint.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.PerThreadRandom;

/**
 * Deletes what could point at a worker, each call one transaction: the contact (and, when the
 * retention period says so, the evidence), or everything but the anonymous counts. Run by the
 * retention job for cases long ended, and by the worker from the follow-up page. Other features
 * delete their own part in the same transaction when they hear of it ({@link ContactErased},
 * {@link CaseAnonymised}: casework its notes and the reasons of state changes, escalation its
 * sealed packets, mail the copies of sent letters) and casework writes the audit entry.
 * docs/retention.md.
 */
@ApplicationScoped
public class CaseErasure {

    /** Who asked. */
    public enum Why { WORKER_REQUEST, RETENTION }

    /** The worker's contact is gone (and the evidence with it when {@code evidence}). */
    public record ContactErased(long caseId, Why why, boolean evidence) {
    }

    /** Everything that could point at the worker is gone; the case stays only as a count. */
    public record CaseAnonymised(long caseId, Why why) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    org.jornada.evidence.boundary.TranscriptBook transcripts;

    @Inject
    Event<ContactErased> contactErased;

    @Inject
    Event<CaseAnonymised> caseAnonymised;

    /** Forgets the contact, and the evidence when asked; false when the case is not there. */
    @Transactional
    public boolean eraseContact(long caseId, Why why, boolean evidenceToo) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null) {
            return false;
        }
        complaint.forgetContact(Instant.now(clock));
        if (evidenceToo) {
            deleteEvidence(caseId);
        }
        contactErased.fire(new ContactErased(caseId, why, evidenceToo));
        return true;
    }

    /** Keeps the case only as a count; false when it is not there or was anonymised before. */
    @Transactional
    public boolean anonymise(long caseId, Why why) {
        Complaint complaint = em.find(Complaint.class, caseId);
        if (complaint == null || complaint.isAnonymised()) {
            return false;
        }
        byte[] unusable = new byte[32];
        PerThreadRandom.current().nextBytes(unusable);
        complaint.anonymise(cipher.sealText("", NewComplaints.NARRATIVE), "erased-" + HexFormat.of().formatHex(unusable)
                .substring(0, 57), Instant.now(clock));
        em.createQuery("DELETE FROM Message m WHERE m.complaintId = :id").setParameter("id", caseId).executeUpdate();
        deleteEvidence(caseId);
        caseAnonymised.fire(new CaseAnonymised(caseId, why));
        return true;
    }

    private void deleteEvidence(long caseId) {
        transcripts.eraseOfCase(caseId); // their rows point at the files (issue #29)
        em.createQuery("DELETE FROM Evidence e WHERE e.complaintId = :id").setParameter("id", caseId).executeUpdate();
    }
}
