package org.jornada.channel.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 over raw bytes and a constant-time comparison with a hex signature a provider sent. */
final class Hmac {

    private Hmac() {
    }

    static byte[] sha256(String key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException absent) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", absent);
        }
    }

    /** Whether {@code hex} (either case) spells {@code expected}; compared in constant time. */
    static boolean equalsHex(byte[] expected, String hex) {
        if (hex == null || hex.length() != expected.length * 2 || !hex.matches("[0-9a-fA-F]+")) {
            return false;
        }
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(hex));
    }
}
