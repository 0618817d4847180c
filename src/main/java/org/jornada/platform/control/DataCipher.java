package org.jornada.platform.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of narratives, contact details, messages and evidence at rest.
 *
 * <p>Every sealed value carries its key id beside the ciphertext, so keys can rotate: new values
 * are sealed with the current key, old values still open with a retired key.
 * Layout: {@code [version 0x01][key id, 4 bytes][IV, 12 bytes][ciphertext and 16-byte tag]}.
 * The key id is the first four bytes of the key's SHA-256. The purpose (for example
 * {@code "complaint.narrative"}) is bound as associated data, so a value cannot be moved
 * into another column unnoticed.
 */
public final class DataCipher {

    private static final byte VERSION = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER = 1 + 4 + IV_BYTES;

    /** Per thread: looking the provider up cost more than the encryption (docs/performance.md). */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    });
    private final SecretKeySpec current;
    private final int currentId;
    private final Map<Integer, SecretKeySpec> keys = new HashMap<>();

    /** @param currentKey 32 bytes; @param retiredKeys older keys that still open old values */
    public DataCipher(byte[] currentKey, List<byte[]> retiredKeys) {
        this.current = key(currentKey);
        this.currentId = keyId(currentKey);
        keys.put(currentId, current);
        for (byte[] retired : retiredKeys) {
            keys.putIfAbsent(keyId(retired), key(retired));
        }
    }

    public int currentKeyId() {
        return currentId;
    }

    public byte[] seal(byte[] plain, String purpose) {
        byte[] iv = new byte[IV_BYTES];
        PerThreadRandom.current().nextBytes(iv);
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.ENCRYPT_MODE, current, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = new byte[HEADER + cipher.getOutputSize(plain.length)];
            ByteBuffer.wrap(sealed).put(VERSION).putInt(currentId).put(iv);
            cipher.doFinal(plain, 0, plain.length, sealed, HEADER);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    public byte[] open(byte[] sealed, String purpose) {
        if (sealed.length < HEADER + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new IllegalArgumentException("Not a sealed value");
        }
        int id = ByteBuffer.wrap(sealed, 1, 4).getInt();
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("No key with id " + Integer.toHexString(id) + " is configured");
        }
        try {
            Cipher cipher = GCM.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 5, IV_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, HEADER, sealed.length - HEADER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed value failed authentication", e);
        }
    }

    /** Whether keys other than the current one are configured (values sealed with them may wait to be re-sealed). */
    public boolean hasRetiredKeys() {
        return keys.size() > 1;
    }

    /** The same value sealed with the current key (opened with whichever key sealed it). */
    public byte[] reseal(byte[] sealed, String purpose) {
        return seal(open(sealed, purpose), purpose);
    }

    public byte[] sealText(String text, String purpose) {
        return text == null ? null : seal(text.getBytes(StandardCharsets.UTF_8), purpose);
    }

    public String openText(byte[] sealed, String purpose) {
        return sealed == null ? null : new String(open(sealed, purpose), StandardCharsets.UTF_8);
    }

    /** The key id a sealed value was made with. */
    public static int keyIdOf(byte[] sealed) {
        return ByteBuffer.wrap(sealed, 1, 4).getInt();
    }

    static int keyId(byte[] key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
            return ByteBuffer.wrap(digest, 0, 4).getInt();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecretKeySpec key(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("A data key is 32 bytes (base64 of 32 random bytes), got " + bytes.length);
        }
        return new SecretKeySpec(Arrays.copyOf(bytes, 32), "AES");
    }
}
