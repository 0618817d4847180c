package org.jornada.channel.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * The signature of an "SMS Gateway for Android" webhook: {@code X-Signature} is the hex
 * HMAC-SHA256, under the signing key set in the app (Settings → Webhooks → Signing Key), of the raw
 * body followed by the {@code X-Timestamp} header (Unix seconds). A timestamp more than
 * {@link #WINDOW} from now, past or future, is refused, so a captured request cannot be played again
 * later (within the window the message id answers a retry once).
 * Source: https://docs.sms-gate.app/features/webhooks/ ("Payload Signing"; android-sms-gateway/docs-web,
 * docs/features/webhooks.md).
 */
public final class SmsGateSignature {

    public static final String SIGNATURE_HEADER = "X-Signature";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final Duration WINDOW = Duration.ofMinutes(5);
    private final String key;
    private final Clock clock;

    public SmsGateSignature(String key, Clock clock) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("no signing key");
        }
        this.key = key;
        this.clock = clock;
    }

    /** Whether the request is signed with the key and its timestamp is within the window of now. */
    public boolean valid(byte[] rawBody, String signature, String timestamp) {
        if (rawBody == null || signature == null || timestamp == null || !timestamp.matches("[0-9]{1,12}")) {
            return false;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        if (Math.abs(age) > WINDOW.toSeconds()) {
            return false;
        }
        return Hmac.equalsHex(Hmac.sha256(key, rawBody, timestamp.getBytes(StandardCharsets.US_ASCII)), signature);
    }
}
