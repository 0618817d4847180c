package org.jornada.complaint.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jornada.complaint.entity.ReceiptCode;

/**
 * HMAC-SHA256 of receipt codes under the server's pepper: the database keeps only this, so a copy
 * of the database alone cannot test guesses. The same secret derives the receipt of a form
 * submission from its one-time token, which makes a repeated POST show the same receipt.
 */
public class ReceiptHasher {

    private final SecretKeySpec key;
    /** One initialised Mac per thread (a Mac is not thread-safe; making one per call was costly). */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public ReceiptHasher(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("The receipt secret needs at least 16 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String hash(ReceiptCode code) {
        return HexFormat.of().formatHex(mac("receipt:" + code.digits()));
    }

    /** The key under which a form submission token is stored (to refuse filing it twice). */
    public String submissionKey(String token) {
        return HexFormat.of().formatHex(mac("submission:" + token));
    }

    /** The receipt code that belongs to a form submission token. */
    public ReceiptCode receiptFor(String token) {
        return ReceiptCode.fromBytes(mac("submission-receipt:" + token));
    }

    private byte[] mac(String input) {
        // doFinal resets the Mac to its key, ready for the next input
        return macs.get().doFinal(input.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
