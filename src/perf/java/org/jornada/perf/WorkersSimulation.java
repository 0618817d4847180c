package org.jornada.perf;

import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one server holds (issue #13): {@code perf.workers} workers (200) arrive over 30 s and, for
 * {@code perf.minutes} minutes (5), each opens the report form, files a complaint, comes back with
 * the receipt to follow up, and uploads a photo of a pay stub, pausing as a person on a phone
 * does; five advocates read the queue meanwhile. Afterwards every receipt a worker was given is
 * looked up again: a receipt that opens nothing is a lost complaint. Run by scripts/perf.sh
 * against MariaDB; results in docs/performance.md.
 */
public class WorkersSimulation extends Simulation {

    private static final String BASE = System.getProperty("perf.baseUrl", "http://127.0.0.1:8090");
    private static final int WORKERS = Integer.getInteger("perf.workers", 200);
    private static final int MINUTES = Integer.getInteger("perf.minutes", 5);
    private static final String STAFF_TOKEN = System.getProperty("perf.staffToken", "bench-bootstrap-token-0123456789");
    private static final Queue<String> RECEIPTS = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> CATEGORIES = List.of("UNPAID_HOURS", "RECRUITMENT_FEE", "DOCUMENTS_TAKEN",
            "UNSAFE_HOUSING", "THREATS");

    private final byte[] photo = read("src/test/resources/fixtures/photos/Apple_iPhone_XR_small.jpg");

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptLanguageHeader("es")
            .userAgentHeader("Mozilla/5.0 (Linux; Android 10; K) Jornada-perf");

    private final ChainBuilder oneVisit = exec(http("report form").get("/report").check(status().is(200)))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(session -> session.set("n", SEQUENCE.incrementAndGet()))
            .exec(http("file complaint").post("/api/v1/complaints").asJson()
                    .body(StringBody(session -> "{\"categories\":[\"" + CATEGORIES.get(session.getInt("n") % 5)
                            + "\"],\"employerName\":\"Granja Carga " + (session.getInt("n") % 40)
                            + "\",\"worksiteState\":\"NC\",\"narrative\":\"Prueba de carga " + session.getInt("n")
                            + ": no pagan las horas extra desde hace tres semanas.\"}"))
                    .check(status().is(201), jsonPath("$.receipt").saveAs("receipt")))
            .exec(session -> {
                RECEIPTS.add(session.getString("receipt"));
                return session;
            })
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .exec(http("follow up").post("/api/v1/followup").asJson()
                    .body(StringBody("{\"receipt\":\"#{receipt}\"}")).check(status().is(200)))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(4))
            .exec(http("upload pay stub").post("/api/v1/followup/evidence")
                    .bodyPart(StringBodyPart("receipt", "#{receipt}"))
                    .bodyPart(ByteArrayBodyPart("file", photo).fileName("talon.jpg").contentType("image/jpeg"))
                    .asMultipartForm().check(status().is(201)))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8));

    private final ScenarioBuilder workers = scenario("workers")
            .during(Duration.ofMinutes(MINUTES)).on(oneVisit);

    private final ScenarioBuilder staff = scenario("advocates")
            .during(Duration.ofMinutes(MINUTES)).on(
                    exec(http("read the queue").get("/api/v1/staff/cases?state=RECEIVED")
                            .header("Authorization", "Bearer " + STAFF_TOKEN).check(status().is(200)))
                            .pause(Duration.ofSeconds(3), Duration.ofSeconds(10)));

    {
        setUp(workers.injectOpen(rampUsers(WORKERS).during(Duration.ofSeconds(30))),
                staff.injectOpen(atOnceUsers(5)))
                .protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }

    /** Every receipt given out opens its case: none of the complaints answered 201 was lost. */
    @Override
    public void after() {
        HttpClient client = HttpClient.newHttpClient();
        int found = 0;
        int missing = 0;
        for (String receipt : RECEIPTS) {
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/followup"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"receipt\":\"" + receipt + "\"}")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    found++;
                } else {
                    missing++;
                }
            } catch (IOException e) {
                missing++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        String result = "Receipts given: " + RECEIPTS.size() + ", found afterwards: " + found + ", missing: " + missing;
        System.out.println(result);
        try {
            Files.createDirectories(Path.of("target", "gatling"));
            Files.writeString(Path.of("target", "gatling", "receipts-check.txt"), result + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (missing > 0) {
            throw new IllegalStateException(result);
        }
    }

    private static byte[] read(String file) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
