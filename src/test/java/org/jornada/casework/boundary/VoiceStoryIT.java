package org.jornada.casework.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.staff.control.Totp;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.FakeProvider;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The advocate's side of a report told by voice (issue #29): the staff API says the story's kind
 * and the recording's type, the recording is answered by byte ranges (206, 416) from the page's
 * player in chromium and audited once per listening, the queue marks the case, and the
 * organization's speech-to-text server (faked on {@code test.transcribe.port}, where the suite's
 * {@code JORNADA_TRANSCRIBE_URL} points) gets the cleaned recording and its text is shown marked
 * as a machine's. A worker's erasure takes the transcript with the files.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class VoiceStoryIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String PASSWORD = "long enough staff passphrase 42";
    private static final String HEARD = "Nos deben tres semanas de pago y el patrón se quedó con los pasaportes.";

    @ArquillianResource
    URL base;

    private Http http;
    private WebDriver browser;
    private FakeProvider speech;

    @BeforeEach
    void open() throws Exception {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
        speech = FakeProvider.start(Integer.parseInt(System.getProperty("test.transcribe.port", "33081")));
        speech.answer("POST", "/inference", 200, "application/json", "{\"text\": \"" + HEARD + "\"}");
    }

    @AfterEach
    void close() {
        Browsers.close(browser);
        speech.close();
    }

    @Test
    void anAdvocatePlaysAVoiceStoryByRangesReadsItsMarkedTranscriptAndTheQueueMarksIt() throws Exception {
        String employer = "Voz Farms " + UUID.randomUUID().toString().substring(0, 6);
        byte[] recording = TestFiles.mp3WithTag();
        HttpResponse<String> filed = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.url(
                "/test-support/voice-story?message=true&employer=" + employer.replace(' ', '+'))))
                .header("Content-Type", "audio/mpeg").POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(recording)));
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Long.parseLong(filed.body().split(" ")[0]);
        String receipt = filed.body().split(" ")[1];
        String advocate = "advocate-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> made = http.postForm("/test-support/accounts", Map.of("username", advocate,
                "role", "ADVOCATE", "password", PASSWORD, "token", "true"));
        assertEquals(201, made.statusCode(), made.body());
        String token = made.body().strip().split(" ")[1];

        JsonObject kase = staffCase(id, token);
        JsonObject story = kase.getJsonObject("story");
        assertEquals("VOICE", story.getString("kind"));
        assertEquals("audio/mpeg", story.getString("contentType"));
        long storyId = story.getJsonNumber("evidenceId").longValue();
        List<JsonObject> evidence = kase.getJsonArray("evidence").getValuesAs(JsonObject.class);
        JsonObject storyFile = evidence.stream().filter(e -> e.getJsonNumber("id").longValue() == storyId)
                .findFirst().orElseThrow();
        assertEquals("STORY", storyFile.getString("role"));
        assertEquals("audio/mpeg", storyFile.getString("contentType"));
        JsonObject messageFile = evidence.stream().filter(e -> "MESSAGE".equals(e.getString("role"))).findFirst()
                .orElseThrow(() -> new AssertionError("the voice message is among the files: " + evidence));
        JsonObject voiceMessage = kase.getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> !m.isNull("evidenceId")).findFirst().orElseThrow();
        assertEquals(messageFile.getJsonNumber("id").longValue(), voiceMessage.getJsonNumber("evidenceId").longValue());
        byte[] whole = http.getBytes("/api/v1/staff/cases/" + id + "/evidence/" + storyId, "Authorization",
                "Bearer " + token).body();
        assertFalse(TestFiles.contains(whole, TestFiles.AUTHOR), "the stored story is the cleaned recording");

        JsonObject transcript = awaitTranscript(id, token);
        assertEquals(HEARD, transcript.getString("text"));
        assertTrue(transcript.getBoolean("machine"));
        FakeProvider.Request sent = speech.requests().stream().filter(r -> "/inference".equals(r.path()))
                .filter(r -> indexOf(r.body(), Arrays.copyOfRange(whole, 0, 400)) >= 0).findFirst()
                .orElseThrow(() -> new AssertionError("the speech server got the story's cleaned recording"));
        assertTrue(sent.header("content-type").startsWith("multipart/form-data; boundary="), sent.header("content-type"));
        String form = new String(sent.body(), StandardCharsets.ISO_8859_1);
        assertTrue(form.contains("name=\"file\"; filename=\"recording.mp3\"") && form.contains("Content-Type: audio/mpeg")
                && form.contains("name=\"response_format\"\r\n\r\njson"), "the documented request");

        browser = Browsers.desktop();
        signIn(advocate, "/staff/cases/" + id);
        Browsers.await(browser, By.id("voice-story-player"));
        String src = browser.findElement(By.id("voice-story-player")).getAttribute("src");
        assertTrue(src.endsWith("/staff/cases/" + id + "/evidence/" + storyId + "?play=1"), src);
        assertEquals("none", browser.findElement(By.id("voice-story-player")).getAttribute("preload"));
        assertFalse(browser.findElements(By.id("message-player-" + messageFile.getJsonNumber("id"))).isEmpty(),
                "the voice message has its own player");
        String marked = browser.findElement(By.id("voice-story-transcript")).getText();
        assertTrue(marked.contains("Machine transcription, check the recording") && marked.contains(HEARD), marked);

        Map<String, Object> first = fetch(src, "bytes=0-99");
        assertEquals(206L, first.get("status"));
        assertEquals("bytes 0-99/" + whole.length, first.get("range"));
        assertEquals("bytes", first.get("accept"));
        assertTrue(String.valueOf(first.get("disposition")).startsWith("inline"), String.valueOf(first.get("disposition")));
        assertArrayEquals(Arrays.copyOfRange(whole, 0, 100), bytes(first));
        Map<String, Object> rest = fetch(src, "bytes=100-");
        assertEquals(206L, rest.get("status"));
        assertArrayEquals(Arrays.copyOfRange(whole, 100, whole.length), bytes(rest));
        assertEquals(416L, fetch(src, "bytes=" + whole.length + "-").get("status"));
        assertEquals(1, played(advocate, id), "one listening, one entry: the later range is the same listening");

        browser.get(Deployments.local(base) + "/staff/queue");
        Browsers.await(browser, By.id("queue:cases"));
        browser.findElement(By.id("queue:text")).sendKeys(employer);
        browser.findElement(By.id("queue:apply")).click();
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("queue:cases"), employer));
        String row = browser.findElement(By.cssSelector("#queue\\:cases tbody tr")).getText();
        assertTrue(row.contains("Voice"), "the queue marks the voice report: " + row);
        Browsers.screenshot(browser, "voice-story-queue");

        HttpResponse<String> erased = http.postJson("/api/v1/followup/erase", "{\"receipt\":\"" + receipt
                + "\",\"what\":\"CASE\"}");
        assertEquals(200, erased.statusCode(), "the transcripts go with the files: " + erased.body());
        assertTrue(Http.json(http.get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + SUPERVISOR))
                .getJsonArray("evidence").isEmpty());
    }

    private JsonObject staffCase(long id, String token) {
        HttpResponse<String> answer = http.get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + token);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private JsonObject awaitTranscript(long id, String token) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(until)) {
            JsonObject story = staffCase(id, token).getJsonObject("story");
            if (!story.isNull("transcript")) {
                return story.getJsonObject("transcript");
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no transcript within a minute; the speech server saw " + speech.requests().size());
    }

    /** A range request from the page, as its player makes them: status, headers and the bytes. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String src, String range) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {headers: {Range: arguments[1]}, credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done({status: r.status, range: r.headers.get('Content-Range'),"
                + " accept: r.headers.get('Accept-Ranges'), disposition: r.headers.get('Content-Disposition'),"
                + " bytes: Array.from(new Uint8Array(b))})))"
                + ".catch(e => done({status: -1, error: String(e)}));", src, range);
    }

    private static byte[] bytes(Map<String, Object> answer) {
        List<?> values = (List<?>) answer.get("bytes");
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) ((Number) values.get(i)).intValue();
        }
        return out;
    }

    private long played(String actor, long caseId) {
        return Http.json(http.get("/api/v1/staff/audit?limit=1000", "Authorization", "Bearer " + SUPERVISOR))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(e -> actor.equals(e.getString("actor")) && "EVIDENCE_PLAYED".equals(e.getString("action")))
                .count();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Opens a staff page, is sent to sign in, enrols the authenticator and comes back to it. */
    private void signIn(String username, String startAt) {
        browser.get(Deployments.local(base) + startAt);
        Browsers.await(browser, By.id("signin:submit"));
        browser.findElement(By.id("signin:username")).sendKeys(username);
        browser.findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
        Browsers.await(browser, By.id("secret"));
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol:enrolCode")).sendKeys(Totp.code(secret, Instant.now()));
        browser.findElement(By.id("enrol:confirm")).click();
        Browsers.await(browser, By.id("recovery-codes"));
        browser.findElement(By.id("recovery:proceed")).click();
        assertNotNull(Browsers.await(browser, By.id("case-title")));
    }
}
