package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.junit.jupiter.api.Test;

/** Bodies as the gateway's docs show them (docs/features/webhooks.md, docs/features/mms.md). */
class SmsGatePayloadTest {

    private static Optional<Inbound> parse(String body) {
        return SmsGatePayload.parse(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aReceivedSmsIsOneInboundKeyedByTheEventId() {
        Inbound in = parse("{\"deviceId\":\"ffffffffceb0b1db0000018e937c815b\",\"event\":\"sms:received\","
                + "\"id\":\"Ey6ECgOkVVFjz3CL48B8C\",\"payload\":{\"messageId\":\"abc123\",\"message\":\"Hola, ¿me ayudan?\","
                + "\"sender\":\"+16505551212\",\"recipient\":\"+14155550100\",\"phoneNumber\":\"+16505551212\","
                + "\"simNumber\":1,\"receivedAt\":\"2024-06-22T15:46:11.000+07:00\"},\"webhookId\":\"w1\"}").orElseThrow();
        assertEquals(new Inbound(Provider.SMSGATE, Medium.SMS, "+16505551212", "Ey6ECgOkVVFjz3CL48B8C",
                "Hola, ¿me ayudan?", List.of()), in);
    }

    @Test
    void anOlderGatewayNamesTheSenderPhoneNumber() {
        Inbound in = parse("{\"event\":\"sms:received\",\"id\":\"E1\",\"payload\":{\"message\":\"AYUDA\","
                + "\"phoneNumber\":\"6505551212\",\"receivedAt\":\"2024-06-22T15:46:11.000+07:00\"}}").orElseThrow();
        assertEquals("+16505551212", in.number());
        assertEquals("AYUDA", in.text());
    }

    @Test
    void withoutAnEventIdThePayloadsMessageIdIsUsed() {
        assertEquals("abc123", parse("{\"event\":\"sms:received\",\"payload\":{\"messageId\":\"abc123\","
                + "\"message\":\"1\",\"sender\":\"+5215512345678\"}}").orElseThrow().messageId());
    }

    @Test
    void anMmsArrivesWithoutContentAndSaysSo() {
        Inbound in = parse("{\"deviceId\":\"d\",\"event\":\"mms:received\",\"id\":\"Ey6\",\"payload\":{"
                + "\"messageId\":\"mms_12345abcde\",\"sender\":\"+5215512345678\",\"recipient\":\"+1234567890\","
                + "\"transactionId\":\"T1\",\"subject\":\"Foto del campo\",\"size\":125684,\"contentClass\":\"IMAGE_BASIC\"}}")
                .orElseThrow();
        assertEquals("+525512345678", in.number());
        assertEquals("", in.text(), "the subject is not taken as the worker's answer");
        assertEquals(List.of(new Media("Ey6", SmsGatePayload.MMS_NOT_DELIVERED)), in.media());
    }

    @Test
    void otherEventsAreNoMessages() {
        for (String event : new String[] {"sms:sent", "sms:delivered", "sms:failed", "system:ping", "sms:data-received"}) {
            assertTrue(parse("{\"event\":\"" + event + "\",\"id\":\"E\",\"payload\":{\"messageId\":\"m\","
                    + "\"phoneNumber\":\"+16505551212\",\"message\":\"x\"}}").isEmpty(), event);
        }
    }

    @Test
    void malformedBodiesAreNoMessages() {
        for (String body : new String[] {"", "x", "[]", "{\"event\":\"sms:received\"}",
                "{\"event\":\"sms:received\",\"id\":\"E\",\"payload\":{\"sender\":\"hola\",\"message\":\"x\"}}",
                "{\"event\":\"sms:received\",\"id\":\"E\",\"payload\":[]}", "{\"event\":1}",
                "{\"event\":\"sms:received\",\"id\":\"E\",\"payload\":" + "[".repeat(70) + "]".repeat(70) + "}"}) {
            assertTrue(parse(body).isEmpty(), body);
        }
        assertTrue(SmsGatePayload.parse(null).isEmpty());
    }
}
