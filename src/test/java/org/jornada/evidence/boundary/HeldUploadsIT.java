package org.jornada.evidence.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report form's held files (V36) on the real database: kept cleaned and sealed under a hash of
 * the form's key, a new voice note replacing the old and files adding up, dropped on filing, and
 * never read nor kept past {@link HeldUploads#KEPT_FOR} (docs/retention.md).
 */
@ExtendWith(ArquillianExtension.class)
class HeldUploadsIT {

    @Inject
    HeldUploads held;

    @Inject
    EvidenceService evidence;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction tx;

    private static String sha256(String key) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII)));
    }

    private long rows(String key) throws Exception {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM held_upload WHERE hold_key = ?")
                .setParameter(1, sha256(key)).getSingleResult()).longValue();
    }

    @Test
    void heldFilesAreSealedUnderAHashOfTheKeyAddUpAndGoWhenFiled() throws Exception {
        CleanedEvidence voice = evidence.clean(TestFiles.mp3WithTag());
        CleanedEvidence photo = evidence.clean(TestFiles.jpegWithGps());
        String key = held.hold(null, voice, List.of(photo));
        assertTrue(HeldUploads.wellFormed(key), key);
        assertEquals(2, rows(key));
        List<?> stored = em.createNativeQuery("SELECT content_sealed FROM held_upload WHERE hold_key = ?")
                .setParameter(1, sha256(key)).getResultList();
        for (Object sealed : stored) {
            assertFalse(TestFiles.contains((byte[]) sealed, "ID3") || TestFiles.contains((byte[]) sealed, "JFIF"),
                    "sealed, not the plain file");
        }
        assertEquals(0L, ((Number) em.createNativeQuery("SELECT COUNT(*) FROM held_upload WHERE hold_key = ?")
                .setParameter(1, key).getSingleResult()).longValue(), "the key itself is not stored");

        HeldUploads.Held first = held.held(key);
        assertArrayEquals(voice.content(), first.voice().content());
        assertEquals(1, first.files().size());
        assertArrayEquals(photo.content(), first.files().get(0).content());

        CleanedEvidence again = evidence.clean(TestFiles.plainJpeg());
        assertEquals(key, held.hold(key, voice, List.of(again)), "the same form keeps its key");
        HeldUploads.Held second = held.held(key);
        assertEquals(2, second.files().size(), "files add up");
        assertEquals(3, rows(key), "a new voice note replaces the one held");

        held.drop(key);
        assertEquals(0, rows(key));
        assertTrue(held.held(key).isEmpty());
        assertTrue(held.held("not a key").isEmpty());
        assertNotEquals(key, held.hold("../../etc", null, List.of(photo)), "a made-up key is not used");
    }

    @Test
    void filesHeldTwoHoursAreNeverReadAgainAndThePurgeDeletesThem() throws Exception {
        String old = held.hold(null, evidence.clean(TestFiles.mp3WithTag()), List.of());
        String young = held.hold(null, null, List.of(evidence.clean(TestFiles.plainJpeg())));
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery("UPDATE held_upload SET kept_at = ? WHERE hold_key = ?")
                .setParameter(1, Timestamp.from(Instant.now().minus(HeldUploads.KEPT_FOR).minus(Duration.ofMinutes(1))))
                .setParameter(2, sha256(old)).executeUpdate();
        tx.commit();
        assertNull(held.held(old).voice(), "past two hours nothing is read");
        assertTrue(held.purge() >= 1);
        assertEquals(0, rows(old), "and it is deleted");
        assertEquals(1, rows(young), "a file held a moment ago stays");
        held.drop(young);
    }
}
