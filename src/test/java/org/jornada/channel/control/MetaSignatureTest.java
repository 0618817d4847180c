package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MetaSignatureTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsTheHmacOfTheRawBodyUnderTheAppSecret() throws Exception {
        String header = SignatureVectors.meta(SECRET, BODY);
        assertTrue(new MetaSignature(SECRET).valid(BODY, header));
        assertTrue(new MetaSignature(SECRET).valid(BODY, "sha256=" + header.substring(7).toUpperCase()));
    }

    @Test
    void refusesATamperedBody() throws Exception {
        String header = SignatureVectors.meta(SECRET, BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] = '2';
        assertFalse(new MetaSignature(SECRET).valid(tampered, header));
        byte[] spaced = (new String(BODY, StandardCharsets.UTF_8) + " ").getBytes(StandardCharsets.UTF_8);
        assertFalse(new MetaSignature(SECRET).valid(spaced, header), "the raw bytes are signed, not the JSON");
    }

    @Test
    void refusesAnotherSecret() throws Exception {
        assertFalse(new MetaSignature(SECRET).valid(BODY, SignatureVectors.meta("another secret", BODY)));
    }

    @Test
    void refusesAMissingOrMalformedHeader() throws Exception {
        String header = SignatureVectors.meta(SECRET, BODY);
        MetaSignature check = new MetaSignature(SECRET);
        assertFalse(check.valid(BODY, null));
        assertFalse(check.valid(BODY, ""));
        assertFalse(check.valid(BODY, header.substring(7)), "without sha256=");
        assertFalse(check.valid(BODY, "sha1=" + header.substring(7)));
        assertFalse(check.valid(BODY, header.substring(0, header.length() - 2)), "cut short");
        assertFalse(check.valid(BODY, header.substring(0, header.length() - 1) + "g"), "not hex");
        assertFalse(check.valid(null, header));
    }
}
