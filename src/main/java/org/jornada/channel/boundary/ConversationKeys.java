package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jornada.platform.control.Secrets;

/**
 * The key a conversation is kept under: HMAC-SHA256 of the normalized number with the portal's
 * receipt secret (its own label, so the value matches no other use of that secret). The number is
 * not stored; without the secret the key cannot be turned back into it, and with the secret only
 * by trying numbers, which is why the secret stays in the data folder, never in the database.
 */
@ApplicationScoped
public class ConversationKeys {

    @Inject
    Secrets secrets;

    public String of(String e164) {
        return hmac("jornada channel conversation\n" + e164);
    }

    /** The key a phone call is kept under (issue #29): Twilio's CallSid, never the caller's number. */
    public String ofCall(String callSid) {
        return hmac("jornada channel call\n" + callSid);
    }

    /** The key a provider's message id is remembered under (answered once). */
    public String ofMessage(String provider, String messageId) {
        return hmac("jornada channel message\n" + provider + "\n" + messageId);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secrets.receiptSecret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
