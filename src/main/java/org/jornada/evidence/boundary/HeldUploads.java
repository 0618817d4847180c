package org.jornada.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceCodec;
import org.jornada.evidence.entity.HeldUpload;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.PerThreadRandom;

/**
 * The files of a report form that came back with a question, kept so the worker need not record or
 * choose them again (V36): cleaned already, sealed, under the SHA-256 of a random key (22 characters,
 * 128 bits) that travels only in the form's hidden field, never in an address or a log line. They are
 * used when the report is filed, and gone then, when the worker removes them, or {@link #KEPT_FOR}
 * after they were sent ({@link #purge}, and never read after that). All forms together hold at most
 * {@code JORNADA_HELD_UPLOADS_MB} (default 256): past it nothing more is held ({@link Full}) and the
 * form asks for the files again, so a flood of forms sent back with errors cannot fill the disk.
 */
@ApplicationScoped
@Transactional
public class HeldUploads {

    static final String PURPOSE = "sealed:held_upload.content";

    /** How long files wait for their report. */
    public static final Duration KEPT_FOR = Duration.ofHours(2);

    /** What a form holds: its voice note (null when none) and its other files. */
    public record Held(CleanedEvidence voice, List<CleanedEvidence> files) {

        public static final Held NONE = new Held(null, List.of());

        public boolean isEmpty() {
            return voice == null && files.isEmpty();
        }
    }

    /** Holding these files would pass the bound on all held files together. */
    public static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("the report forms' held files are at their bound", null, false, false);
        }
    }

    private static final long MAX_BYTES = org.jornada.platform.control.Settings.get("JORNADA_HELD_UPLOADS_MB")
            .map(String::strip).filter(v -> v.matches("\\d{1,6}")).map(Long::parseLong).orElse(256L) * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    /** Whether {@code key} looks like a hold key this class makes. */
    public static boolean wellFormed(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{22}");
    }

    /**
     * Keeps {@code voice} (replacing a voice note held before) and {@code files} (beside the ones held)
     * under {@code key}, or under a new key when {@code key} is not one; answers the key.
     */
    public String hold(String key, CleanedEvidence voice, List<CleanedEvidence> files) {
        String kept = wellFormed(key) ? key : PerThreadRandom.urlToken();
        String hash = hash(kept);
        Instant now = Instant.now(clock);
        List<byte[]> sealed = new ArrayList<>();
        long incoming = 0;
        for (CleanedEvidence file : voice == null ? files : concat(voice, files)) {
            byte[] one = cipher.seal(EvidenceCodec.write(file), PURPOSE);
            sealed.add(one);
            incoming += one.length;
        }
        // SUM is a Long or, on some databases, a BigDecimal; null with no rows
        Number total = (Number) em.createQuery("SELECT SUM(h.sizeBytes) FROM HeldUpload h WHERE h.keptAt > :since")
                .setParameter("since", now.minus(KEPT_FOR)).getSingleResult();
        if ((total == null ? 0 : total.longValue()) + incoming > MAX_BYTES) {
            throw new Full();
        }
        int next = 0;
        if (voice != null) {
            em.createQuery("DELETE FROM HeldUpload h WHERE h.holdKey = :key AND h.role = :role")
                    .setParameter("key", hash).setParameter("role", HeldUpload.Role.VOICE).executeUpdate();
            em.persist(new HeldUpload(hash, HeldUpload.Role.VOICE, sealed.get(next++), now));
        }
        while (next < sealed.size()) {
            em.persist(new HeldUpload(hash, HeldUpload.Role.FILE, sealed.get(next++), now));
        }
        return kept;
    }

    private static List<CleanedEvidence> concat(CleanedEvidence first, List<CleanedEvidence> rest) {
        List<CleanedEvidence> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    /** What {@code key} holds that is not too old; nothing for a key that is not one. */
    public Held held(String key) {
        if (!wellFormed(key)) {
            return Held.NONE;
        }
        CleanedEvidence voice = null;
        List<CleanedEvidence> files = new ArrayList<>();
        List<HeldUpload> rows = em.createQuery("SELECT h FROM HeldUpload h WHERE h.holdKey = :key AND h.keptAt > :since"
                + " ORDER BY h.id", HeldUpload.class).setParameter("key", hash(key))
                .setParameter("since", Instant.now(clock).minus(KEPT_FOR)).getResultList();
        for (HeldUpload row : rows) {
            var file = EvidenceCodec.read(cipher.open(row.getContentSealed(), PURPOSE));
            if (file.isEmpty()) {
                continue;
            }
            if (row.getRole() == HeldUpload.Role.VOICE) {
                voice = file.get();
            } else {
                files.add(file.get());
            }
        }
        return new Held(voice, List.copyOf(files));
    }

    /** Forgets what {@code key} holds (filed, or removed by the worker). */
    public void drop(String key) {
        if (wellFormed(key)) {
            em.createQuery("DELETE FROM HeldUpload h WHERE h.holdKey = :key").setParameter("key", hash(key))
                    .executeUpdate();
        }
    }

    /** Deletes every file held longer than {@link #KEPT_FOR}; answers how many. */
    public int purge() {
        return em.createQuery("DELETE FROM HeldUpload h WHERE h.keptAt <= :since")
                .setParameter("since", Instant.now(clock).minus(KEPT_FOR)).executeUpdate();
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
