package org.jornada.platform.control;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A cryptographically strong generator per thread. {@code new SecureRandom()} on Linux is
 * NativePRNG, whose instances share one lock and one {@code /dev/urandom} reader: under load every
 * request queued on it. Each thread here has its own DRBG (NIST SP 800-90A, seeded from the
 * operating system's entropy source), so nothing is shared.
 */
public final class PerThreadRandom {

    private static final ThreadLocal<SecureRandom> CURRENT = ThreadLocal.withInitial(PerThreadRandom::newDrbg);

    private PerThreadRandom() {
    }

    /** A random key of 16 bytes (128 bits) as 22 base64url characters: form tokens, hold keys. */
    public static String urlToken() {
        byte[] bytes = new byte[16];
        current().nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** This thread's generator; never pass it to another thread. */
    public static SecureRandom current() {
        return CURRENT.get();
    }

    private static SecureRandom newDrbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
