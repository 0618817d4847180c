package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jornada.testing.HostileFiles;
import org.jornada.testing.Http;
import org.jornada.testing.RunningJar;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The attack run of issue #8, repeated against the shipped jar with its limits at their defaults
 * (on the test MariaDB): every numbered failure has its case here, and generated input
 * ({@link HostileFuzzing}) follows in {@link #generatedInputNeverGetsAServerError}, and the log is
 * read after them all. Every call comes from
 * 127.0.0.1, which is exactly the "many workers behind one address" situation the limits must
 * survive.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT {

    static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    private static RunningJar jar;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = new HashMap<>();
        // the limits at their defaults: the other tests lift them (they all come from 127.0.0.1)
        System.getenv().keySet().stream().filter(k -> k.startsWith("JORNADA_LIMIT_")).forEach(k -> env.put(k, null));
        env.put("JORNADA_REVIEWS_PER_HOUR", null);
        String dataDir = System.getenv("JORNADA_DATA_DIR");
        jar = dataDir == null ? RunningJar.start(env) : RunningJar.start(env, Path.of(dataDir));
        http = jar.http();
    }

    /** After every test, whatever their order: the log holds no fault and no value a client sent. */
    @AfterAll
    static void theLogHoldsNoUnhandledExceptionAndNoValueAClientSent() throws Exception {
        try {
            assertEquals(List.of(), jar.problems(), "SEVERE or our WARNING lines in the log");
            String log = jar.log();
            for (String sent : List.of(org.jornada.testing.Fuzz.MARKER, "x-unknown-9", "evil.example", "garbage:123",
                    "Hostile input test narrative")) {
                assertFalse(log.contains(sent), "the log holds a value a client sent: " + sent);
            }
        } finally {
            jar.close();
        }
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static String fileComplaint(String employer, String category) {
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"" + category
                + "\"],\"employerName\":\"" + employer + "\",\"narrative\":\"Hostile input test narrative.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).getString("receipt");
    }

    static JsonObject staffList(String query) {
        return Http.json(http.get("/api/v1/staff/cases?size=200&" + query, "Authorization", "Bearer " + SUPERVISOR));
    }

    /**
     * The case filed for this employer, in the queue or held: whether a complaint is held depends on
     * the bursts this client (127.0.0.1) sent before, i.e. on which tests ran first.
     */
    static long anyCaseOf(String employer) {
        JsonObject queued = staffList("held=false&q=" + employer.replace(' ', '+'));
        return queued.getJsonArray("items").isEmpty() ? caseOf(employer, true)
                : queued.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    static long caseOf(String employer, boolean held) {
        JsonObject list = staffList("held=" + held + "&q=" + employer.replace(' ', '+'));
        return list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    static HttpResponse<String> upload(String receipt, String name, byte[] content) {
        return http.postMultipart("/api/v1/followup/evidence", new Http.Multipart().field("receipt", receipt)
                .file("file", name, "application/octet-stream", content));
    }

    static byte[] download(long caseId, long evidenceId) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                http.url("/api/v1/staff/cases/" + caseId + "/evidence/" + evidenceId)))
                .header("Authorization", "Bearer " + SUPERVISOR).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""),
                "a download carries the security headers");
        return response.body();
    }

    @Test
    void everyAcceptedFileTypeIsStoredWithoutWhatTellsThePlaceOrTheDevice() throws Exception {
        String employer = unique("Evidence Farm");
        String receipt = fileComplaint(employer, "ILLEGAL_DEDUCTIONS");
        List<Path> photos = HostileFiles.phonePhotos();
        Map<String, byte[]> sent = new java.util.LinkedHashMap<>();
        for (int i = 0; i < photos.size(); i++) {
            sent.put("motion-" + i + ".jpg", HostileFiles.concat(HostileFiles.read(photos.get(i)),
                    HostileFiles.read(photos.get((i + 1) % photos.size()))));
        }
        sent.put("contract.pdf", HostileFiles.pdfEmbeddingPhoto(HostileFiles.read(photos.get(0))));
        sent.put("voice.m4a", HostileFiles.m4aWithLocation());
        sent.put("voice.mp3", HostileFiles.mp3WithId3AndApe());
        sent.put("voice.ogg", HostileFiles.oggOpusWithTags());
        for (Map.Entry<String, byte[]> file : sent.entrySet()) {
            HttpResponse<String> stored = upload(receipt, file.getKey(), file.getValue());
            assertEquals(201, stored.statusCode(), file.getKey() + ": " + stored.body());
            assertTrue(Http.json(stored).getBoolean("metadataRemoved"), file.getKey());
        }

        long caseId = anyCaseOf(employer);
        JsonObject view = Http.json(http.get("/api/v1/staff/cases/" + caseId, "Authorization", "Bearer " + SUPERVISOR));
        List<JsonObject> evidence = view.getJsonArray("evidence").getValuesAs(JsonObject.class);
        assertEquals(sent.size(), evidence.size());
        for (JsonObject item : evidence) {
            byte[] bytes = download(caseId, item.getJsonNumber("id").longValue());
            String type = item.getString("contentType");
            for (String hidden : List.of("Exif\0\0", "FLIR\0", "http://ns.adobe.com/xap", HostileFiles.LOCATION,
                    HostileFiles.PERSON, "APETAGEX", "ISO6709", "Samsung")) {
                assertFalse(TestFiles.contains(bytes, hidden), type + " still holds " + hidden.strip());
            }
            if (type.equals("image/jpeg")) {
                assertNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes))
                        .getFirstDirectoryOfType(GpsDirectory.class));
                assertNotNull(javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes)));
            }
            if (type.equals("application/pdf")) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    assertFalse(pdf.getDocumentCatalog().getCOSObject().containsKey(COSName.getPDFName("OpenAction")));
                    for (COSName name : pdf.getPage(0).getResources().getXObjectNames()) {
                        if (pdf.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                            try (InputStream in = image.getCOSObject().createRawInputStream()) {
                                assertFalse(TestFiles.contains(in.readAllBytes(), "Exif"), "the PDF's photo kept EXIF");
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aFloodFromOneClientCannotBuryTheQueueAndAWorkerBehindTheSameAddressStillFilesFollowsUpAndUploads() {
        String flood = unique("Flood Farm");
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> fake = http.postJson("/api/v1/complaints", "{\"categories\":[\"DOCUMENTS_TAKEN\"],"
                    + "\"employerName\":\"" + flood + "\",\"narrative\":\"Fake urgent report " + i + ".\"}");
            assertEquals(201, fake.statusCode(), "fake " + i + ": " + fake.body());
        }
        List<JsonObject> firstRows = staffList("").getJsonArray("items").getValuesAs(JsonObject.class);
        long floodInQueue = firstRows.stream().filter(o -> flood.equals(o.getString("employerName", ""))).count();
        assertTrue(floodInQueue <= 5, floodInQueue + " of the first 200 rows of the triage queue are the flood");

        JsonObject held = staffList("held=true&q=" + flood.replace(' ', '+'));
        assertTrue(held.getInt("total") >= 295, "the rest are held apart: " + held.getInt("total"));
        Set<String> bursts = held.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("heldBurst")).collect(Collectors.toSet());
        assertEquals(1, bursts.size(), "one burst, grouped for the supervisor");

        String real = unique("Real Farm");
        String receipt = fileComplaint(real, "UNPAID_HOURS");
        assertEquals(200, http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}").statusCode(),
                "the real worker follows up");
        assertEquals(201, upload(receipt, "stub.jpg", TestFiles.plainJpeg()).statusCode(), "and uploads");
        long realCase = caseOf(real, true);
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/cases/" + realCase
                + "/release"))).POST(HttpRequest.BodyPublishers.noBody()), "Authorization", "Bearer " + SUPERVISOR)
                .statusCode());
        assertEquals(realCase, caseOf(real, false), "a supervisor puts the real one into the queue");
    }

    @Test
    void wrongReceiptCodesSlowAClientDownButARightCodeAlwaysOpensItsCase() {
        String receipt = fileComplaint(unique("Receipt Farm"), "LATE_PAY");
        int answered = 0;
        HttpResponse<String> wrong;
        do {
            wrong = http.postJson("/api/v1/followup", "{\"receipt\":\"1111 2222 3333 4444 " + (5000 + answered) + "\"}");
            answered++;
        } while (wrong.statusCode() == 404 && answered < 50);
        assertEquals(429, wrong.statusCode(), "after the wrong codes the client is asked to wait");
        assertTrue(answered <= 11, "ten wrong codes an hour: " + answered);
        long wait = Long.parseLong(wrong.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(wait > 0 && wait <= 360, "the wait is for one try (6 min), not an hour's lockout: " + wait);
        assertTrue(Http.json(wrong).getString("detail").contains("minutos"), "said in Spanish: " + wrong.body());

        HttpResponse<String> right = http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}");
        assertEquals(200, right.statusCode(), "a right code from the same address still opens: " + right.body());
        assertEquals(201, upload(receipt, "after.jpg", TestFiles.plainJpeg()).statusCode());
        String page = http.get("/follow-up").body();
        HttpResponse<String> web = http.postForm("/follow-up", Map.of("open", "open", "code", receipt,
                "open-case", "x", "jakarta.faces.ViewState", Http.hidden(page, "jakarta.faces.ViewState")));
        assertEquals(302, web.statusCode(), "the web page opens the case too, at its single-use view");
        assertTrue(web.headers().firstValue("Location").orElse("").contains("/follow-up?view="));
        assertEquals(429, http.postJson("/api/v1/followup", "{\"receipt\":\"1111 2222 3333 4444 4999\"}").statusCode(),
                "the next wrong code still waits");
    }

    @Test
    void oneClientCannotCarryAProfilePastThePublicThreshold() {
        long farm = org.jornada.testing.DirectoryFixtures.newEmployer(http, SUPERVISOR, "Stars Ranch");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(http.postJson("/api/v1/reviews", "{\"entityType\":\"EMPLOYER\",\"entityId\":" + farm
                    + ",\"overall\":5,\"season\":\"2026\"}").statusCode());
        }
        assertEquals(List.of(201, 202, 202, 202, 202), statuses, "one counts, the rest wait for a moderator");
        JsonObject ratings = Http.json(http.get("/api/v1/employers/" + farm)).getJsonObject("ratings");
        assertFalse(ratings.getBoolean("enoughReports"), ratings.toString());
    }

    @Test
    void failedSignInsOnOneAccountNeverRefuseAnotherAccountsRightPasswordFromTheSameAddress() throws Exception {
        String password = "long enough staff passphrase 42";
        String carla = "carla-" + UUID.randomUUID().toString().substring(0, 6);
        String dora = "dora-" + UUID.randomUUID().toString().substring(0, 6);
        for (String user : List.of(carla, dora)) {
            assertEquals(201, http.postJson("/api/v1/staff/accounts", "{\"username\":\"" + user
                    + "\",\"role\":\"UNION\",\"password\":\"" + password + "\"}", "Authorization", "Bearer " + ADMIN)
                    .statusCode());
        }
        for (int i = 0; i < 8; i++) {
            assertTrue(signIn(carla, "wrong password number " + i).contains("Sign-in did not work"));
        }
        String other = signIn(dora, password);
        assertTrue(other.contains("enrolCode"), "another account's right password goes on to its second factor");
        String guessed = signIn(carla, password);
        assertFalse(guessed.contains("enrolCode"), "the guessed account waits");
        assertTrue(guessed.contains("Sign-in did not work"), "with the one answer every refusal gets");
    }

    /** One sign-in attempt in a fresh browser session; the page that answers. */
    private static String signIn(String username, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String form = browser.send(HttpRequest.newBuilder(URI.create(http.url("/staff/sign-in"))).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String body = Map.of("signin", "signin", "signin:username", username, "signin:password", password,
                "signin:code", "", "signin:submit", "", "jakarta.faces.ViewState",
                Http.hidden(form, "jakarta.faces.ViewState")).entrySet().stream()
                .map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(http.url("/staff/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void inputsThatOnceAnsweredFiveHundredNowGetAClearAnswer() throws Exception {
        String deepArray = "[".repeat(1000) + "]".repeat(1000);
        String deepObject = "{\"a\":".repeat(1000) + "1" + "}".repeat(1000);
        for (String path : List.of("/api/v1/complaints", "/api/v1/followup", "/api/v1/followup/messages",
                "/api/v1/reviews")) {
            for (String body : List.of(deepArray, deepObject)) {
                HttpResponse<String> answer = http.postJson(path, body);
                assertEquals(400, answer.statusCode(), path + " deep JSON: " + answer.body());
                assertEquals("es", answer.headers().firstValue("Content-Language").orElse(""));
            }
        }
        for (String language : List.of("es-", "*;q=2", ",,,")) {
            for (String path : List.of("/api/v1/directory/search?q=agricola", "/api/v1/employers/1",
                    "/api/v1/staff/cases", "/api/v1/nope")) {
                HttpResponse<String> answer = http.get(path, "Accept-Language", language, "Authorization",
                        "Bearer " + SUPERVISOR);
                assertTrue(answer.statusCode() < 500, language + " " + path + ": " + answer.statusCode());
            }
            for (String path : List.of("/api/v1/followup", "/api/v1/reviews", "/api/v1/directory/suggest",
                    "/api/v1/complaints")) {
                HttpResponse<String> answer = http.postJson(path, "{}", "Accept-Language", language);
                assertTrue(answer.statusCode() < 500, language + " " + path + ": " + answer.statusCode());
                assertEquals("es", answer.headers().firstValue("Content-Language").orElse("es"),
                        "a malformed Accept-Language is read as Spanish");
            }
        }
        HttpResponse<String> charset = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/directory/suggest")))
                .header("Content-Type", "application/json; charset=x-unknown-9")
                .POST(HttpRequest.BodyPublishers.ofString("{\"q\":\"agr\",\"field\":\"employer\"}")));
        assertEquals(415, charset.statusCode(), charset.body());

        assertEquals(400, multipartToReport("jakarta.faces.ViewState", "garbage:123").statusCode(), "forged view state");
        assertEquals(400, http.postForm("/report", Map.of("report", "report", "jakarta.faces.ViewState", "stateless",
                "narrative", "hola", "submit", "x")).statusCode(), "url-encoded where the form is multipart");
        String truncated = "--XX\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\nreport\r\n--XX\r\n"
                + "Content-Disposition: form-data; name=\"narrative\"\r\n\r\nhol";
        assertEquals(400, raw("/report", "multipart/form-data; boundary=XX", truncated.getBytes()).statusCode());
        String boundary = "a".repeat(5000);
        assertEquals(400, raw("/report", "multipart/form-data; boundary=" + boundary, ("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"report\"\r\n\r\nreport\r\n--" + boundary + "--\r\n")
                .getBytes()).statusCode());
        byte[] huge = new byte[65 * 1024 * 1024];
        HttpResponse<String> tooLarge = http.postMultipart("/report", new Http.Multipart().field("report", "report")
                .field("jakarta.faces.ViewState", "stateless").file("files", "big.jpg", "image/jpeg", huge));
        assertEquals(413, tooLarge.statusCode());
        assertEquals("no-store", tooLarge.headers().firstValue("Cache-Control").orElse(""));
        String receipt = fileComplaint(unique("Upload Farm"), "UNPAID_HOURS");
        assertEquals(413, upload(receipt, "mid.jpg", new byte[11_700_000]).statusCode(),
                "11.7 MB answers 413 as the documentation says");
    }

    /**
     * Issue #23: JSON nested ~900 deep overflowed the parser on the launcher's 512 KB request-thread
     * stacks (500). Every address that reads a JSON body refuses 1,000, 10,000 and 100,000 levels
     * with 400 naming {@code body}, in the caller's language, before parsing; exactly the limit is
     * parsed and judged as usual.
     */
    @Test
    void jsonNestedPastTheLimitIsRefusedWith400OnEveryJsonEndpoint() {
        String employer = unique("Depth Farm");
        fileComplaint(employer, "UNPAID_HOURS");
        long caseId = anyCaseOf(employer);
        List<String> failures = new ArrayList<>();
        for (int depth : List.of(1_000, 10_000, 100_000)) {
            for (String body : DeepJson.bodies(depth)) {
                for (DeepJson.Endpoint endpoint : DeepJson.endpoints(caseId, SUPERVISOR, ADMIN)) {
                    HttpResponse<String> answer = DeepJson.post(http, endpoint, body, "es");
                    if (answer.statusCode() != 400 || !answer.body().contains("como mucho 64 niveles")
                            || !answer.body().contains("\"field\":\"body\"")) {
                        failures.add(endpoint.path() + " depth " + depth + ": " + answer.statusCode() + " "
                                + answer.body().substring(0, Math.min(200, answer.body().length())));
                    }
                }
            }
        }
        assertEquals(List.of(), failures, "JSON nested past the limit not refused with 400");
        HttpResponse<String> english = DeepJson.post(http, new DeepJson.Endpoint("/api/v1/staff/cases/" + caseId
                + "/notes", SUPERVISOR), DeepJson.arrays(1_000), "en");
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("at most 64 levels"), english.body());
        String atLimit = "{\"receipt\":\"1\",\"x\":" + DeepJson.arrays(63) + "}";
        HttpResponse<String> judged = http.postJson("/api/v1/followup", atLimit);
        assertEquals(400, judged.statusCode());
        assertEquals("x", Http.json(judged).getString("field"), "64 levels are parsed: the unknown field is named");
        HttpResponse<String> staffAtLimit = http.postJson("/api/v1/staff/cases/" + caseId + "/notes",
                "{\"text\":\"[[[\",\"x\":" + DeepJson.arrays(63) + "}", "Authorization", "Bearer " + SUPERVISOR);
        assertTrue(staffAtLimit.statusCode() < 500 && !staffAtLimit.body().contains("niveles"), staffAtLimit.body());
    }

    /**
     * Issue #23: {@code /rate} answered 500 on a postback without its button. Every worker form, posted
     * back whole, without each field and without any button, answers a worker page; without the
     * button, the form itself with a message in the worker's language.
     */
    @Test
    void postbacksMissingAnyFieldOrButtonGetTheWorkerFormBackNeverAServerError() {
        WorkerForms forms = new WorkerForms(http);
        String receipt = fileComplaint(unique("Form Farm"), "UNPAID_HOURS");
        long farm = org.jornada.testing.DirectoryFixtures.newEmployer(http, SUPERVISOR, "Form Ranch");
        // values that keep each post from storing anything: the walk spends no limit the other tests need
        forms.walk("/report", WorkerForms.form(http.get("/report").body(), "report"),
                Map.of("narrative", "x".repeat(20_001), "startedOn", "2026-13"), Set.of());
        WorkerForms.Form open = WorkerForms.form(http.get("/follow-up").body(), "open");
        forms.walk("/follow-up", open, Map.of("code", receipt), Set.of());
        Map<String, String> code = new java.util.LinkedHashMap<>(open.fields());
        code.put("code", receipt);
        HttpResponse<String> redirected = forms.post(open, code, open.buttons().get(0));
        String view = redirected.headers().firstValue("Location").orElseThrow();
        String opened = http.get(view.substring(view.indexOf("/follow-up"))).body();
        for (String id : List.of("reply", "evidence", "erase-form")) {
            forms.walk("/follow-up", WorkerForms.form(opened, id), Map.of(), Set.of());
        }
        String ratePage = http.get("/rate?kind=employers&id=" + farm).body();
        WorkerForms.Form rate = WorkerForms.form(ratePage, "rate");
        forms.walk("/rate", rate, Map.of("receipt", "x", "text", "y".repeat(1001)), Set.of("kind", "id"));
        WorkerForms.assertFormBackWithNotice(forms.post(rate, rate.fields(), null), "rate", WorkerForms.NOT_SENT_ES);
        WorkerForms.Form rateEn = WorkerForms.form(http.get("/rate?kind=employers&id=" + farm + "&lang=en").body(), "rate");
        WorkerForms.assertFormBackWithNotice(forms.post(rateEn, rateEn.fields(), null), "rate", WorkerForms.NOT_SENT_EN);
        Map<String, String> notAChoice = new java.util.LinkedHashMap<>(rate.fields());
        notAChoice.put("overall-choice", "9");
        WorkerForms.assertFormBackWithNotice(forms.post(rate, notAChoice, rate.buttons().get(0)), "rate",
                "no es una de las opciones");

        WorkerForms.Form wage = WorkerForms.form(http.get("/wage-check").body(), "wage");
        Map<String, String> check = new java.util.LinkedHashMap<>(Map.of("visa", "H-2A", "state", "NC",
                "jobOrderFiledOn", "2025-10-02", "payBasis", "HOURLY", "hourlyRate", "14.50", "rows", "1",
                "periods[0].from", "2025-05-05", "periods[0].to", "2025-05-11", "periods[0].hours", "40"));
        check.put("periods[0].paid", "400");
        forms.walk("/wage-check", wage, check, Set.of());
        String answered = forms.post(wage, check, new String[] {"do", "check"}).body();
        forms.walk("/wage-check", WorkerForms.form(answered, "attach"), Map.of("receipt", receipt), Set.of());
        forms.walk("/wage-check", WorkerForms.form(answered, "new-report"), Map.of(), Set.of());

        for (String page : List.of("/", "/about", "/rights", "/rights/pay", "/directory", "/employers/" + farm,
                "/rated", "/receipt", "/report", "/follow-up", "/rate?kind=employers&id=" + farm)) {
            for (Map<String, String> fields : List.of(Map.of("jakarta.faces.ViewState", "stateless"),
                    Map.of("jakarta.faces.ViewState", "stateless", "lang", "en", "q", "agricola"), Map.<String, String>of())) {
                HttpResponse<String> answer = http.postForm(page, fields);
                assertTrue(answer.statusCode() < 500, page + " " + fields + ": " + answer.statusCode());
            }
        }
        assertEquals(List.of(), forms.failures(), "worker forms that did not answer the form");
        assertTrue(forms.posts() > 60, "posts sent: " + forms.posts());
    }

    private static HttpResponse<String> multipartToReport(String field, String value) {
        return http.postMultipart("/report", new Http.Multipart().field("report", "report").field(field, value)
                .field("narrative", "hola").field("submit", "x"));
    }

    private static HttpResponse<String> raw(String path, String contentType, byte[] body) {
        return http.send(HttpRequest.newBuilder(URI.create(http.url(path))).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @Test
    void errorsRedirectsAndRefusalsCarryTheSecurityHeadersAndNoRedirectNamesTheSentHost() throws Exception {
        Map<String, HttpResponse<String>> answers = new java.util.LinkedHashMap<>();
        answers.put("404 page", http.get("/no-such-page"));
        answers.put("container 403", http.send(HttpRequest.newBuilder(URI.create(http.url("/report")))
                .PUT(HttpRequest.BodyPublishers.ofString("x"))));
        answers.put("redirect to sign-in", http.get("/staff/queue"));
        answers.put("API 404", http.get("/api/v1/nope"));
        answers.put("API 401", http.get("/api/v1/staff/cases"));
        for (Map.Entry<String, HttpResponse<String>> answer : answers.entrySet()) {
            var headers = answer.getValue().headers();
            assertEquals("no-store", headers.firstValue("Cache-Control").orElse(""), answer.getKey());
            assertTrue(headers.firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"),
                    answer.getKey());
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""), answer.getKey());
        }
        assertEquals(403, answers.get("container 403").statusCode());
        assertEquals(302, answers.get("redirect to sign-in").statusCode());
        assertEquals("/staff/sign-in", answers.get("redirect to sign-in").headers().firstValue("Location").orElse(""));

        try (Socket socket = new Socket("127.0.0.1", jar.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /staff/queue HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String head = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(head.startsWith("HTTP/1.1 302"), head);
            assertFalse(head.contains("evil.example"), "the Host header went into the redirect: " + head);
        }
    }

    @Test
    void bidirectionalControlsNeverReachWhatStaffRead() {
        String employer = unique("Granja") + " \u202Eazul\u202C";
        String receipt = fileComplaint(employer.replace("\u202E", "\\u202E").replace("\u202C", "\\u202C"), "THREATS");
        assertEquals(201, http.postJson("/api/v1/followup/messages", "{\"receipt\":\"" + receipt
                + "\",\"text\":\"Pagaron \\u202E00.001$\\u202C hoy\"}").statusCode());
        String plain = employer.replace("\u202E", "").replace("\u202C", "");
        long id = anyCaseOf(plain.substring(0, plain.indexOf(" azul")));
        JsonObject view = Http.json(http.get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + SUPERVISOR));
        assertEquals(plain, view.getString("employerName"));
        String text = view.getJsonArray("messages").getJsonObject(0).getString("text");
        assertEquals("Pagaron 00.001$ hoy", text);
    }

    /**
     * Last, on purpose: the limits are per client address and every call here comes from
     * 127.0.0.1, so the thousands of generated inputs spend every budget (complaints an hour, wrong
     * codes, sign-in failures) that the tests above must find fresh. The other tests make their
     * own data and run in any order.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void generatedInputNeverGetsAServerError() throws Exception {
        HostileFuzzing fuzzing = new HostileFuzzing(http, 20261130L);
        Map<String, Integer> sent = fuzzing.run(1000);
        sent.forEach((endpoint, count) -> assertTrue(count >= 1000, endpoint + ": " + count));
        assertEquals(List.of(), fuzzing.failures(), "generated inputs answered with a server error");
    }
}
