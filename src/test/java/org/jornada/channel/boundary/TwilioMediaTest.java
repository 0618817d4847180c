package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.MediaBytes;
import org.jornada.testing.FakeProvider;
import org.junit.jupiter.api.Test;

class TwilioMediaTest {

    private static final String ACCOUNT = "AC0123456789abcdef0123456789abcdef";
    private static final String PATH = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages/MM1/Media/ME1";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString((ACCOUNT + ":twilio-token").getBytes(StandardCharsets.UTF_8));
    private static final TwilioMedia MEDIA = new TwilioMedia(new ChannelSettings("https://jornada.example.org",
            "twilio-token", null, null, null, null, null, null, null, null, null, null, null));

    @Test
    void downloadsWithTheAccountFromTheUrlAndTheAuthToken() throws IOException {
        byte[] ogg = "OggS voice".getBytes(StandardCharsets.US_ASCII);
        try (FakeProvider twilio = FakeProvider.start()) {
            twilio.answer("GET", PATH, 200, Map.of("Content-Type", "audio/ogg"), ogg);
            MediaBytes got = MEDIA.download(twilio.base() + PATH, 1000);
            assertArrayEquals(ogg, got.bytes());
            assertEquals("audio/ogg", got.contentType());
            assertEquals(BASIC, twilio.only().header("Authorization"));
        }
    }

    @Test
    void followsTheRedirectToTheContentStoreWithoutTheCredentials() throws IOException {
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        try (FakeProvider twilio = FakeProvider.start(); FakeProvider store = FakeProvider.start()) {
            twilio.answer("GET", PATH, 307, Map.of("Location", store.base() + "/blob/ME1?Signature=x"), new byte[0]);
            store.answer("GET", "/blob/ME1", 200, Map.of("Content-Type", "image/jpeg"), jpeg);
            assertArrayEquals(jpeg, MEDIA.download(twilio.base() + PATH, 1000).bytes());
            assertEquals(BASIC, twilio.only().header("Authorization"));
            assertNull(store.only().header("Authorization"), "the auth token never leaves Twilio's origin");
        }
    }

    @Test
    void stopsAfterThreeRedirects() throws IOException {
        try (FakeProvider twilio = FakeProvider.start()) {
            twilio.answer("GET", PATH, 302, Map.of("Location", PATH), new byte[0]);
            assertThrows(IOException.class, () -> MEDIA.download(twilio.base() + PATH, 1000));
            assertEquals(TwilioMedia.MAX_REDIRECTS + 1, twilio.requests().size());
        }
    }

    @Test
    void aMediumOverTheLimitIsRefused() throws IOException {
        try (FakeProvider twilio = FakeProvider.start()) {
            twilio.answer("GET", PATH, 200, Map.of("Content-Type", "video/mp4"), new byte[5000]);
            assertThrows(MediaBytes.TooLargeException.class, () -> MEDIA.download(twilio.base() + PATH, 1000));
        }
    }

    @Test
    void aUrlThatNamesNoAccountIsNeverFetched() throws IOException {
        try (FakeProvider twilio = FakeProvider.start()) {
            for (String url : new String[] {twilio.base() + "/Media/ME1", twilio.base() + "/Accounts/AC1/Media/ME1",
                    "file:///etc/passwd", "not a url", "ftp://127.0.0.1/Accounts/" + ACCOUNT + "/x"}) {
                assertThrows(IOException.class, () -> MEDIA.download(url, 1000), url);
            }
            assertTrue(twilio.requests().isEmpty());
        }
    }

    @Test
    void deletesTwiliosCopy() throws IOException {
        try (FakeProvider twilio = FakeProvider.start()) {
            twilio.answer("DELETE", PATH, 204, Map.of(), new byte[0]);
            MEDIA.delete(twilio.base() + PATH);
            assertEquals("DELETE", twilio.only().method());
            assertEquals(PATH, twilio.only().path());
            assertEquals(BASIC, twilio.only().header("Authorization"));
        }
    }
}
