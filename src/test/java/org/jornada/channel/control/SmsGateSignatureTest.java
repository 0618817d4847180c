package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SmsGateSignatureTest {

    private static final String KEY = "signing-key-from-the-app";
    private static final Instant NOW = Instant.parse("2026-12-07T04:00:00Z");
    private static final String BODY = "{\"deviceId\":\"ffffffffceb0b1db0000018e937c815b\",\"event\":\"sms:received\","
            + "\"id\":\"Ey6ECgOkVVFjz3CL48B8C\",\"payload\":{\"message\":\"Hola, ¿me ayudan?\",\"sender\":\"+16505551212\"}}";

    private static SmsGateSignature at(Instant now) {
        return new SmsGateSignature(KEY, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void acceptsTheHmacOfBodyAndTimestampWithinFiveMinutes() throws Exception {
        for (long age : new long[] {0, 299, -299}) {
            String timestamp = Long.toString(NOW.getEpochSecond() - age);
            assertTrue(at(NOW).valid(bytes(BODY), SignatureVectors.smsgate(KEY, BODY, timestamp), timestamp), "age " + age);
        }
    }

    @Test
    void refusesAnOldOrFutureTimestampEvenWhenSigned() throws Exception {
        for (long age : new long[] {301, 3600, -301, NOW.getEpochSecond()}) {
            String timestamp = Long.toString(NOW.getEpochSecond() - age);
            assertFalse(at(NOW).valid(bytes(BODY), SignatureVectors.smsgate(KEY, BODY, timestamp), timestamp), "age " + age);
        }
    }

    @Test
    void refusesARequestReplayedAfterTheWindow() throws Exception {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signature = SignatureVectors.smsgate(KEY, BODY, timestamp);
        assertTrue(at(NOW).valid(bytes(BODY), signature, timestamp));
        assertFalse(at(NOW.plusSeconds(6 * 60)).valid(bytes(BODY), signature, timestamp));
    }

    @Test
    void refusesAnotherTimestampThanTheSignedOne() throws Exception {
        String signed = Long.toString(NOW.getEpochSecond() - 400);
        String fresh = Long.toString(NOW.getEpochSecond());
        assertFalse(at(NOW).valid(bytes(BODY), SignatureVectors.smsgate(KEY, BODY, signed), fresh));
    }

    @Test
    void refusesATamperedBodyOrAnotherKey() throws Exception {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signature = SignatureVectors.smsgate(KEY, BODY, timestamp);
        assertFalse(at(NOW).valid(bytes(BODY.replace("+16505551212", "+16505551213")), signature, timestamp));
        assertFalse(at(NOW).valid(bytes(BODY), SignatureVectors.smsgate("other key", BODY, timestamp), timestamp));
    }

    @Test
    void refusesMissingOrMalformedHeaders() throws Exception {
        String timestamp = Long.toString(NOW.getEpochSecond());
        String signature = SignatureVectors.smsgate(KEY, BODY, timestamp);
        assertFalse(at(NOW).valid(bytes(BODY), null, timestamp));
        assertFalse(at(NOW).valid(bytes(BODY), signature, null));
        assertFalse(at(NOW).valid(bytes(BODY), signature, timestamp + ".0"));
        assertFalse(at(NOW).valid(bytes(BODY), signature, "-" + timestamp));
        assertFalse(at(NOW).valid(bytes(BODY), "", timestamp));
        assertFalse(at(NOW).valid(null, signature, timestamp));
        assertThrows(IllegalArgumentException.class, () -> new SmsGateSignature("", Clock.systemUTC()));
    }
}
