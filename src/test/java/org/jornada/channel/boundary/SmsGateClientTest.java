package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.testing.FakeProvider;
import org.junit.jupiter.api.Test;

class SmsGateClientTest {

    static ChannelSettings settings(String url) {
        return new ChannelSettings(null, null, null, null, null, null, null, null, null, url, "gate-key", "gate-user",
                "gate-pass");
    }

    @Test
    void sendsATextMessageToTheGatewaysApiWithBasicAuthentication() throws IOException {
        try (FakeProvider gateway = FakeProvider.start()) {
            gateway.answer("POST", "/message", 202, "application/json", "{\"id\":\"PyDmBQZZXYmyxMwED8Fzy\",\"state\":\"Pending\"}");
            new SmsGateClient(settings(gateway.base() + "/message")).send("+16505551212", "Nueva respuesta. Codigo?");
            FakeProvider.Request sent = gateway.only();
            assertEquals("POST", sent.method());
            assertEquals("/message", sent.path());
            assertEquals("Basic " + Base64.getEncoder().encodeToString("gate-user:gate-pass".getBytes(StandardCharsets.UTF_8)),
                    sent.header("Authorization"));
            assertTrue(sent.header("Content-Type").startsWith("application/json"));
            JsonObject body = Json.createReader(new StringReader(sent.text())).readObject();
            assertEquals("Nueva respuesta. Codigo?", body.getJsonObject("textMessage").getString("text"));
            assertEquals(1, body.getJsonArray("phoneNumbers").size());
            assertEquals("+16505551212", body.getJsonArray("phoneNumbers").getString(0));
            assertFalse(body.containsKey("message"), "the deprecated field is not used");
        }
    }

    @Test
    void theCloudsAddressIsUsedAsGiven() throws IOException {
        try (FakeProvider gateway = FakeProvider.start()) {
            gateway.answer("POST", "/3rdparty/v1/messages", 202, "application/json", "{}");
            new SmsGateClient(settings(gateway.base() + "/3rdparty/v1/messages")).send("+525512345678", "x");
            assertEquals("/3rdparty/v1/messages", gateway.only().path());
        }
    }

    @Test
    void aRefusalFailsNamingOnlyTheStatus() throws IOException {
        try (FakeProvider gateway = FakeProvider.start()) {
            gateway.answer("POST", "/message", 401, "application/json", "{\"message\":\"+16505551212 unauthorized\"}");
            IOException failure = assertThrows(IOException.class,
                    () -> new SmsGateClient(settings(gateway.base() + "/message")).send("+16505551212", "secreto"));
            assertEquals("SMS gateway answered 401", failure.getMessage());
        }
        assertThrows(IOException.class, () -> new SmsGateClient(settings("not a url")).send("+16505551212", "x"));
    }
}
