package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The SDK's RequestValidator, loaded for real (only it, httpcore5 and commons-codec are on the class path). */
class TwilioSignatureTest {

    private static final String TOKEN = "12345678901234567890123456789012";
    private static final String PUBLIC = "https://jornada.example.org";
    private static final String URL = PUBLIC + "/api/v1/channels/twilio";

    private static Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", "SM0123456789abcdef0123456789abcdef");
        form.put("AccountSid", "AC0123456789abcdef0123456789abcdef");
        form.put("From", "whatsapp:+5215512345678");
        form.put("To", "whatsapp:+14155238886");
        form.put("Body", "Hola & adiós: ¿me ayudan? <b>1+1=2</b>");
        form.put("NumMedia", "0");
        form.put("FromCity", "GUADALAJARA");
        return form;
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    @Test
    void acceptsTheSignatureTwilioDocumentsOverThePublicUrl() throws Exception {
        String signature = SignatureVectors.twilio(TOKEN, URL, form());
        Map<String, String> received = FormFields.parse(encoded(form())).orElseThrow();
        assertEquals(form(), received);
        assertTrue(new TwilioSignature(TOKEN, PUBLIC).valid(received, signature));
        assertTrue(new TwilioSignature(TOKEN, PUBLIC + "/").valid(received, signature), "a trailing slash is the same URL");
        assertEquals(URL, new TwilioSignature(TOKEN, PUBLIC + "//").url());
    }

    @Test
    void refusesATamperedBody() throws Exception {
        String signature = SignatureVectors.twilio(TOKEN, URL, form());
        Map<String, String> tampered = form();
        tampered.put("Body", "Hola & adiós: ¿me ayudan? <b>1+1=3</b>");
        assertFalse(new TwilioSignature(TOKEN, PUBLIC).valid(tampered, signature));
        Map<String, String> added = form();
        added.put("NumMedia", "1");
        assertFalse(new TwilioSignature(TOKEN, PUBLIC).valid(added, signature));
    }

    @Test
    void refusesASignatureOverAnotherUrlSuchAsTheProxysInnerOne() throws Exception {
        TwilioSignature check = new TwilioSignature(TOKEN, PUBLIC);
        assertFalse(check.valid(form(), SignatureVectors.twilio(TOKEN, "http://10.0.0.5:8080/api/v1/channels/twilio", form())));
        assertFalse(check.valid(form(), SignatureVectors.twilio(TOKEN, "https://evil.example/api/v1/channels/twilio", form())));
        assertFalse(check.valid(form(), SignatureVectors.twilio(TOKEN, PUBLIC + "/api/v1/channels/smsgate", form())));
    }

    @Test
    void refusesASignatureUnderAnotherToken() throws Exception {
        String signature = SignatureVectors.twilio("abcdefabcdefabcdefabcdefabcdefab", URL, form());
        assertFalse(new TwilioSignature(TOKEN, PUBLIC).valid(form(), signature));
    }

    @Test
    void refusesAMissingOrEmptyHeader() {
        TwilioSignature check = new TwilioSignature(TOKEN, PUBLIC);
        assertFalse(check.valid(form(), null));
        assertFalse(check.valid(form(), ""));
        assertFalse(check.valid(form(), "not base64 at all!"));
        assertFalse(check.valid(null, "c2lnbmF0dXJl"));
    }

    @Test
    void aFormWithANameTwiceOrABrokenEscapeIsNoTwilioRequest() {
        assertTrue(FormFields.parse("Body=a&Body=b").isEmpty());
        assertTrue(FormFields.parse("Body=%E0%A4%A").isEmpty());
        assertTrue(FormFields.parse("a=1&".repeat(FormFields.MAX_FIELDS + 1)).isEmpty());
        assertEquals(Map.of("Body", "a b+c", "Empty", ""), FormFields.parse("Body=a+b%2Bc&Empty").orElseThrow());
    }

    @Test
    void aPhoneLineStepIsCheckedOverItsOwnAddressWithItsQueryString() throws Exception {
        String next = "/api/v1/channels/twilio/voice/next?at=DANGER";
        String signature = SignatureVectors.twilio(TOKEN, PUBLIC + next, form());
        assertTrue(TwilioSignature.at(TOKEN, PUBLIC + "/", next).valid(form(), signature));
        assertFalse(TwilioSignature.at(TOKEN, PUBLIC, "/api/v1/channels/twilio/voice/next?at=STORY")
                .valid(form(), signature), "another step's address");
        assertFalse(TwilioSignature.at(TOKEN, PUBLIC, "/api/v1/channels/twilio/voice/next").valid(form(), signature),
                "without its query string");
    }
}
