package org.jornada.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jornada.evidence.entity.Evidence;
import org.jornada.evidence.entity.EvidenceTranscript;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.PlainText;
import org.jornada.platform.control.Settings;

/**
 * The machine transcriptions' rows (issue #29, table {@code evidence_transcript}), each step its
 * own transaction, or the caller's: a recording stored while {@code JORNADA_TRANSCRIBE_URL} is set
 * gets a PENDING row in the storing transaction ({@link #onStored}); {@link Transcriptions} sends
 * the due ones; the texts are sealed under {@link #PURPOSE}; staff read them through
 * {@link #ofCase}; a case's erasure deletes them before its evidence ({@link #eraseOfCase}).
 */
@ApplicationScoped
@Transactional
public class TranscriptBook {

    static final String PURPOSE = "sealed:evidence.transcript";
    static final String SETTING = "JORNADA_TRANSCRIBE_URL";

    /** A transcription as staff see it: {@code text} null until DONE. */
    public record Transcript(long evidenceId, EvidenceTranscript.State state, String text, String engine) {

        public boolean isDone() {
            return state == EvidenceTranscript.State.DONE;
        }
    }

    /** A recording to send, opened for the send (never logged). */
    public record Recording(long evidenceId, byte[] content, String contentType) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    /** Every stored recording (story, voice message or audio evidence) is queued while the setting is set. */
    void onStored(@Observes EvidenceStored stored) {
        queue(stored, Settings.get(SETTING));
    }

    /** Queues {@code stored} when it is a recording and a server is configured; otherwise nothing, and nothing leaves. */
    public boolean queue(EvidenceStored stored, Optional<String> server) {
        if (server.isEmpty() || stored.contentType() == null || !stored.contentType().startsWith("audio/")) {
            return false;
        }
        em.persist(EvidenceTranscript.pending(stored.evidenceId(), Instant.now(clock)));
        return true;
    }

    /** The ids of the PENDING rows due now, oldest first. */
    public List<Long> due(int atMost) {
        return em.createQuery("SELECT t.evidenceId FROM EvidenceTranscript t WHERE t.state = :pending"
                + " AND t.nextAt <= :now ORDER BY t.nextAt, t.evidenceId", Long.class)
                .setParameter("pending", EvidenceTranscript.State.PENDING).setParameter("now", Instant.now(clock))
                .setMaxResults(atMost).getResultList();
    }

    /** The recording of a PENDING row, opened; empty when the row or the file is gone or settled. */
    public Optional<Recording> recording(long evidenceId) {
        EvidenceTranscript row = em.find(EvidenceTranscript.class, evidenceId);
        Evidence file = em.find(Evidence.class, evidenceId);
        if (row == null || !row.isPending() || file == null) {
            return Optional.empty();
        }
        return Optional.of(new Recording(evidenceId, store.open(file), file.getContentType()));
    }

    /** The server's text, sealed, and DONE (nothing when the row went meanwhile: the case was erased). */
    public void done(long evidenceId, String text, String engine) {
        Optional.ofNullable(em.find(EvidenceTranscript.class, evidenceId)).filter(EvidenceTranscript::isPending)
                .ifPresent(t -> t.done(cipher.sealText(text, PURPOSE), engine, Instant.now(clock)));
    }

    /** A failed try: retried later, or FAILED after the last. */
    public void failed(long evidenceId) {
        Optional.ofNullable(em.find(EvidenceTranscript.class, evidenceId)).filter(EvidenceTranscript::isPending)
                .ifPresent(t -> t.failed(Instant.now(clock)));
    }

    /** The transcriptions of a case's files, by evidence id (texts opened for staff). */
    public Map<Long, Transcript> ofCase(long complaintId) {
        Map<Long, Transcript> found = new HashMap<>();
        em.createQuery("SELECT t FROM EvidenceTranscript t WHERE t.evidenceId IN"
                + " (SELECT e.id FROM Evidence e WHERE e.complaintId = :id)", EvidenceTranscript.class)
                .setParameter("id", complaintId).getResultStream()
                .forEach(t -> found.put(t.getEvidenceId(), new Transcript(t.getEvidenceId(), t.getState(),
                        t.getTextSealed() == null ? null : PlainText.clean(cipher.openText(t.getTextSealed(), PURPOSE)),
                        t.getEngine())));
        return found;
    }

    /** Deletes the transcriptions of a case's files: called before its evidence is deleted (the foreign key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eraseOfCase(long complaintId) {
        // native: EclipseLink writes this JPQL for MySQL as DELETE ... USING a temporary table, which H2 refuses
        em.createNativeQuery("DELETE FROM evidence_transcript WHERE evidence_id IN"
                + " (SELECT id FROM evidence WHERE complaint_id = ?)").setParameter(1, complaintId).executeUpdate();
    }
}
