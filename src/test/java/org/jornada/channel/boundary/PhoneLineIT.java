package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
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
 * The phone line over real HTTP (issue #29): a whole call per branch against the TwiML answers,
 * each step posted to the address the previous answer gave and signed here the way Twilio documents
 * it (SignatureVectors, over the public address with its query string), and a fake Twilio on
 * 127.0.0.1 serving the recording as MP3 and recording its deletion. After the class, no caller's
 * number is in the database server's files or the data folder (the log is searched by .ci/run).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhoneLineIT {

    private static final String PUBLIC_URL = "https://jornada.test";
    private static final String TWILIO_TOKEN = "it-twilio-auth-token-0123456789";
    private static final String ACCOUNT = "AC00000000000000000000000000000000";
    private static final String STAFF = "it-bootstrap-token-0123456789abcdef";
    private static final String LINE = "/api/v1/channels/twilio/voice";
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"|<Redirect method=\"POST\">([^<]+)<");
    private static final Pattern CODE_GROUP = Pattern.compile(">(\\d), (\\d), (\\d), (\\d)\\.<");
    private static final AtomicInteger IDS = new AtomicInteger();
    private static FakeProvider twilio;

    @ArquillianResource
    URL base;

    @BeforeAll
    static void provider() throws Exception {
        twilio = FakeProvider.start(Integer.getInteger("test.provider.port", 33080));
    }

    @AfterAll
    static void stop() throws Exception {
        twilio.close();
        ChannelWebhooksIT.noTestWorkersNumberIsInTheDatabaseFilesOrTheDataFolder();
    }

    private Http http() {
        Deployments.awaitUp(base);
        return new Http(Deployments.local(base));
    }

    /** One call: its CallSid and caller (+52 1 5588 1xxxxx, a shape .ci/run looks for in the log). */
    private record Caller(String callSid, String number) {
    }

    private static Caller newCaller() {
        int n = IDS.incrementAndGet();
        return new Caller(String.format("CA%032d", System.nanoTime() % 1_000_000_000L * 100 + n),
                String.format("+52155881%05d", 70_000 + (int) (System.nanoTime() / 1000 % 20_000) + n));
    }

    /** The fields Twilio posts with every step of a call, the caller's number and its guesses of place included. */
    private static Map<String, String> form(Caller caller) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("CallSid", caller.callSid());
        form.put("AccountSid", ACCOUNT);
        form.put("From", caller.number());
        form.put("Caller", caller.number());
        form.put("To", "+19195550100");
        form.put("Direction", "inbound");
        form.put("CallStatus", "in-progress");
        form.put("ApiVersion", "2010-04-01");
        form.put("FromCity", "CIUDAD DE MEXICO");
        form.put("FromState", "CDMX");
        form.put("FromCountry", "MX");
        return form;
    }

    private HttpResponse<String> post(String pathAndQuery, Map<String, String> form, String signature) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http().url(pathAndQuery)))
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

    /** Posts a step signed for the public address it is posted to; the TwiML answer. */
    private String step(String pathAndQuery, Map<String, String> form) throws Exception {
        HttpResponse<String> answer = post(pathAndQuery, form, SignatureVectors.twilio(TWILIO_TOKEN,
                PUBLIC_URL + pathAndQuery, form));
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        assertTrue(answer.body().startsWith("<?xml") && answer.body().contains("<Response>"), answer.body());
        return answer.body();
    }

    /** The address the answer tells Twilio to post next (a Gather's, a Record's or a Redirect's), as a local path. */
    private static String next(String twiml) {
        Matcher m = ACTION.matcher(twiml);
        assertTrue(m.find(), "no next step in " + twiml);
        String url = (m.group(1) != null ? m.group(1) : m.group(2)).replace("&amp;", "&");
        assertTrue(url.startsWith(PUBLIC_URL + LINE + "/"), url);
        return url.substring(PUBLIC_URL.length());
    }

    /** Presses {@code digits} at the step the answer asks. */
    private String press(Caller caller, String twiml, String digits) throws Exception {
        Map<String, String> form = form(caller);
        form.put("Digits", digits);
        return step(next(twiml), form);
    }

    /** A recording served by the fake Twilio as MP3 (with a tag to strip), its deletion accepted. */
    private static String recording() {
        String path = "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE" + String.format("%032d", IDS.incrementAndGet());
        twilio.answer("GET", path + ".mp3", 200, Map.of("Content-Type", "audio/mpeg"), TestFiles.mp3WithTag());
        twilio.answer("DELETE", path + ".json", 204, Map.of(), new byte[0]);
        return path;
    }

    /** Ends the recording the answer asked for, posting its address to the Record's action. */
    private String recorded(Caller caller, String twiml, String recordingPath) throws Exception {
        assertTrue(twiml.contains("<Record "), twiml);
        Map<String, String> form = form(caller);
        form.put("RecordingUrl", twilio.base() + recordingPath);
        form.put("RecordingSid", recordingPath.substring(recordingPath.lastIndexOf('/') + 1));
        form.put("RecordingDuration", "42");
        form.put("Digits", "#");
        return step(next(twiml), form);
    }

    /** The 20-digit code the answer reads (twice: both readings the same). */
    private static String codeRead(String twiml) {
        Matcher m = CODE_GROUP.matcher(twiml);
        StringBuilder digits = new StringBuilder();
        while (m.find()) {
            digits.append(m.group(1)).append(m.group(2)).append(m.group(3)).append(m.group(4));
        }
        assertEquals(40, digits.length(), "the code read twice in groups of four: " + twiml);
        assertEquals(digits.substring(0, 20), digits.substring(20));
        return digits.substring(0, 20);
    }

    /** A report by phone in Spanish up to the danger question's answer; the TwiML that reads the code. */
    private String report(Caller caller, String what, String recordingPath, String danger) throws Exception {
        String twiml = step(LINE, form(caller));
        assertTrue(twiml.contains("Para español, oprima 1."), twiml);
        twiml = press(caller, twiml, "1");
        twiml = press(caller, twiml, "1");
        twiml = press(caller, twiml, what);
        twiml = recorded(caller, twiml, recordingPath);
        assertTrue(twiml.contains("¿Está en peligro ahora?"), twiml);
        return press(caller, twiml, danger);
    }

    private JsonObject staffCase(long id) {
        HttpResponse<String> got = http().get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + STAFF);
        assertEquals(200, got.statusCode(), got.body());
        return Http.json(got);
    }

    /** The newest case in the queue (phone reports name no employer to search by). */
    private long newestCase() {
        long newest = 0;
        for (int page = 0; page < 100; page++) {
            HttpResponse<String> list = http().get("/api/v1/staff/cases?size=200&page=" + page, "Authorization",
                    "Bearer " + STAFF);
            assertEquals(200, list.statusCode(), list.body());
            JsonArray items = Http.json(list).getJsonArray("items");
            if (items.isEmpty()) {
                break;
            }
            for (int i = 0; i < items.size(); i++) {
                newest = Math.max(newest, items.getJsonObject(i).getJsonNumber("id").longValue());
            }
        }
        return newest;
    }

    private static boolean requested(String method, String path) {
        return twilio.requests().stream().anyMatch(r -> r.method().equals(method) && r.path().equals(path));
    }

    @Test
    void aReportByPhoneFilesACaseWhoseStoryIsTheRecordingFetchedCleanedAndDeletedAtTwilio() throws Exception {
        Caller caller = newCaller();
        String recording = recording();
        String twiml = report(caller, "1", recording, "2");
        assertTrue(twiml.contains("Recibimos su reporte"), twiml);
        String code = codeRead(twiml);
        assertTrue(twiml.contains("Para escuchar su código otra vez, oprima 1."), "offered once more: " + twiml);
        FakeProvider.Request fetched = twilio.requests().stream().filter(r -> r.method().equals("GET")
                && r.path().equals(recording + ".mp3")).findFirst().orElseThrow();
        assertTrue(fetched.header("Authorization").startsWith("Basic "), "fetched with the account's credentials");
        assertTrue(requested("DELETE", recording + ".json"), "Twilio's copy deleted");
        JsonObject staffCase = staffCase(newestCase());
        assertEquals("PHONE", staffCase.getString("channel"));
        assertEquals(List.of("BELOW_REQUIRED_WAGE"), staffCase.getJsonArray("categories").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("", staffCase.getString("narrative", ""), "the recording is the story");
        assertEquals(1, staffCase.getJsonArray("evidence").size());
        assertEquals("audio/mpeg", staffCase.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
        assertTrue(staffCase.isNull("contact"), "no number kept");
        String again = press(caller, twiml, "1");
        assertTrue(again.contains(String.join(", ", code.substring(0, 4).split("")) + "."), again);
        assertTrue(again.endsWith("<Hangup/></Response>"), again);
    }

    @Test
    void dangerNowSaysNineOneOneAndTheTraffickingHotlineBeforeTheCode() throws Exception {
        String twiml = report(newCaller(), "3", recording(), "1");
        int hotline = twiml.indexOf("1 8 8 8, 3 7 3, 7 8 8 8");
        assertTrue(hotline > 0 && twiml.contains("llame al 9 1 1"), twiml);
        assertTrue(hotline < twiml.indexOf("Recibimos su reporte"), "said at once: " + twiml);
        codeRead(twiml);
        JsonObject staffCase = staffCase(newestCase());
        assertTrue(staffCase.getBoolean("inDanger"));
        assertTrue(staffCase.getBoolean("urgent"));
        assertEquals("PHONE", staffCase.getString("channel"));
    }

    @Test
    void aRecordingThatCannotBeFetchedStillFilesTheReportAndSaysSo() throws Exception {
        String missing = "/2010-04-01/Accounts/" + ACCOUNT + "/Recordings/RE" + String.format("%032d", 999_000
                + IDS.incrementAndGet());
        String twiml = report(newCaller(), "2", missing, "2");
        assertTrue(twiml.contains("No pudimos guardar su grabación"), twiml);
        codeRead(twiml);
        assertFalse(requested("DELETE", missing + ".json"), "Twilio's copy is left for staff to fetch by hand");
        JsonObject staffCase = staffCase(newestCase());
        assertTrue(staffCase.getString("narrative").contains("la grabación no se pudo traer"), staffCase.toString());
        assertEquals(0, staffCase.getJsonArray("evidence").size());
    }

    @Test
    void hearingMyReportReadsTheStateAndRepliesAndAVoiceMessageBecomesAMessageOnTheCase() throws Exception {
        String code = codeRead(report(newCaller(), "4", recording(), "2"));
        long id = newestCase();
        assertEquals(201, http().postJson("/api/v1/staff/cases/" + id + "/messages",
                "{\"text\":\"Hola, la llamamos el lunes.\"}", "Authorization", "Bearer " + STAFF).statusCode());
        Caller caller = newCaller();
        String twiml = step(LINE, form(caller));
        twiml = press(caller, twiml, "1");
        twiml = press(caller, twiml, "2");
        assertTrue(twiml.contains("finishOnKey=\"#\""), twiml);
        String wrong = press(caller, twiml, "12345678901234567890");
        assertTrue(wrong.contains("No encontramos ese código."), wrong);
        twiml = press(caller, wrong, code);
        assertTrue(twiml.contains("Su caso: "), "the state in plain words: " + twiml);
        assertTrue(twiml.contains("Hola, la llamamos el lunes."), "the advocate's reply read: " + twiml);
        twiml = press(caller, twiml, "1");
        String message = recording();
        twiml = recorded(caller, twiml, message);
        assertTrue(twiml.contains("Guardamos su mensaje en su caso."), twiml);
        assertTrue(requested("DELETE", message + ".json"));
        JsonObject staffCase = staffCase(id);
        assertTrue(staffCase.getJsonArray("messages").stream().map(JsonObject.class::cast).anyMatch(m ->
                m.getString("from").equals("WORKER") && m.getString("text").startsWith("Mensaje de voz")),
                staffCase.toString());
        assertEquals(2, staffCase.getJsonArray("evidence").size(), "the story and the voice message");
    }

    @Test
    void aCallerWhoHangsUpAfterTheStoryStillHasTheReportFiledWithTheRecording() throws Exception {
        Caller caller = newCaller();
        String twiml = press(caller, press(caller, press(caller, step(LINE, form(caller)), "1"), "1"), "2");
        String recording = recording();
        Map<String, String> hungUp = form(caller);
        hungUp.put("CallStatus", "completed");
        hungUp.put("RecordingUrl", twilio.base() + recording);
        hungUp.put("RecordingDuration", "61");
        hungUp.put("Digits", "hangup");
        step(next(twiml), hungUp);
        assertTrue(requested("DELETE", recording + ".json"), "kept, then deleted at Twilio");
        JsonObject staffCase = staffCase(newestCase());
        assertEquals("PHONE", staffCase.getString("channel"));
        assertEquals(List.of("UNSAFE_HOUSING"), staffCase.getJsonArray("categories").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals("audio/mpeg", staffCase.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
    }

    @Test
    void inEnglishTheCallIsSaidInEnglishAndTheCaseIsInEnglish() throws Exception {
        Caller caller = newCaller();
        String twiml = step(LINE, form(caller));
        twiml = press(caller, twiml, "2");
        assertTrue(twiml.contains("language=\"en-US\">To make a report, press 1."), twiml);
        twiml = press(caller, twiml, "1");
        twiml = press(caller, twiml, "5");
        twiml = recorded(caller, twiml, recording());
        twiml = press(caller, twiml, "2");
        assertTrue(twiml.contains("We received your report."), twiml);
        codeRead(twiml);
        assertEquals("en", staffCase(newestCase()).getString("language"));
    }

    @Test
    void aWrongSignatureIs403AndNothingHappens() throws Exception {
        Caller caller = newCaller();
        Map<String, String> form = form(caller);
        assertEquals(403, post(LINE, form, null).statusCode());
        HttpResponse<String> wrong = post(LINE, form, SignatureVectors.twilio("another-token", PUBLIC_URL + LINE, form));
        assertEquals(403, wrong.statusCode());
        assertEquals("Forbidden", wrong.body(), "no detail");
        String twiml = step(LINE, form);
        Map<String, String> pressed = form(caller);
        pressed.put("Digits", "1");
        String nextStep = next(twiml);
        String otherStep = LINE + "/next?at=MENU";
        assertEquals(403, post(nextStep, pressed, SignatureVectors.twilio(TWILIO_TOKEN, PUBLIC_URL + otherStep, pressed))
                .statusCode(), "signed for another step's address");
        assertEquals(403, post(nextStep, pressed, SignatureVectors.twilio(TWILIO_TOKEN, PUBLIC_URL + LINE + "/next",
                pressed)).statusCode(), "signed without the query string");
        Map<String, String> tampered = new LinkedHashMap<>(pressed);
        tampered.put("Digits", "2");
        assertEquals(403, post(nextStep, tampered, SignatureVectors.twilio(TWILIO_TOKEN, PUBLIC_URL + nextStep,
                pressed)).statusCode());
        String menu = press(caller, twiml, "1");
        assertTrue(menu.contains("Para hacer un reporte, oprima 1."), "the refused steps changed nothing: " + menu);
    }

    @Test
    void aCallTwilioSaysEndedIsForgotten() throws Exception {
        Caller caller = newCaller();
        String twiml = press(caller, step(LINE, form(caller)), "1");
        assertNotNull(next(twiml));
        Map<String, String> ended = form(caller);
        ended.put("CallStatus", "completed");
        ended.put("CallDuration", "30");
        HttpResponse<String> status = post(LINE + "/status", ended, SignatureVectors.twilio(TWILIO_TOKEN,
                PUBLIC_URL + LINE + "/status", ended));
        assertEquals(204, status.statusCode(), status.body());
        assertEquals(403, post(LINE + "/status", ended, null).statusCode());
        String after = press(caller, twiml, "1");
        assertTrue(after.contains("Para español, oprima 1."), "a forgotten call starts over: " + after);
    }
}
