package org.jornada.evidence.boundary;

import org.jornada.evidence.entity.EvidenceRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.evidence.control.MetadataStripper;
import org.jornada.evidence.control.UnsupportedEvidenceException;
import org.jornada.evidence.entity.Evidence;
import org.jornada.platform.control.DataCipher;

/**
 * Stores evidence for a case: decides the type from the content, strips metadata, hashes what is
 * kept and seals it. Joins the caller's transaction (the complaint being filed, or a follow-up).
 */
@ApplicationScoped
@Transactional
public class EvidenceStore {

    static final String PURPOSE = "sealed:evidence.content";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    @Inject
    jakarta.enterprise.event.Event<EvidenceStored> stored;

    private final MetadataStripper stripper = new MetadataStripper();

    /** What the worker is told about a stored file. */
    public record Stored(String sha256, String contentType, boolean metadataRemoved) {
    }

    /** Cleans and checks a file without storing it (to refuse a bad file before filing anything). */
    public CleanedEvidence clean(byte[] content) throws UnsupportedEvidenceException {
        return stripper.clean(content);
    }

    public Stored store(long complaintId, CleanedEvidence cleaned) {
        return store(complaintId, cleaned, EvidenceRole.EVIDENCE, null);
    }

    /**
     * Stores a file as the case's spoken story, a voice message on its thread ({@code messageId}),
     * or evidence (issue #29).
     */
    public Stored store(long complaintId, CleanedEvidence cleaned, EvidenceRole role, Long messageId) {
        String sha256 = sha256(cleaned.content());
        Evidence evidence = new Evidence(complaintId, sha256, cleaned.type().contentType(), cleaned.content().length,
                cleaned.capturedAt(), cleaned.metadataRemoved(), cipher.seal(cleaned.content(), PURPOSE),
                Instant.now(clock));
        evidence.as(role, messageId);
        em.persist(evidence);
        em.flush(); // the id (IDENTITY) for the event's observers
        stored.fire(new EvidenceStored(evidence.getId(), complaintId, evidence.getContentType(), role));
        return new Stored(sha256, evidence.getContentType(), evidence.isMetadataRemoved());
    }

    EvidenceService.CaseFiles filesOf(long complaintId) {
        boolean voice = false;
        long others = 0;
        for (Object[] row : em.createQuery("SELECT e.role, COUNT(e) FROM Evidence e WHERE e.complaintId = :id"
                + " GROUP BY e.role", Object[].class).setParameter("id", complaintId).getResultList()) {
            if (row[0] == EvidenceRole.STORY) {
                voice = true;
            } else if (row[0] == EvidenceRole.EVIDENCE) {
                others += ((Number) row[1]).longValue();
            }
        }
        return new EvidenceService.CaseFiles(voice, others);
    }

    public boolean hasRoomFor(long complaintId, int files) {
        long count = em.createNamedQuery(Evidence.COUNT_OF_COMPLAINT, Long.class)
                .setParameter("complaintId", complaintId).getSingleResult();
        return count + files <= EvidenceLimits.MAX_FILES_PER_CASE;
    }

    /** The original bytes of stored evidence, opened for staff. */
    public byte[] open(Evidence evidence) {
        return cipher.open(evidence.getContentSealed(), PURPOSE);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
