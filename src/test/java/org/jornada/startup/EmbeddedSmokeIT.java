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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jornada.testing.Http;
import org.jornada.testing.RunningJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The zero-setup default: {@code java -jar target/jornada.jar} with no database settings starts on
 * the embedded H2 file with demo data, takes a complaint, and serves the worker pages gzipped,
 * without a Server header, within the 30 KB / 3 request budget.
 */
class EmbeddedSmokeIT {

    private static RunningJar jar;
    private static Path dataDir;
    private static Http http;

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
        jar = RunningJar.startAsUser(env, dataDir);
        http = jar.http();
    }

    @AfterAll
    static void stop() throws Exception {
        if (jar != null) {
            jar.close();
        }
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
        assertTrue(spanish.contains("<td>H-2A</td><td>Cebollas</td>"), "lists as words, crops in Spanish");
        assertTrue(spanish.contains("Vidalia, GA · Estados Unidos"), "the country in Spanish");
        assertFalse(spanish.contains("[H-2A]") || spanish.contains("· ·"));
        String english = http.get("/employers/" + id + "?lang=en").body();
        assertTrue(english.contains("<td>H-2A</td><td>Onions</td>") && english.contains("United States"));
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
                "/rights/discrimination", "/rights/retaliation", "/rights/organizing", "/rights/trafficking?lang=en")) {
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
