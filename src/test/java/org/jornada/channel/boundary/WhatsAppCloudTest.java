package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.MediaBytes;
import org.jornada.testing.FakeProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WhatsAppCloudTest {

    private static final String PHONE_ID = "106540352242922";
    private static final String SENT = "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+525512345678\","
            + "\"wa_id\":\"5215512345678\"}],\"messages\":[{\"id\":\"wamid.HBgM\"}]}";
    private FakeProvider graph;
    private WhatsAppCloud cloud;

    static ChannelSettings settings(String graphUrl, String template) {
        return new ChannelSettings("https://jornada.example.org", null, "app-secret", "verify-token", "graph-token",
                PHONE_ID, graphUrl, null, template, null, null, null, null);
    }

    private static JsonObject json(FakeProvider.Request request) {
        return Json.createReader(new StringReader(request.text())).readObject();
    }

    @BeforeEach
    void start() throws IOException {
        graph = FakeProvider.start();
        cloud = new WhatsAppCloud(settings(graph.base(), null));
    }

    @AfterEach
    void stop() {
        graph.close();
    }

    @Test
    void sendsATextToThePhoneNumbersMessagesWithTheBearer() throws IOException {
        graph.answer("POST", "/v21.0/" + PHONE_ID + "/messages", 200, "application/json", SENT);
        cloud.sendText("+525512345678", "Hay una respuesta: “lea su caso”");
        FakeProvider.Request sent = graph.only();
        assertEquals("POST", sent.method());
        assertEquals("Bearer graph-token", sent.header("Authorization"));
        assertTrue(sent.header("Content-Type").startsWith("application/json"));
        JsonObject body = json(sent);
        assertEquals("whatsapp", body.getString("messaging_product"));
        assertEquals("+525512345678", body.getString("to"));
        assertEquals("text", body.getString("type"));
        assertEquals("Hay una respuesta: “lea su caso”", body.getJsonObject("text").getString("body"));
    }

    @Test
    void sendsTheTemplateWithNothingButItsNameAndLanguage() throws IOException {
        cloud = new WhatsAppCloud(settings(graph.base(), "aviso_respuesta"));
        graph.answer("POST", "/v21.0/" + PHONE_ID + "/messages", 200, "application/json", SENT);
        cloud.sendTemplate("+16505551212", "es_MX");
        JsonObject body = json(graph.only());
        assertEquals("template", body.getString("type"));
        JsonObject template = body.getJsonObject("template");
        assertEquals("aviso_respuesta", template.getString("name"));
        assertEquals("es_MX", template.getJsonObject("language").getString("code"));
        assertEquals(2, template.size(), "no components: the template carries no code and no case detail");
        assertThrows(IllegalArgumentException.class, () -> cloud.sendTemplate("+16505551212", "es-MX\"}"));
    }

    @Test
    void aRefusalFailsNamingOnlyTheStatus() {
        graph.answer("POST", "/v21.0/" + PHONE_ID + "/messages", 400, "application/json",
                "{\"error\":{\"message\":\"(#131030) +525512345678 not in allowed list\",\"code\":131030}}");
        IOException failure = assertThrows(IOException.class, () -> cloud.sendText("+525512345678", "secreto"));
        assertEquals("WhatsApp Cloud API answered 400", failure.getMessage());
    }

    @Test
    void anUnreachableGraphApiFailsQuickly() throws IOException {
        String base = graph.base();
        graph.close();
        WhatsAppCloud gone = new WhatsAppCloud(settings(base, null));
        long start = System.nanoTime();
        assertThrows(IOException.class, () -> gone.sendText("+525512345678", "x"));
        assertTrue(System.nanoTime() - start < 6_000_000_000L);
    }

    @Test
    void downloadsAMediumByItsIdThenItsUrlWithTheBearer() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        graph.answer("GET", "/v21.0/1003383421387256", 200, "application/json", "{\"url\":\"" + graph.base()
                + "/whatsapp_business/attachments/?mid=1003383421387256&ext=1\",\"mime_type\":\"image/jpeg\","
                + "\"sha256\":\"x\",\"file_size\":7,\"id\":\"1003383421387256\",\"messaging_product\":\"whatsapp\"}");
        graph.answer("GET", "/whatsapp_business/attachments/", 200, Map.of("Content-Type", "image/jpeg"), jpeg);
        MediaBytes got = cloud.download("1003383421387256", 10 * 1024 * 1024);
        assertArrayEquals(jpeg, got.bytes());
        assertEquals("image/jpeg", got.contentType());
        assertEquals(2, graph.requests().size());
        graph.requests().forEach(r -> assertEquals("Bearer graph-token", r.header("Authorization")));
    }

    @Test
    void aMediumOverTheLimitIsRefusedBeforeOrWhileItIsRead() {
        graph.answer("GET", "/v21.0/1", 200, "application/json",
                "{\"url\":\"" + graph.base() + "/blob/1\",\"mime_type\":\"video/mp4\",\"file_size\":99999999}");
        assertThrows(MediaBytes.TooLargeException.class, () -> cloud.download("1", 1000));
        assertEquals(1, graph.requests().size(), "the bytes were never asked for");
        graph.answer("GET", "/v21.0/2", 200, "application/json", "{\"url\":\"" + graph.base() + "/blob/2\"}");
        graph.answer("GET", "/blob/2", 200, Map.of("Content-Type", "image/jpeg"), new byte[2000]);
        assertThrows(MediaBytes.TooLargeException.class, () -> cloud.download("2", 1000));
    }

    @Test
    void theBearerGoesOnlyToHttpsOrTheGraphApisOwnOrigin() {
        graph.answer("GET", "/v21.0/3", 200, "application/json", "{\"url\":\"http://203.0.113.9/steal\"}");
        assertThrows(IOException.class, () -> cloud.download("3", 1000));
        graph.answer("GET", "/v21.0/4", 200, "application/json", "{\"no\":\"url\"}");
        assertThrows(IOException.class, () -> cloud.download("4", 1000));
        graph.answer("GET", "/v21.0/5", 200, "text/html", "<html>");
        assertThrows(IOException.class, () -> cloud.download("5", 1000));
        assertEquals(3, graph.requests().size());
    }

    @Test
    void deletesMetasCopyOfAMedium() throws IOException {
        graph.answer("DELETE", "/v21.0/1003383421387256", 200, "application/json", "{\"success\":true}");
        cloud.delete("1003383421387256");
        assertEquals("DELETE", graph.only().method());
        assertEquals("/v21.0/1003383421387256", graph.only().path());
        assertEquals("Bearer graph-token", graph.only().header("Authorization"));
    }

    @Test
    void anIdThatIsNotAGraphIdNeverReachesThePath() {
        for (String id : new String[] {"../" + PHONE_ID, "1/messages", "1?fields=x", "", "a b"}) {
            assertThrows(IllegalArgumentException.class, () -> cloud.delete(id), id);
        }
        assertTrue(graph.requests().isEmpty());
        assertFalse(new WhatsAppCloud(new ChannelSettings(null, null, null, null, null, null, null, null, null, null,
                null, null, null)).configured());
        assertTrue(cloud.configured());
    }
}
