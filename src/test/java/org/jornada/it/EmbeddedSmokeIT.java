package org.jornada.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jornada.testing.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The zero-setup default: {@code java -jar target/jornada.jar} with no database settings starts on
 * the embedded H2 file with demo data, takes a complaint, and serves the worker pages gzipped,
 * without a Server header, within the 30 KB / 3 request budget.
 */
class EmbeddedSmokeIT {

    private static Process process;
    private static Path dataDir;
    private static Path log;
    private static Http http;
    private static int port;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("jornada-smoke");
        log = Files.createTempFile("jornada-smoke", ".log");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-jar",
                System.getProperty("jornada.jar", "target/jornada.jar"));
        Map<String, String> env = builder.environment();
        env.remove("DB_URL");
        env.remove("DB_USER");
        env.remove("DB_PASSWORD");
        env.put("JORNADA_DATA_DIR", dataDir.toString());
        env.put("PORT", Integer.toString(port));
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        process = builder.start();
        http = new Http("http://127.0.0.1:" + port);
        HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
        String last = "no answer yet";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), "jornada.jar stopped: " + tail());
            try {
                HttpResponse<String> ready = probe.send(HttpRequest.newBuilder(URI.create(http.url("/health/ready")))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                last = ready.statusCode() + " " + ready.body();
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(1000);
        }
        // Say why: the last answer, what the server's request threads were doing, the log's warnings.
        throw new AssertionError("not ready within 300 s; last answer: " + last + "\n" + threads() + "\n"
                + warnings() + "\n" + tail());
    }

    private static String threads() {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(process.pid()), "Thread.print").redirectErrorStream(true).start();
            String dump = new String(jcmd.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            jcmd.waitFor(30, TimeUnit.SECONDS);
            StringBuilder busy = new StringBuilder();
            for (String thread : dump.split("\n\n")) {
                if (thread.contains("http-thread-pool") && thread.contains("org.jornada")
                        || thread.contains("jdbc") || thread.contains("health")) {
                    busy.append(thread, 0, Math.min(thread.length(), 1500)).append('\n');
                }
            }
            return busy.length() == 0 ? "no request thread busy in our code" : busy.toString();
        } catch (IOException | InterruptedException e) {
            return "no thread dump: " + e;
        }
    }

    private static String warnings() {
        try {
            return Files.readAllLines(log).stream().filter(l -> l.contains("SEVERE") || l.contains("WARNING"))
                    .limit(20).map(l -> l.substring(0, Math.min(l.length(), 400)))
                    .collect(java.util.stream.Collectors.joining("\n"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static String tail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 3000));
        } catch (IOException e) {
            return e.toString();
        }
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
        assertFalse(Files.readString(log).contains(receipt), "a receipt code reached the log");
        assertFalse(Files.readString(log).contains("9 dólares"), "complaint text reached the log");
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
                "/directory?q=agricola+san+jose")) {
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
