package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChannelSettingsTest {

    static ChannelSettings all(String graphUrl, String smsgateUrl) {
        return new ChannelSettings("https://jornada.example.org", "twilio-token", "app-secret", "verify-token",
                "graph-token", "106540352242922", graphUrl, null, null, smsgateUrl, "gate-key", "gate-user", "gate-pass");
    }

    @Test
    void everyProviderWithAllItNeedsIsOn() {
        ChannelSettings settings = all(null, "http://192.168.1.10:8080/message");
        assertTrue(settings.twilioOn());
        assertTrue(settings.whatsappOn());
        assertTrue(settings.smsgateOn());
        assertEquals("https://graph.facebook.com", settings.whatsappGraphUrl());
        assertEquals("v21.0", settings.whatsappVersion());
        assertEquals("jornada_new_reply", settings.whatsappTemplate());
    }

    @Test
    void aProviderWithoutItsSecretIsOff() {
        ChannelSettings none = new ChannelSettings(null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        assertFalse(none.twilioOn() || none.whatsappOn() || none.whatsappSends() || none.smsgateOn() || none.smsgateSends());
        assertFalse(new ChannelSettings(null, "t", null, null, null, null, null, null, null, null, null, null, null)
                .twilioOn(), "Twilio signs the public URL: without it nothing can be checked");
        ChannelSettings noSecret = new ChannelSettings("https://x", " ", null, "v", "t", "1", null, null, null,
                "http://gw/message", null, "u", "p");
        assertFalse(noSecret.twilioOn());
        assertFalse(noSecret.whatsappOn());
        assertTrue(noSecret.whatsappSends(), "sending needs only the token and the phone id");
        assertFalse(noSecret.smsgateOn());
        assertTrue(noSecret.smsgateSends());
    }

    @Test
    void itsDescriptionNamesNoValue() {
        String said = all("https://graph.example/", "http://gw/message").toString();
        for (String secret : new String[] {"twilio-token", "app-secret", "verify-token", "graph-token", "gate-key",
                "gate-pass", "gate-user"}) {
            assertFalse(said.contains(secret), said);
        }
        assertEquals("https://graph.example", all("https://graph.example/", null).whatsappGraphUrl());
    }
}
