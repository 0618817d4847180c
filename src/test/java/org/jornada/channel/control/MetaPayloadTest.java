package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.junit.jupiter.api.Test;

/** Bodies shaped as Meta's "messages" webhook reference shows them (WhatsApp Cloud API). */
class MetaPayloadTest {

    private static byte[] notification(String... values) {
        StringBuilder changes = new StringBuilder();
        for (String value : values) {
            changes.append(changes.length() == 0 ? "" : ",").append("{\"field\":\"messages\",\"value\":").append(value)
                    .append('}');
        }
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":["
                + changes + "]}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String value(String... messages) {
        return "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
                + "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Juana Pérez\"},"
                + "\"wa_id\":\"5215512345678\"}],\"messages\":[" + String.join(",", messages) + "]}";
    }

    private static String message(String id, String type, String content) {
        return "{\"from\":\"5215512345678\",\"id\":\"" + id + "\",\"timestamp\":\"1749416383\",\"type\":\"" + type + "\""
                + (content.isEmpty() ? "" : "," + content) + "}";
    }

    @Test
    void aTextMessageFromAMexicanNumberIsOneInbound() {
        List<Inbound> in = MetaPayload.parse(notification(value(message("wamid.A1", "text",
                "\"text\":{\"body\":\"Hola, necesito ayuda\"}"))));
        assertEquals(List.of(new Inbound(Provider.WHATSAPP_CLOUD, Medium.WHATSAPP, "+525512345678", "wamid.A1",
                "Hola, necesito ayuda", List.of())), in);
    }

    @Test
    void aPhotoAndAVoiceNoteComeAsMediaIdsWithTheirTypes() {
        List<Inbound> in = MetaPayload.parse(notification(value(
                message("wamid.P", "image", "\"image\":{\"caption\":\"el recibo\",\"mime_type\":\"image/jpeg\","
                        + "\"sha256\":\"abc\",\"id\":\"1003383421387256\"}"),
                message("wamid.V", "audio", "\"audio\":{\"mime_type\":\"audio/ogg; codecs=opus\",\"sha256\":\"x\","
                        + "\"id\":\"2003383421387256\",\"voice\":true}"))));
        assertEquals(2, in.size());
        assertEquals("el recibo", in.get(0).text());
        assertEquals(List.of(new Media("1003383421387256", "image/jpeg")), in.get(0).media());
        assertEquals(List.of(new Media("2003383421387256", "audio/ogg; codecs=opus")), in.get(1).media());
        assertEquals("wamid.V", in.get(1).messageId());
    }

    @Test
    void severalEntriesAndChangesGiveEveryMessageInOrder() {
        byte[] body = notification(value(message("wamid.1", "text", "\"text\":{\"body\":\"1\"}")),
                value(message("wamid.2", "text", "\"text\":{\"body\":\"2\"}"),
                        message("wamid.3", "button", "\"button\":{\"text\":\"Sí\",\"payload\":\"yes\"}")));
        assertEquals(List.of("wamid.1", "wamid.2", "wamid.3"),
                MetaPayload.parse(body).stream().map(Inbound::messageId).toList());
        assertEquals("Sí", MetaPayload.parse(body).get(2).text());
    }

    @Test
    void anInteractiveReplyReadsItsTitle() {
        List<Inbound> in = MetaPayload.parse(notification(value(message("wamid.I", "interactive",
                "\"interactive\":{\"type\":\"button_reply\",\"button_reply\":{\"id\":\"b1\",\"title\":\"AYUDA\"}}"))));
        assertEquals("AYUDA", in.get(0).text());
    }

    @Test
    void aSharedLocationArrivesWithoutItsCoordinates() {
        List<Inbound> in = MetaPayload.parse(notification(value(message("wamid.L", "location",
                "\"location\":{\"latitude\":31.45,\"longitude\":-83.51,\"name\":\"Campo 4\",\"address\":\"Tifton, GA\"}"))));
        assertEquals(1, in.size());
        assertEquals("", in.get(0).text());
        assertTrue(in.get(0).media().isEmpty());
        assertTrue(!in.get(0).toString().contains("31.45") && !in.get(0).toString().contains("Campo"));
    }

    @Test
    void aReactionIsNoMessage() {
        assertEquals(List.of(), MetaPayload.parse(notification(value(message("wamid.R", "reaction",
                "\"reaction\":{\"message_id\":\"wamid.OUT\",\"emoji\":\"\uD83D\uDC4D\"}")))));
    }

    @Test
    void deliveryStatusesAreNoMessages() {
        String statuses = "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"phone_number_id\":\"1\"},"
                + "\"statuses\":[{\"id\":\"wamid.S\",\"status\":\"delivered\",\"recipient_id\":\"5215512345678\"}]}";
        assertEquals(List.of(), MetaPayload.parse(notification(statuses)));
    }

    @Test
    void aMessageWithoutSenderOrIdIsSkippedAndTheOthersKept() {
        String noFrom = "{\"id\":\"wamid.X\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}";
        String noId = "{\"from\":\"5215512345678\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}";
        String wrongTypes = "{\"from\":5215512345678,\"id\":[1],\"type\":\"text\",\"text\":\"x\"}";
        List<Inbound> in = MetaPayload.parse(notification(value(noFrom, noId, wrongTypes,
                message("wamid.OK", "text", "\"text\":{\"body\":7}"))));
        assertEquals(1, in.size());
        assertEquals("wamid.OK", in.get(0).messageId());
        assertEquals("", in.get(0).text(), "a body that is not a string is no text");
    }

    @Test
    void malformedOrForeignBodiesAreNoMessages() {
        for (String body : new String[] {"", "not json", "[]", "{\"object\":\"page\",\"entry\":[]}", "{\"object\":",
                "{\"object\":\"whatsapp_business_account\",\"entry\":{}}", "null", "\"text\""}) {
            assertEquals(List.of(), MetaPayload.parse(body.getBytes(StandardCharsets.UTF_8)), body);
        }
        assertEquals(List.of(), MetaPayload.parse(null));
    }

    @Test
    void aBodyNestedPastTheLimitIsRefusedBeforeParsing() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        byte[] body = ("{\"object\":\"whatsapp_business_account\",\"entry\":" + deep + "}").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), MetaPayload.parse(body));
    }
}
