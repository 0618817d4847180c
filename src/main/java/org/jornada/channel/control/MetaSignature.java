package org.jornada.channel.control;

/**
 * Meta's {@code X-Hub-Signature-256} on a WhatsApp Cloud API webhook: {@code sha256=} and the hex
 * HMAC-SHA256 of the raw body under the app secret (Meta's "Webhooks: validating payloads"). Checked on
 * the bytes as they arrived, before any parsing, in constant time.
 *
 * <pre>{@code
 * if (!new MetaSignature(appSecret).valid(rawBody, request.getHeader(MetaSignature.HEADER))) { return 403; }
 * }</pre>
 */
public final class MetaSignature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String PREFIX = "sha256=";
    private final String appSecret;

    public MetaSignature(String appSecret) {
        if (appSecret == null || appSecret.isEmpty()) {
            throw new IllegalArgumentException("no app secret");
        }
        this.appSecret = appSecret;
    }

    /** Whether {@code header} is the signature of {@code rawBody}; false when missing or malformed. */
    public boolean valid(byte[] rawBody, String header) {
        if (rawBody == null || header == null || !header.startsWith(PREFIX)) {
            return false;
        }
        return Hmac.equalsHex(Hmac.sha256(appSecret, rawBody), header.substring(PREFIX.length()));
    }
}
