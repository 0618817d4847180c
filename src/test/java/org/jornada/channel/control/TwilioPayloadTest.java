package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.junit.jupiter.api.Test;

class TwilioPayloadTest {

    private static Map<String, String> form(String from) {
        Map<String, String> form = new HashMap<>();
        form.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
        form.put("From", from);
        form.put("To", "+14155550100");
        form.put("Body", "Hola");
        form.put("NumMedia", "0");
        return form;
    }

    @Test
    void aWhatsappSenderIsWhatsappAndItsNumberNormalized() {
        Inbound in = TwilioPayload.parse(form("whatsapp:+5215512345678")).orElseThrow();
        assertEquals(new Inbound(Provider.TWILIO, Medium.WHATSAPP, "+525512345678",
                "SM0123456789abcdef0123456789abcdef", "Hola", List.of()), in);
    }

    @Test
    void anyOtherSenderIsSms() {
        Inbound in = TwilioPayload.parse(form("+16505551212")).orElseThrow();
        assertEquals(Medium.SMS, in.medium());
        assertEquals("+16505551212", in.number());
    }

    @Test
    void mediaComeInTheirOrderWithTheirClaimedTypes() {
        Map<String, String> form = form("whatsapp:+525512345678");
        form.put("NumMedia", "2");
        form.put("MediaUrl0", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1");
        form.put("MediaContentType0", "image/jpeg");
        form.put("MediaUrl1", "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME2");
        form.put("MediaContentType1", "audio/ogg");
        form.put("MediaUrl2", "https://api.twilio.com/not-counted");
        assertEquals(List.of(new Media(form.get("MediaUrl0"), "image/jpeg"), new Media(form.get("MediaUrl1"), "audio/ogg")),
                TwilioPayload.parse(form).orElseThrow().media());
    }

    @Test
    void aBrokenOrHugeMediaCountOrAUrlThatIsNotHttpReadsNoMedium() {
        Map<String, String> form = form("+16505551212");
        form.put("NumMedia", "many");
        assertTrue(TwilioPayload.parse(form).orElseThrow().media().isEmpty());
        form.put("NumMedia", "1");
        form.put("MediaUrl0", "file:///etc/passwd");
        assertTrue(TwilioPayload.parse(form).orElseThrow().media().isEmpty());
        form.put("NumMedia", "999999");
        for (int i = 0; i < 20; i++) {
            form.put("MediaUrl" + i, "https://api.twilio.com/m/" + i);
        }
        assertEquals(TwilioPayload.MAX_MEDIA, TwilioPayload.parse(form).orElseThrow().media().size());
    }

    @Test
    void twiliosGuessOfWhereTheWorkerIsGoesNowhere() {
        Map<String, String> form = form("+16505551212");
        form.putAll(Map.of("FromCity", "TIFTON", "FromState", "GA", "FromZip", "31794", "FromCountry", "US",
                "ToCity", "ATLANTA", "ToState", "GA", "ToZip", "30301", "ToCountry", "US"));
        String kept = TwilioPayload.parse(form).orElseThrow().toString();
        for (String field : TwilioPayload.LOCATION_FIELDS) {
            assertFalse(kept.contains(form.get(field)), field);
        }
    }

    @Test
    void noSenderNumberOrNoMessageIdIsNoMessage() {
        assertTrue(TwilioPayload.parse(form("whatsapp:hola")).isEmpty());
        assertTrue(TwilioPayload.parse(form("")).isEmpty());
        Map<String, String> noSid = form("+16505551212");
        noSid.remove("MessageSid");
        assertTrue(TwilioPayload.parse(noSid).isEmpty());
        Map<String, String> badSid = form("+16505551212");
        badSid.put("MessageSid", "SM1'; DROP TABLE x");
        assertTrue(TwilioPayload.parse(badSid).isEmpty());
        assertTrue(TwilioPayload.parse(null).isEmpty());
        assertTrue(TwilioPayload.parse(Map.of()).isEmpty());
    }

    @Test
    void aMissingBodyIsAnEmptyText() {
        Map<String, String> form = form("+16505551212");
        form.remove("Body");
        assertEquals("", TwilioPayload.parse(form).orElseThrow().text());
    }
}
