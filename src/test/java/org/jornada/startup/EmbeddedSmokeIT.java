package org.jornada.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jornada.testing.FileModes;
import org.jornada.testing.Http;
import org.jornada.testing.RunningJar;
import org.jornada.testing.StaffApiClient;
import org.jornada.testing.StaffBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The zero-setup default: {@code java -jar target/jornada.jar} with no database settings starts on
 * the embedded H2 file with demo data, takes a complaint, and serves the worker pages gzipped,
 * without a Server header, within the 30 KB / 3 request budget; the staff pages and lists work on
 * H2 as on MariaDB; and its data folder stays owner-only whatever is written into it.
 */
class EmbeddedSmokeIT {

    private static final String ADMIN = "smoke-admin-token-0123456789abcdef0123";

    private static RunningJar jar;
    private static Path dataDir;
    private static Http http;
    private static StaffBrowser admin;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("jornada-smoke");
        java.util.Map<String, String> env = new java.util.HashMap<>();
        env.put("DB_URL", null);
        env.put("DB_USER", null);
        env.put("DB_PASSWORD", null);
        env.put("JORNADA_SMTP_HOST", null);
        env.put("JORNADA_ORG_NAME", "Centro de Trabajadores DEMO");
        env.put("JORNADA_ORG_PHONE", "+1 (912) 555-0100");
        env.put("JORNADA_ORG_HOURS", "lunes a sábado, 8 a 20 h");
        env.put("JORNADA_ADMIN_TOKEN", ADMIN);
        env.put("JORNADA_OUTBOX_EVERY_SECONDS", "1");
        env.put("JORNADA_DATA_DIR_CHECK_SECONDS", "1");
        // a key retired after a rotation: re-keying checks every sealed value in the background
        byte[] retired = new byte[32];
        new java.security.SecureRandom().nextBytes(retired);
        env.put("JORNADA_DATA_KEYS_RETIRED", java.util.Base64.getEncoder().encodeToString(retired));
        env.put("JORNADA_REKEY_EVERY_SECONDS", "1");
        jar = RunningJar.startAsUser(env, dataDir);
        http = jar.http();
    }

    @AfterAll
    static void stop() throws Exception {
        if (jar != null) {
            String log = jar.log();
            jar.close();
            // Timers (auto-links, outbox, retention, pattern copy) ran their SQL on H2 meanwhile too.
            assertFalse(log.contains("org.h2.jdbc.JdbcSQL"), "an SQL statement H2 refused: see " + log.lines()
                    .filter(l -> l.contains("org.h2.jdbc.JdbcSQL")).findFirst().orElse(""));
        }
    }

    /**
     * The jar's re-keying wiring (the retired keys read from JORNADA_DATA_KEYS_RETIRED, the timer,
     * the run on H2): with nothing sealed under the retired key, the log says it can go. The
     * re-sealing itself is RekeyingIT's, in the container.
     */
    @Test
    void aRetiredDataKeyIsCheckedInTheBackgroundAndTheLogSaysWhenItCanGo() {
        org.awaitility.Awaitility.await("the re-keying run's last word").atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofMillis(500))
                .until(() -> jar.log().contains("Re-keying: every sealed value uses the current key; the retired keys can go"));
        assertFalse(jar.log().contains("Re-keying failed"), jar.tail());
    }

    @Test
    void startedWithNoJvmOptionTheLauncherRunsThePortalInASmallJvmWithoutADataGrid() {
        var portal = jar.processes().stream().filter(p -> p.info().arguments().map(a -> List.of(a).contains(
                "-XX:TieredStopAtLevel=1")).orElse(false)).findFirst();
        assertTrue(portal.isPresent(), "the portal runs in the JVM the launcher started");
        List<String> arguments = List.of(portal.get().info().arguments().orElseThrow());
        assertTrue(arguments.contains("-Xmx176m") && arguments.contains("-Xmn25m") && arguments.contains("-XX:+UseSerialGC"), arguments.toString());
        assertFalse(jar.log().contains("Hazelcast Instance Bound"), "no data grid without a cluster");
    }

    @Test
    void theEmbeddedDefaultAcceptsAComplaintAndServesTheDemoCases() throws Exception {
        String narrative = "Smoke test narrative: nos pagan 9 dólares la hora.";
        HttpResponse<String> filed = http.postJson("/api/v1/complaints",
                "{\"categories\":[\"BELOW_REQUIRED_WAGE\"],\"narrative\":\"" + narrative + "\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        String receipt = Http.json(filed).getString("receipt");

        JsonObject demo = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"2026 0000 0000 0000 0001\"}"));
        assertEquals("ADVOCATE", demo.getJsonArray("messages").getJsonObject(0).getString("from"));
        assertEquals(200, http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}").statusCode());

        JsonObject directory = Http.json(http.get("/api/v1/directory/search?q=agricola+san+jose"));
        assertEquals("Agrícola San José DEMO, S.A. de C.V.",
                directory.getJsonArray("items").getJsonObject(0).getString("name"), directory.toString());
        assertEquals("RECRUITER", Http.json(http.get("/api/v1/directory/search?q=reclutamientos+bajio"))
                .getJsonArray("items").getJsonObject(0).getString("kind"));

        assertTrue(Files.exists(dataDir.resolve("jornada.mv.db")), "the H2 file lives in JORNADA_DATA_DIR");
        Path key = dataDir.resolve("data.key");
        assertTrue(Files.exists(key) && Files.exists(dataDir.resolve("receipt-pepper.key")));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir)),
                "only the portal's user enters the data folder");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve("jornada.mv.db"))), "the embedded database is not world-readable");
        assertTrue(jar.log().contains("Data: embedded H2 database and generated keys in " + dataDir),
                "the startup log says where the data is kept (the README's fresh-start note)");
        assertFalse(jar.log().contains(receipt), "a receipt code reached the log");
        assertFalse(jar.log().contains("9 dólares"), "complaint text reached the log");
    }

    @Test
    void everyWorkerPageSaysWhoRunsThePortalAndTheAboutPageSaysWhatIsKeptAndWhatIsNever() {
        String home = http.get("/").body();
        assertTrue(home.contains("Portal de Centro de Trabajadores DEMO"), "the footer names the organization");
        assertTrue(home.contains("href=\"tel:+19125550100\""), "its phone is a link a phone dials");
        assertTrue(home.contains("href=\"tel:911\""), "911 from the home page");
        String about = http.get("/about").body();
        for (String text : List.of("Este portal lo maneja Centro de Trabajadores DEMO.", "href=\"sms:+19125550100\"",
                "lunes a sábado", "La dirección de internet (IP)", "La ubicación de sus fotos",
                "Si perdió su código de recibo")) {
            assertTrue(about.contains(text), "the About page says: " + text);
        }
        assertTrue(http.get("/about?lang=en").body().contains("What we never keep"));
        assertTrue(http.get("/follow-up").body().contains("/about#lost-code"), "lost-code help from the follow-up page");
        assertTrue(http.get("/report").body().contains("el empleador y el reclutador nunca lo ven"),
                "the report form says what is true about a contact given");
    }

    @Test
    void aProfileReadsAsWordsInThePagesLanguage() {
        long id = Http.json(http.get("/api/v1/directory/search?q=agricola+san+jose")).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        String spanish = http.get("/employers/" + id).body();
        assertTrue(spanish.contains(">H-2A</td><td data-label=\"Cultivo\">Cebollas</td>"), "lists as words, crops in Spanish");
        assertTrue(spanish.contains("Vidalia, GA · Estados Unidos"), "the country in Spanish");
        assertFalse(spanish.contains("[H-2A]") || spanish.contains("· ·"));
        String english = http.get("/employers/" + id + "?lang=en").body();
        assertTrue(english.contains(">H-2A</td><td data-label=\"Crop\">Onions</td>") && english.contains("United States"));
        assertTrue(spanish.contains("/rate?kind=employers&amp;id=" + id), "the profile offers to rate");
    }

    @Test
    void pagesAreGzippedWithoutServerHeaderAndTraceIsOff() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> page = client.send(HttpRequest.newBuilder(URI.create(http.url("/report")))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, page.statusCode());
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        assertTrue(page.headers().firstValue("Server").isEmpty(), "Server header: " + page.headers().map());
        assertTrue(page.headers().firstValue("X-Powered-By").isEmpty());
        HttpResponse<String> trace = http.send(HttpRequest.newBuilder(URI.create(http.url("/")))
                .method("TRACE", HttpRequest.BodyPublishers.noBody()));
        assertNotEquals(200, trace.statusCode());
    }

    @Test
    void workerPagesStayWithinThirtyKilobytesGzippedInThreeRequests() throws Exception {
        for (String path : List.of("/", "/report", "/follow-up", "/?lang=en", "/report?lang=en", "/directory",
                "/directory?q=agricola+san+jose", "/about", "/about?lang=en", "/wage-check", "/wage-check?lang=en",
                "/rights", "/rights?lang=en", "/rights/pay", "/rights/three-fourths", "/rights/housing",
                "/rights/travel-and-visa", "/rights/recruitment-fees", "/rights/documents", "/rights/safety-and-heat",
                "/rights/discrimination", "/rights/retaliation", "/rights/organizing", "/rights/trafficking?lang=en",
                "/job-check", "/job-check?employer=agricola+san+jose&recruiter=reclutadora&state=GA")) {
            String html = http.get(path).body();
            List<String> resources = resources(html);
            long total = gzipped(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String resource : resources) {
                HttpResponse<String> loaded = http.get(resource);
                assertEquals(200, loaded.statusCode(), resource);
                total += gzipped(loaded.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            int requests = 1 + resources.size();
            System.out.printf("page-weight %s: %d requests, %.1f KB gzipped%n", path, requests, total / 1024.0);
            assertTrue(requests <= 3, path + " makes " + requests + " requests: " + resources);
            assertTrue(total <= 30 * 1024, path + " weighs " + total + " bytes gzipped");
            assertFalse(html.contains("primefaces") || html.contains("jakarta.faces.resource"), path);
        }
    }

    @Test
    void theSupervisorsTriageQueueOpensOnTheEmbeddedDatabase() throws Exception {
        // H2 could not type SUM(CASE WHEN urgent = ? THEN ? ELSE ? END), the held complaints' count
        // only supervisors see: the queue answered 500 ("Algo falló") on the embedded default.
        StaffBrowser supervisor = new StaffBrowser(http);
        supervisor.signInFirstTime("demo-supervisor", DemoData.STAFF_PASSWORD);
        for (String path : List.of("/staff/queue", "/staff/queue?saved=held", "/staff/queue?saved=urgent-unassigned",
                "/staff/queue?saved=deadline-14", "/staff/queue?saved=mine", "/staff/referrals?state=DUE")) {
            HttpResponse<String> page = supervisor.get(path);
            assertEquals(200, page.statusCode(), path + ": " + Http.text(page.body()));
            assertFalse(page.body().contains("Algo falló"), path + ": " + Http.text(page.body()));
        }
        assertTrue(supervisor.get("/staff/queue").body().contains("DEMO"), "the demo cases are listed");
    }

    @Test
    void theStaffListsPatternViewsWageTablesAndErasureRunOnTheEmbeddedDatabase() throws Exception {
        // Each runs native SQL or JPQL that H2 (MySQL mode) might read otherwise than MariaDB.
        StaffApiClient api = new StaffApiClient(http, ADMIN);
        String supervisor = api.newCaseWorkerToken("SUPERVISOR", admin());
        String union = api.newToken("UNION");
        for (String path : List.of("/api/v1/staff/cases", "/api/v1/staff/cases?held=true",
                "/api/v1/staff/cases?q=agricola", "/api/v1/staff/cases?q=zq", "/api/v1/staff/authorities",
                "/api/v1/staff/referrals?state=DUE", "/api/v1/staff/audit", "/api/v1/staff/wage-tables",
                "/api/v1/staff/reviews")) {
            api.get(path, supervisor);
        }
        for (String path : List.of("/api/v1/patterns/entities?kind=EMPLOYER", "/api/v1/patterns/trends",
                "/api/v1/patterns/map", "/api/v1/patterns/entities.csv?kind=EMPLOYER")) {
            HttpResponse<String> answer = http.get(path, "Authorization", "Bearer " + union);
            assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        }
        String code = "AEWR-H2-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/wage-tables"
                + "?kind=AEWR&code=" + code + "&effectiveFrom=2046-01-01&name=H2+table&source=https%3A%2F%2Fflag.dol.gov")))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("State,Rate\nWY,31.00\n")),
                "Authorization", "Bearer " + ADMIN);
        assertEquals(201, imported.statusCode(), imported.body());
        HttpResponse<String> check = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"WY\","
                + "\"jobOrderFiledOn\":\"2025-09-01\",\"periods\":[{\"from\":\"2046-03-05\",\"to\":\"2046-03-11\","
                + "\"hours\":10,\"paid\":100}]}");
        assertEquals(200, check.statusCode(), check.body());

        StaffApiClient.Filed erased = api.verifiedCase("Erased Farms " + UUID.randomUUID().toString().substring(0, 8),
                supervisor, null);
        assertEquals(201, api.post("/api/v1/staff/cases/" + erased.id() + "/notes", supervisor,
                "{\"text\":\"To be erased\",\"forReferral\":false}").statusCode());
        HttpResponse<String> erase = http.postJson("/api/v1/followup/erase", "{\"receipt\":\"" + erased.receipt()
                + "\",\"what\":\"CASE\"}");
        assertEquals(200, erase.statusCode(), erase.body());
    }

    @Test
    void everyFolderInTheDataFolderIs0700AndEveryFile0600AfterEachKindOfFileIsWritten() throws Exception {
        StaffApiClient api = new StaffApiClient(http, ADMIN);
        String preparer = api.newCaseWorkerToken("SUPERVISOR", admin());
        byte[] photo = Files.readAllBytes(Path.of("src/test/resources/fixtures/photos/Apple_iPhone_XR_small.jpg"));
        long caseId = api.verifiedCase("Modes Orchards " + UUID.randomUUID().toString().substring(0, 8), preparer,
                photo).id();
        assertEquals(201, api.post("/api/v1/staff/cases/" + caseId + "/notes", preparer,
                "{\"text\":\"Stubs checked\",\"forReferral\":true}").statusCode());
        assertEquals(201, api.post("/api/v1/staff/cases/" + caseId + "/messages", preparer,
                "{\"text\":\"Recibimos sus fotos.\"}").statusCode());
        HttpResponse<String> draft = api.post("/api/v1/staff/cases/" + caseId + "/referrals", preparer,
                "{\"authorityId\":" + api.officeWithEmail() + ",\"identity\":\"ANONYMOUS\",\"evidence\":\"ATTACH\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long referral = Http.json(draft).getJsonNumber("id").longValue();
        assertEquals(200, api.post("/api/v1/staff/referrals/" + referral + "/submit", preparer, "").statusCode());
        HttpResponse<String> approved = api.post("/api/v1/staff/referrals/" + referral + "/approve",
                api.newCaseWorkerToken("SUPERVISOR", admin()), "");
        assertEquals(200, approved.statusCode(), approved.body());
        HttpResponse<String> sent = api.post("/api/v1/staff/referrals/" + referral + "/send", preparer, "");
        assertEquals(202, sent.statusCode(), sent.body());
        Path outbox = dataDir.resolve("outbox");
        awaitTrue(() -> Files.isDirectory(outbox) && FileModes.names(outbox).stream().anyMatch(f -> f.endsWith(".eml")),
                () -> "no SMTP server: the mail is written to outbox/ as an .eml file");

        // Files made later by someone else, with the umask's modes (as H2 makes its temporary files).
        Path stray = Files.createDirectories(dataDir.resolve("stray"));
        Files.setPosixFilePermissions(stray, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = Files.writeString(stray.resolve("left-behind.tmp"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        awaitTrue(() -> FileModes.widerThanOwnerOnly(dataDir).isEmpty(),
                () -> "every folder 0700 and every file 0600, by now: " + FileModes.widerThanOwnerOnly(dataDir));

        List<String> names = FileModes.names(dataDir);
        for (String expected : List.of("outbox", "jornada.mv.db", "data.key", "receipt-pepper.key", "left-behind.tmp")) {
            assertTrue(names.contains(expected), expected + " was checked: " + names);
        }
        assertFalse(names.contains("jornada.trace.db"), "H2 keeps no trace file");
    }

    /** demo-admin, signed in once for the class (the first sign-in enrols the second factor). */
    private static synchronized StaffBrowser admin() throws Exception {
        if (admin == null) {
            admin = new StaffBrowser(http);
            admin.signInFirstTime("demo-admin", DemoData.STAFF_PASSWORD);
        }
        return admin;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, java.util.function.Supplier<String> what) {
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofMillis(250)).until(condition::getAsBoolean);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(what.get(), e);
        }
    }

    private static List<String> resources(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<(?:link[^>]*rel=\"stylesheet\"[^>]*href|script[^>]*src|img[^>]*src)=\"([^\"]+)\"")
                .matcher(html);
        while (m.find()) {
            if (!m.group(1).startsWith("data:")) {
                found.add(m.group(1));
            }
        }
        return found;
    }

    private static long gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

}
