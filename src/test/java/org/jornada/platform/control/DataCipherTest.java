package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataCipherTest {

    private static byte[] key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void sealedTextOpensToTheSameTextAndHidesIt() {
        DataCipher cipher = new DataCipher(key(), List.of());
        String narrative = "Me quitaron el pasaporte en Georgia — ñandú";
        byte[] sealed = cipher.sealText(narrative, "complaint.narrative");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("pasaporte"));
        assertEquals(narrative, cipher.openText(sealed, "complaint.narrative"));
    }

    @Test
    void everyValueCarriesTheKeyIdAndAFreshIv() {
        DataCipher cipher = new DataCipher(key(), List.of());
        byte[] a = cipher.sealText("same", "p");
        byte[] b = cipher.sealText("same", "p");
        assertEquals(cipher.currentKeyId(), DataCipher.keyIdOf(a));
        assertEquals(cipher.currentKeyId(), DataCipher.keyIdOf(b));
        assertNotEquals(new String(a, StandardCharsets.ISO_8859_1), new String(b, StandardCharsets.ISO_8859_1));
    }

    @Test
    void valuesSealedWithARetiredKeyStillOpenAfterRotation() {
        byte[] oldKey = key();
        byte[] sealedBefore = new DataCipher(oldKey, List.of()).sealText("old secret", "p");
        DataCipher rotated = new DataCipher(key(), List.of(oldKey));
        assertEquals("old secret", rotated.openText(sealedBefore, "p"));
        assertNotEquals(DataCipher.keyIdOf(sealedBefore), DataCipher.keyIdOf(rotated.sealText("new", "p")));
    }

    @Test
    void refusesValuesOfAnUnknownKeyTamperedOrMovedToAnotherPurpose() {
        DataCipher cipher = new DataCipher(key(), List.of());
        byte[] sealed = cipher.sealText("contact", "complaint.contact");
        assertThrows(IllegalStateException.class, () -> cipher.openText(sealed, "complaint.narrative"));
        byte[] tampered = sealed.clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> cipher.openText(tampered, "complaint.contact"));
        assertThrows(IllegalStateException.class,
                () -> new DataCipher(key(), List.of()).openText(sealed, "complaint.contact"));
        assertThrows(IllegalArgumentException.class, () -> new DataCipher(new byte[16], List.of()));
    }
}
