package org.jornada.complaint.boundary;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jornada.testing.Http;
import org.jornada.testing.OwnMariaDb;
import org.jornada.testing.RunningJar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The database stops under load and comes back (issue #13): the shipped jar against its own
 * MariaDB, which this test stops and starts while four clients file complaints. Every complaint
 * answered 201 is in the database afterwards; the others were answered 503 with
 * {@code Retry-After} and a message in the worker's language; the report form keeps what was
 * typed; and the portal recovers without a restart. And when the database is up but cannot store
 * more (a full disk or table): 507, nothing half-stored, the form kept.
 */
class DatabaseOutageIT {

    private static OwnMariaDb db;
    private static RunningJar jar;

    /** The shared bare jar (no demo, no organization, limits lifted) and its MariaDB, which these tests stop and start. */
    @BeforeAll
    static void start() throws Exception {
        jar = org.jornada.testing.SharedJars.bare();
        db = org.jornada.testing.SharedJars.bareDb();
    }

    private record Answer(int status, String body, String retryAfter) {
    }

    private static Answer file(Http http, int n) {
        HttpResponse<String> r = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"narrative\":\"Caída de la base " + n + "\"}", "Accept-Language", "es");
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
    }

    @Test
    void complaintsFiledWhileTheDatabaseStopsAndComesBackAreStoredOrRefusedWith503AndNoneIsLost() throws Exception {
        Http http = jar.http();
        List<String> receipts = Collections.synchronizedList(new ArrayList<>());
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger counter = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        for (int c = 0; c < 4; c++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        Answer a = file(http, counter.incrementAndGet());
                        if (a.status() == 201) {
                            receipts.add(receiptOf(a.body()));
                        } else if (a.status() == 503 && a.retryAfter() != null && a.body().contains("base de datos")) {
                            refused.incrementAndGet();
                            Thread.sleep(250);
                        } else {
                            unexpected.add(a.status() + " " + a.retryAfter() + " " + a.body());
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (RuntimeException e) {
                        unexpected.add(e.toString());
                    }
                }
            });
        }
        await("complaints filed before the outage").atMost(Duration.ofSeconds(60))
                .until(() -> receipts.size() >= 20 || !unexpected.isEmpty());
        int beforeOutage = receipts.size();
        db.stop();
        await("complaints refused while the database is down").atMost(Duration.ofSeconds(60))
                .until(() -> refused.get() >= 4 || !unexpected.isEmpty());

        // The worker's form while the database is down: 503, the message in Spanish, the text still there.
        HttpResponse<String> typed = report(http, "Me cobraron 9,000 pesos por la visa.", null);
        assertEquals(503, typed.statusCode(), typed.body().substring(0, Math.min(400, typed.body().length())));
        assertTrue(typed.headers().firstValue("Retry-After").isPresent());
        assertTrue(typed.body().contains("nuestra base de datos no responde"), "the message, in the worker's language");
        assertTrue(typed.body().contains("Me cobraron 9,000 pesos por la visa."), "what was typed is still on the page");

        // Any other call that needs the database: 503 too, never a 500 or a trace.
        HttpResponse<String> followUp = http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipts.get(0) + "\"}",
                "Accept-Language", "es");
        assertEquals(503, followUp.statusCode(), followUp.body());
        assertTrue(followUp.headers().firstValue("Retry-After").isPresent());
        assertTrue(followUp.body().contains("base de datos"), followUp.body());

        int refusedSoFar = refused.get();
        await("more complaints refused").atMost(Duration.ofSeconds(60))
                .until(() -> refused.get() >= refusedSoFar + 4 || !unexpected.isEmpty());
        int duringOutage = receipts.size();
        long restarted = System.nanoTime();
        db.restart();
        long deadline = restarted + TimeUnit.SECONDS.toNanos(90);
        int recoveredAt = receipts.size();
        while (receipts.size() == recoveredAt && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long recoveryMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
        await("complaints filed again after the restart").atMost(Duration.ofSeconds(60))
                .until(() -> receipts.size() >= recoveredAt + 20 || !unexpected.isEmpty());
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(120, TimeUnit.SECONDS));

        assertTrue(unexpected.isEmpty(), "every answer was 201, or 503 with Retry-After in Spanish: " + unexpected.subList(
                0, Math.min(5, unexpected.size())));
        assertTrue(beforeOutage > 0, "complaints were filed before the outage");
        assertTrue(refused.get() > 0, "complaints during the outage were refused with 503");
        assertTrue(receipts.size() > duringOutage, "the portal recovered without a restart");
        for (String receipt : receipts) {
            HttpResponse<String> found = http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}");
            assertEquals(200, found.statusCode(), "a complaint answered 201 is stored: " + found.body());
        }
        assertTrue(jar.log().contains("answered 503"), "the outage is in the log");
        System.out.printf("Outage: %d filed before, %d refused with 503 while down, first 201 %d ms after the"
                + " database was started again (its own start included), %d filed in all, every one found%n",
                beforeOutage, refused.get(), recoveryMillis, receipts.size());
    }

    @Test
    void whenTheDatabaseCannotStoreMoreAComplaintOrFileIsRefusedWith507AndNothingIsHalfStored() throws Exception {
        Http http = jar.http();
        Answer filed = file(http, -1);
        assertEquals(201, filed.status(), filed.body());
        String receipt = receiptOf(filed.body());
        byte[] photo = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                "src/test/resources/fixtures/photos/Apple_iPhone_XR_small.jpg"));
        long evidenceBefore = db.count("SELECT COUNT(*) FROM evidence");
        long casesBefore = db.count("SELECT COUNT(*) FROM complaint");
        // What MariaDB answers when a table or its disk is full (error 1114), raised by the server
        // itself on every insert: the real error through the real driver and pool.
        db.run("CREATE TRIGGER jornada.full_evidence BEFORE INSERT ON jornada.evidence FOR EACH ROW"
                + " SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1114, MESSAGE_TEXT = 'The table evidence is full'");
        db.run("CREATE TRIGGER jornada.full_complaint BEFORE INSERT ON jornada.complaint FOR EACH ROW"
                + " SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1114, MESSAGE_TEXT = 'The table complaint is full'");
        try {
            HttpResponse<String> upload = http.postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                    .field("receipt", receipt).file("file", "talon.jpg", "image/jpeg", photo), "Accept-Language", "es");
            assertEquals(507, upload.statusCode(), upload.body());
            assertTrue(upload.headers().firstValue("Retry-After").isPresent());
            assertTrue(upload.body().contains("almacenamiento est\u00e1 lleno"), upload.body());

            Answer complaint = file(http, -2);
            assertEquals(507, complaint.status(), complaint.body());
            assertTrue(complaint.retryAfter() != null && complaint.body().contains("nada de lo que guard\u00f3 antes se perdi\u00f3"));

            // The report form with a photo: refused whole, the text kept, the way on said.
            HttpResponse<String> typed = report(http, "No me pagaron la \u00faltima semana.", photo);
            assertEquals(507, typed.statusCode(), Http.text(typed.body()));
            assertTrue(typed.body().contains("Env\u00edelo otra vez sin los archivos"), "what to do, in Spanish");
            assertTrue(typed.body().contains("No me pagaron la \u00faltima semana."), "what was typed is still on the page");

            assertEquals(evidenceBefore, db.count("SELECT COUNT(*) FROM evidence"), "no file stored");
            assertEquals(casesBefore, db.count("SELECT COUNT(*) FROM complaint"), "no case without its files");
            assertTrue(jar.log().contains("answered 507"));
        } finally {
            db.run("DROP TRIGGER jornada.full_evidence");
            db.run("DROP TRIGGER jornada.full_complaint");
        }
        // Space again: the same file goes in.
        HttpResponse<String> again = http.postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", receipt).file("file", "talon.jpg", "image/jpeg", photo));
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(evidenceBefore + 1, db.count("SELECT COUNT(*) FROM evidence"));
    }

    /** The report form sent as a worker's browser sends it, in Spanish, with a photo when one is given. */
    private static HttpResponse<String> report(Http http, String narrative, byte[] photo) {
        String form = http.get("/report").body();
        var names = Http.inputNamesById(form);
        String categoryName = names.entrySet().stream().filter(e -> e.getKey().endsWith(":cat:0")).findFirst()
                .orElseThrow().getValue();
        Http.Multipart body = new Http.Multipart()
                .field("report", "report").field("lang", "es").field("token", Http.hidden(form, "token"))
                .field(categoryName, "RECRUITMENT_FEE")
                .field(names.get("narrative"), narrative);
        if (photo != null) {
            body.file(names.get("files"), "talon.jpg", "image/jpeg", photo);
        }
        return http.postMultipart("/report", body.field("jakarta.faces.ViewState", Http.hidden(form, "jakarta.faces.ViewState"))
                .field(names.get("submit"), "Enviar reporte"));
    }

    private static String receiptOf(String body) {
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getString("receipt");
    }
}
