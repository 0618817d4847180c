package org.jornada.complaint.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.jornada.testing.WalkChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #29, telling it by voice on the web, through real HTTP and a real browser: a report whose
 * only story is a voice note recorded in the page (chromium's fake microphone playing a WAV this
 * test writes) and one chosen with JavaScript off; the recording stored without its tags; the
 * multipart API; a voice message from the follow-up page; and a photo sent as a voice note refused
 * with what was typed kept.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VoiceReportIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String RECEIPT = "\\d{4} \\d{4} \\d{4} \\d{4} \\d{4}";

    @ArquillianResource
    URL base;

    private Http http;
    private WebDriver browser;

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    @AfterEach
    void close() {
        Browsers.close(browser);
    }

    /** Four seconds of a 440 Hz tone, 16-bit mono PCM at 48 kHz: the fake microphone's sound. */
    static Path toneWav() throws Exception {
        int rate = 48_000;
        int samples = rate * 4;
        ByteBuffer data = ByteBuffer.allocate(samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < samples; i++) {
            data.putShort((short) (Math.sin(2 * Math.PI * 440 * i / rate) * 12_000));
        }
        ByteBuffer wav = ByteBuffer.allocate(44 + data.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + data.capacity()).put("WAVE".getBytes()).put("fmt ".getBytes())
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2).putShort((short) 2)
                .putShort((short) 16).put("data".getBytes()).putInt(data.capacity()).put(data.array());
        Path file = Files.createTempFile("jornada-tone", ".wav");
        Files.write(file, wav.array());
        return file;
    }

    private static Path mp3() throws Exception {
        Path file = Files.createTempFile("jornada-voice", ".mp3");
        Files.write(file, TestFiles.mp3WithTag());
        return file;
    }

    private void load(String path, By ready) {
        browser.get(Deployments.local(base) + path);
        Browsers.await(browser, ready);
    }

    private void tick(WebElement box, boolean javascript) {
        if (javascript) {
            box.click();
        } else {
            box.sendKeys(Keys.SPACE);
        }
    }

    /** Ticks a category and H-2A and types the employer: everything but the story. */
    private void fillAllButTheStory(String employer, boolean javascript) {
        tick(browser.findElement(By.cssSelector("input[type='checkbox'][value='UNPAID_HOURS']")), javascript);
        tick(browser.findElement(By.cssSelector("input[name$='visa'][value='H2A']")), javascript);
        browser.findElement(By.id("employerName")).sendKeys(employer);
    }

    /** The staff API's view of the one case filed under this employer name. */
    private JsonObject staffCase(String employer) {
        long id = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return Http.json(http.get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + SUPERVISOR));
    }

    private byte[] storedFile(JsonObject staffCase, int index) {
        long evidence = staffCase.getJsonArray("evidence").getJsonObject(index).getJsonNumber("id").longValue();
        HttpResponse<byte[]> file = http.getBytes("/api/v1/staff/cases/" + staffCase.getJsonNumber("id").longValue()
                + "/evidence/" + evidence, "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, file.statusCode());
        return file.body();
    }

    @Test
    void aWorkerRecordsTheStoryInThePageAndFilesItWithoutWritingAWord() throws Exception {
        browser = Browsers.phoneWithMicrophone(toneWav());
        String employer = "Voz Grabada " + UUID.randomUUID().toString().substring(0, 8);
        load("/report", By.id("submit"));
        fillAllButTheStory(employer, true);
        WebElement record = browser.findElement(By.id("record-start"));
        assertTrue(record.isDisplayed(), "with JavaScript the recorder shows");
        record.click();
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("record-stop")).isDisplayed());
        Thread.sleep(3_000); // three seconds of the fake microphone's tone
        browser.findElement(By.id("record-stop")).click();
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("record-status")).getText()
                .startsWith("Grabación lista"));
        assertTrue(browser.findElement(By.id("record-playback")).isDisplayed(), "the worker can listen to it");
        WalkChecks.page(browser, "voice-report-recorded-360-js", true, employer.split(" ")[2]);
        String code = Browsers.press(browser, true, By.id("submit"), By.id("receipt-code")).getText();
        assertTrue(code.matches(RECEIPT), code);

        JsonObject filed = staffCase(employer);
        assertEquals("audio/webm", filed.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
        assertEquals("VOICE", filed.getJsonObject("story").getString("kind"), filed.toString());
        byte[] stored = storedFile(filed, 0);
        assertTrue(stored.length > 2_000, "about three seconds of Opus: " + stored.length);
        assertFalse(TestFiles.contains(stored, "Chrome"), "the recorder's name is not kept");
    }

    @Test
    void withJavaScriptOffTheWorkerChoosesARecordingAndItIsTheStoryWithoutItsTags() throws Exception {
        browser = Browsers.phone(false);
        String employer = "Voz Archivo " + UUID.randomUUID().toString().substring(0, 8);
        load("/report", By.id("submit"));
        assertFalse(browser.findElement(By.id("recorder")).isDisplayed(), "no recorder without JavaScript");
        WebElement input = browser.findElement(By.id("voice"));
        assertEquals("audio/*", input.getAttribute("accept"));
        assertTrue(input.getAttribute("capture") != null, "opens the phone's recorder");
        fillAllButTheStory(employer, false);
        input.sendKeys(mp3().toString());
        WalkChecks.page(browser, "voice-report-chosen-360-nojs", true, employer.split(" ")[2]);
        String code = Browsers.press(browser, false, By.id("submit"), By.id("receipt-code")).getText();
        assertTrue(code.matches(RECEIPT), code);

        JsonObject filed = staffCase(employer);
        assertEquals("audio/mpeg", filed.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
        assertEquals("VOICE", filed.getJsonObject("story").getString("kind"), filed.toString());
        assertFalse(TestFiles.contains(storedFile(filed, 0), TestFiles.AUTHOR), "the artist's name is gone");

        // the follow-up: a voice message for the advocate, chosen as a file
        load("/follow-up", By.id("code"));
        browser.findElement(By.id("code")).sendKeys(code);
        Browsers.press(browser, false, By.id("open-case"), By.id("voice"));
        assertEquals("Tenemos su nota de voz con lo que pasó.", browser.findElement(By.id("case-sent")).getText(),
                "the worker can see the recording arrived");
        browser.findElement(By.id("voice")).sendKeys(mp3().toString());
        Browsers.press(browser, false, By.id("send-voice"), By.id("thread"));
        assertTrue(browser.findElement(By.id("thread")).getText().contains("Mensaje de voz"),
                browser.findElement(By.id("thread")).getText());
        WalkChecks.page(browser, "voice-followup-sent-360-nojs", true);
        JsonObject after = staffCase(employer);
        assertEquals(2, after.getJsonArray("evidence").size(), after.toString());
    }

    @Test
    void aPhotoSentAsTheVoiceNoteIsRefusedAndWhatWasTypedStays() throws Exception {
        browser = Browsers.phone(false);
        String employer = "Voz Foto " + UUID.randomUUID().toString().substring(0, 8);
        load("/report", By.id("submit"));
        fillAllButTheStory(employer, false);
        Path photo = Files.createTempFile("jornada-photo", ".jpg");
        Files.write(photo, TestFiles.jpegWithGps());
        browser.findElement(By.id("voice")).sendKeys(photo.toString());
        Browsers.press(browser, false, By.id("submit"), By.cssSelector(".field.voice.invalid"));
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Esto no es una grabación"), page);
        assertEquals(employer, browser.findElement(By.id("employerName")).getAttribute("value"));
        assertTrue(page.contains("no se guardaron: el mensaje de cada uno dice por qué"),
                "the page says the recording must be sent again: " + page);
        assertTrue(browser.findElements(By.id("held-notice")).isEmpty(), "a refused file is not held");
    }

    @Test
    void theApiTakesTheComplaintWithItsVoiceAsMultipart() throws Exception {
        String employer = "Voz Api " + UUID.randomUUID().toString().substring(0, 8);
        String json = "{\"categories\":[\"UNPAID_HOURS\"],\"visaType\":\"H2A\",\"employerName\":\"" + employer
                + "\",\"narrative\":\"\"}";
        HttpResponse<String> filed = http.postMultipart("/api/v1/complaints", new Http.Multipart()
                .field("complaint", json).file("voice", "nota.mp3", "audio/mpeg", TestFiles.mp3WithTag()));
        assertEquals(201, filed.statusCode(), filed.body());
        assertTrue(Http.json(filed).getString("receipt").matches("\\d{20}"));
        assertEquals("VOICE", staffCase(employer).getJsonObject("story").getString("kind"));

        HttpResponse<String> photo = http.postMultipart("/api/v1/complaints", new Http.Multipart()
                .field("complaint", json).file("voice", "x.jpg", "image/jpeg", TestFiles.plainJpeg()),
                "Accept-Language", "en");
        assertEquals(400, photo.statusCode());
        assertTrue(photo.body().contains("\"voice\"") && photo.body().contains("not a recording"), photo.body());
        HttpResponse<String> nothing = http.postMultipart("/api/v1/complaints", new Http.Multipart()
                .field("complaint", json));
        assertEquals(400, nothing.statusCode());
        assertTrue(nothing.body().contains("\"narrative\""), "no voice: the written story is needed: " + nothing.body());
        HttpResponse<String> noComplaint = http.postMultipart("/api/v1/complaints", new Http.Multipart()
                .file("voice", "nota.mp3", "audio/mpeg", TestFiles.mp3WithTag()));
        assertEquals(400, noComplaint.statusCode());
        assertTrue(noComplaint.body().contains("\"complaint\""), noComplaint.body());
        HttpResponse<String> text = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                http.url("/api/v1/complaints"))).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("hola")));
        assertEquals(415, text.statusCode());
    }

    @Test
    void aRecordingSentWithAProblemLeftUntickedIsKeptAndFiledWithoutRecordingAgain() throws Exception {
        browser = Browsers.phoneWithMicrophone(toneWav());
        String employer = "Voz Guardada " + UUID.randomUUID().toString().substring(0, 8);
        load("/report", By.id("submit"));
        tick(browser.findElement(By.cssSelector("input[name$='visa'][value='H2A']")), true);
        browser.findElement(By.id("employerName")).sendKeys(employer);
        browser.findElement(By.id("record-start")).click();
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("record-stop")).isDisplayed());
        Thread.sleep(3_000);
        browser.findElement(By.id("record-stop")).click();
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(15)).until(d -> d.findElement(By.id("record-status")).getText()
                .startsWith("Grabación lista"));
        // no problem ticked: the form comes back with its question, and the recording is not lost
        Browsers.press(browser, true, By.id("submit"), By.id("categories-error"));
        String notice = browser.findElement(By.id("held-notice")).getText();
        assertTrue(notice.contains("Guardamos su grabación de voz") && notice.contains("2 horas"), notice);
        assertTrue(browser.findElement(By.id("voice-held")).isDisplayed());
        assertTrue(browser.findElements(By.id("files-dropped")).isEmpty(), "nothing to send again");
        assertTrue(browser.findElement(By.id("held")).getAttribute("value").matches("[A-Za-z0-9_-]{22}"));
        assertFalse(browser.getCurrentUrl().contains(browser.findElement(By.id("held")).getAttribute("value")),
                "the key is never in the address");
        WalkChecks.page(browser, "voice-held-360-js", true, employer.split(" ")[2]);

        tick(browser.findElement(By.cssSelector("input[type='checkbox'][value='UNPAID_HOURS']")), true);
        assertTrue(Browsers.press(browser, true, By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT));
        JsonObject filed = staffCase(employer);
        assertEquals("VOICE", filed.getJsonObject("story").getString("kind"), filed.toString());
        assertEquals(1, filed.getJsonArray("evidence").size(), "the recording once: " + filed);
        assertEquals("audio/webm", filed.getJsonArray("evidence").getJsonObject(0).getString("contentType"));
    }

    @Test
    void withJavaScriptOffHeldFilesAddUpAndTheWorkerCanTakeThemBack() throws Exception {
        browser = Browsers.phone(false);
        String employer = "Voz Quitar " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = Files.createTempFile("jornada-photo", ".jpg");
        Files.write(photo, TestFiles.jpegWithGps());
        load("/report", By.id("submit"));
        tick(browser.findElement(By.cssSelector("input[name$='visa'][value='H2A']")), false);
        browser.findElement(By.id("employerName")).sendKeys(employer);
        browser.findElement(By.id("voice")).sendKeys(mp3().toString());
        browser.findElement(By.id("files")).sendKeys(photo.toString());
        Browsers.press(browser, false, By.id("submit"), By.id("held-notice"));
        assertTrue(browser.findElement(By.id("held-notice")).getText().contains("su grabación de voz y 1 archivo"));
        assertTrue(browser.findElement(By.id("files-held")).getText().contains("1 archivo"));
        WalkChecks.page(browser, "voice-and-photo-held-360-nojs", true, employer.split(" ")[2]);
        // a second photo on the next sending is added to the held one, a file that is no photo is
        // refused alone, and the question is still open
        Path notes = Files.createTempFile("jornada-notes", ".txt");
        Files.writeString(notes, "no es una foto");
        browser.findElement(By.id("files")).sendKeys(photo + "\n" + notes);
        Browsers.press(browser, false, By.id("submit"), By.id("held-notice"));
        assertTrue(browser.findElement(By.id("files-held")).getText().contains("2 archivos"),
                browser.findElement(By.id("files-held")).getText());
        assertTrue(browser.findElement(By.id("files-dropped")).getText().contains("marcados abajo con un error no se guardaron"));
        assertTrue(browser.findElement(By.id("files-error")).getText().contains(notes.getFileName().toString()),
                "the refused file is named");

        // the worker takes it all back, but forgets the story: told it is gone, and asked for the story
        tick(browser.findElement(By.id("removeHeld")), false);
        tick(browser.findElement(By.cssSelector("input[type='checkbox'][value='UNPAID_HOURS']")), false);
        Browsers.press(browser, false, By.id("submit"), By.id("held-removed"));
        assertTrue(browser.findElement(By.id("narrative-error")).isDisplayed());
        assertTrue(browser.findElements(By.id("held-notice")).isEmpty(), "nothing held any more");
        browser.findElement(By.id("narrative")).sendKeys("No nos pagan las horas extra.");
        assertTrue(Browsers.press(browser, false, By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT));
        JsonObject filed = staffCase(employer);
        assertEquals("TEXT", filed.getJsonObject("story").getString("kind"), filed.toString());
        assertEquals(0, filed.getJsonArray("evidence").size(), "nothing taken back was filed: " + filed);
    }
}
