package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.entity.Medium;
import org.jornada.testing.FakeProvider;
import org.junit.jupiter.api.Test;

class ProviderSendersTest {

    private static String text(FakeProvider.Request request, String object, String field) {
        return Json.createReader(new StringReader(request.text())).readObject().getJsonObject(object).getString(field);
    }

    @Test
    void whatsappGoesThroughTheCloudApiAndSmsThroughTheGatewayInGsm7() throws IOException {
        try (FakeProvider graph = FakeProvider.start(); FakeProvider gateway = FakeProvider.start()) {
            graph.answer("POST", "/v21.0/106540352242922/messages", 200, "application/json", "{}");
            gateway.answer("POST", "/message", 202, "application/json", "{}");
            ProviderSenders senders = new ProviderSenders(
                    new WhatsAppCloud(WhatsAppCloudTest.settings(graph.base(), null)),
                    new SmsGateClient(SmsGateClientTest.settings(gateway.base() + "/message")));
            assertTrue(senders.canSend(Medium.WHATSAPP) && senders.canSend(Medium.SMS));
            senders.send(Medium.WHATSAPP, "+525512345678", "Nuevo reporte urgente #123 — abra la cola");
            senders.send(Medium.SMS, "+16505551212", "Nuevo reporte urgente #123 — abra la cola “ya”");
            assertEquals("Nuevo reporte urgente #123 — abra la cola", text(graph.only(), "text", "body"));
            assertEquals("Nuevo reporte urgente #123 - abra la cola \"ya\"", text(gateway.only(), "textMessage", "text"));
        }
    }

    @Test
    void aMediumWithoutItsProviderCannotBeSent() {
        ChannelSettings none = new ChannelSettings(null, "twilio-only", null, null, null, null, null, null, null, null,
                null, null, null);
        ProviderSenders senders = new ProviderSenders(new WhatsAppCloud(none), new SmsGateClient(none));
        assertFalse(senders.canSend(Medium.WHATSAPP));
        assertFalse(senders.canSend(Medium.SMS));
        assertThrows(IOException.class, () -> senders.send(Medium.SMS, "+16505551212", "x"));
    }
}
