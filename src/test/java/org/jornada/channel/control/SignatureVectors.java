package org.jornada.channel.control;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signatures computed in the tests from each provider's documented algorithm, not by the code under test. */
public final class SignatureVectors {

    private SignatureVectors() {
    }

    public static byte[] hmac(String algorithm, String key, byte[] data) throws Exception {
        Mac mac = Mac.getInstance(algorithm);
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
        return mac.doFinal(data);
    }

    /** Twilio: Base64(HMAC-SHA1(auth token, URL + each name and value in name order)). */
    public static String twilio(String authToken, String url, Map<String, String> form) throws Exception {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        return Base64.getEncoder().encodeToString(
                hmac("HmacSHA1", authToken, signed.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Meta: "sha256=" + hex(HMAC-SHA256(app secret, raw body)). */
    public static String meta(String appSecret, byte[] body) throws Exception {
        return "sha256=" + HexFormat.of().formatHex(hmac("HmacSHA256", appSecret, body));
    }

    /** The Android gateway: hex(HMAC-SHA256(key, raw body + timestamp)). */
    public static String smsgate(String key, String body, String timestamp) throws Exception {
        return HexFormat.of().formatHex(hmac("HmacSHA256", key, (body + timestamp).getBytes(StandardCharsets.UTF_8)));
    }
}
