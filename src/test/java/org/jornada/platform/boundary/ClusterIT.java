package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jornada.staff.control.Totp;
import org.jornada.testing.Http;
import org.jornada.testing.OwnMariaDb;
import org.jornada.testing.RunningJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes of the shipped jar in one Payara (Hazelcast) cluster on loopback, against one MariaDB
 * of the test's own (issue #13). They start together on the empty database; complaints are filed
 * on both; wrong receipt codes count against one budget across both (per client behind a trusted
 * proxy); a directory import on A is
 * found on B; the retention job, due on both at the same
 * minute, runs on one; an admin signed in on A keeps working on B, same session cookie, after A
 * is killed.
 */
class ClusterIT {

    private static final String ADMIN = "cluster-admin-token-0123456789abcdef";
    private static final String BOOTSTRAP = "cluster-bootstrap-token-0123456789abcdef";
    private static final String ADMIN_PASSWORD = "Cluster test passphrase 42!";
    private static final int COMPLAINTS_PER_NODE = 150;

    private static OwnMariaDb db;
    private static RunningJar a;
    private static RunningJar b;

    @BeforeAll
    static void start() throws Exception {
        db = OwnMariaDb.start("cluster");
        int portA = freePort();
        int portB = freePort();
        Map<String, String> common = new HashMap<>(db.environment());
        common.put("JORNADA_CLUSTER", "true");
        common.put("JORNADA_CLUSTER_NAME", "jornada-it-" + UUID.randomUUID().toString().substring(0, 8));
        common.put("JORNADA_CLUSTER_MEMBERS", "127.0.0.1:" + portA + ",127.0.0.1:" + portB);
        common.put("JORNADA_CLUSTER_INTERFACES", "127.0.0.1");
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        common.put("JORNADA_DATA_KEY", Base64.getEncoder().encodeToString(key));
        common.put("JORNADA_RECEIPT_SECRET", Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(key, 16)));
        common.put("JORNADA_BOOTSTRAP_TOKEN", BOOTSTRAP);
        common.put("JORNADA_ADMIN_TOKEN", ADMIN);
        common.put("JORNADA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        common.put("JORNADA_RETENTION_EVERY_MINUTES", "1");
        common.put("JORNADA_LIMIT_COMPLAINT_BURST", "100000000/1");
        common.put("JORNADA_LIMIT_COMPLAINT_CEILING", "100000000/1");
        common.put("JORNADA_LIMIT_RECEIPT_MISSES", "4/3600");
        common.put("JORNADA_TRUSTED_PROXIES", "127.0.0.1");
        Map<String, String> envA = new HashMap<>(common);
        envA.put("JORNADA_CLUSTER_PORT", Integer.toString(portA));
        envA.put("JORNADA_NODE_NAME", "node-a");
        Map<String, String> envB = new HashMap<>(common);
        envB.put("JORNADA_CLUSTER_PORT", Integer.toString(portB));
        envB.put("JORNADA_NODE_NAME", "node-b");
        List<RunningJar> nodes = RunningJar.startTogether(List.of(envA, envB));
        a = nodes.get(0);
        b = nodes.get(1);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, db}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void twoNodesShareWorkAndAStaffSessionOutlivesItsNode() throws Exception {
        assertTrue(a.log().contains("DG Size: 2") || b.log().contains("DG Size: 2"), "the nodes formed one data grid");
        for (RunningJar node : List.of(a, b)) {
            assertTrue(node.problems().isEmpty(), "both started cleanly: " + node.problems());
        }

        // Complaints filed on both nodes, each found from the other.
        List<String> fromA = file(a.http(), COMPLAINTS_PER_NODE);
        List<String> fromB = file(b.http(), COMPLAINTS_PER_NODE);
        for (String receipt : List.of(fromA.get(0), fromA.get(fromA.size() - 1))) {
            assertEquals(200, b.http().postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}").statusCode());
        }
        assertEquals(200, a.http().postJson("/api/v1/followup", "{\"receipt\":\"" + fromB.get(0) + "\"}").statusCode());

        // Rate limits count across nodes, per client behind the proxy (loopback stands for it here):
        // two wrong codes on A and two on B spend one client's budget of four; its neighbour's is whole.
        String client = "203.0.113.7";
        for (RunningJar node : List.of(a, b)) {
            for (int i = 0; i < 2; i++) {
                assertEquals(404, wrongCode(node, client, i), "wrong code " + i);
            }
        }
        assertEquals(429, wrongCode(b, client, 9), "the fifth wrong code, whichever node it lands on, waits");
        assertEquals(429, wrongCode(a, client, 8));
        assertEquals(404, wrongCode(a, "198.51.100.4", 0), "another worker behind the same proxy is not held up");
        assertEquals(200, a.http().postJson("/api/v1/followup", "{\"receipt\":\"" + fromB.get(1) + "\"}",
                "X-Forwarded-For", client).statusCode(), "a right code still opens its case");

        // A directory import on A is searchable on B: B built its index before the import.
        assertEquals(200, b.http().get("/api/v1/directory/search?q=granja").statusCode());
        String farm = "Granja Nodo " + UUID.randomUUID().toString().substring(0, 8);
        String csv = "CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE,TOTAL_WORKERS_H-2A_CERTIFIED,REQUESTED_BEGIN_DATE\n"
                + "H-300-CLU-" + UUID.randomUUID().toString().substring(0, 8) + ",\"" + farm + "\",NC,12,2026-03-01\n";
        HttpResponse<String> imported = a.http().send(HttpRequest.newBuilder(URI.create(a.http().url(
                "/api/v1/staff/imports/H2A_DISCLOSURE?fiscalYear=2026"))).POST(HttpRequest.BodyPublishers.ofString(csv)),
                "Authorization", "Bearer " + BOOTSTRAP, "Content-Type", "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        String search = "/api/v1/directory/search?q=" + URLEncoder.encode(farm, StandardCharsets.UTF_8);
        org.awaitility.Awaitility.await("the import on A is found on B").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> !Http.json(b.http().get(search)).getJsonArray("items").isEmpty());
        JsonArray found = Http.json(b.http().get(search)).getJsonArray("items");
        assertEquals(farm, found.getJsonObject(0).getString("name"));

        // A wage table imported on A is used by B's wage check (B read the tables before the import).
        String question = "{\"visa\":\"H-2A\",\"state\":\"WV\",\"jobOrderFiledOn\":\"2025-09-01\","
                + "\"periods\":[{\"from\":\"2033-03-07\",\"to\":\"2033-03-13\",\"hours\":10,\"paid\":1}]}";
        assertEquals(200, b.http().postJson("/api/v1/wage-check", question).statusCode());
        HttpResponse<String> table = a.http().send(HttpRequest.newBuilder(URI.create(a.http().url(
                "/api/v1/staff/wage-tables?kind=AEWR&code=AEWR-CLUSTER&name=Cluster+test&effectiveFrom=2033-01-01"
                        + "&source=test"))).POST(HttpRequest.BodyPublishers.ofString("State,AEWR\nWV,23.45\n")),
                "Authorization", "Bearer " + ADMIN, "Content-Type", "text/csv");
        assertEquals(201, table.statusCode(), table.body());
        org.awaitility.Awaitility.await("the table imported on A is used on B").atMost(java.time.Duration.ofSeconds(30))
                .until(() -> "AEWR-CLUSTER".equals(Http.json(b.http().postJson("/api/v1/wage-check", question))
                        .getJsonObject("floor").getJsonObject("table").getString("code")));

        // The retention job, due on both nodes at the same minute, runs once: one run, every case once.
        db.run("UPDATE jornada.case_file SET state = 'CLOSED', finished_at = NOW(6) - INTERVAL 400 DAY");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        int total = 2 * COMPLAINTS_PER_NODE;
        while (count("SELECT COUNT(*) FROM complaint WHERE contact_erased_at IS NOT NULL") < total
                && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        Thread.sleep(2000);
        assertEquals(total, count("SELECT COUNT(*) FROM complaint WHERE contact_erased_at IS NOT NULL"),
                "every closed case's contact was deleted");
        assertEquals(total, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'CONTACT_ERASED'"),
                "each case once");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_RUN'"), "one run did it all");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'RETENTION_RUN' AND detail LIKE '"
                + total + " contacts%'"));
        // Erasing is idempotent, so two nodes at once would not erase twice (the one behind finds each
        // case done): what the lease saves is the second run, which each node's log tells.
        List<RunningJar> ran = List.of(a, b).stream().filter(n -> n.log().contains("Retention run on this node:")).toList();
        assertEquals(1, ran.size(), "one node ran it");
        assertTrue(ran.get(0).log().contains("Retention run on this node: " + total + " contacts"));

        // An admin signs in on A, opens the accounts page there; A dies; the same cookie goes on on B.
        Browser browser = new Browser();
        String home = browser.signIn(a, "admin", ADMIN_PASSWORD);
        assertTrue(home.contains("id=\"create\""), "signed in on A, the accounts page");
        String formFromA = browser.get(a, "/staff/admin/accounts").body();
        a.kill();
        HttpResponse<String> onB = browser.get(b, "/staff/admin/accounts");
        assertEquals(200, onB.statusCode());
        assertTrue(onB.uri().getPath().endsWith("/staff/admin/accounts"), "still signed in on B, not sent to sign in: "
                + onB.uri());
        assertTrue(onB.body().contains("id=\"create\""));
        // and works there: the form A rendered, sent to B, creates an account in the admin's name
        String advocate = "ana-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = browser.post(b, "/staff/admin/accounts", Map.of("create", "create",
                "create:username", advocate, "create:role_input", "ADVOCATE",
                "create:password", "long enough staff passphrase 42", "create:create-button", "",
                "jakarta.faces.ViewState", Http.hidden(formFromA, "jakarta.faces.ViewState")));
        assertEquals(200, created.statusCode(), created.body());
        assertEquals(1, count("SELECT COUNT(*) FROM staff_account WHERE username = '" + advocate + "'"),
                "the account exists: " + created.body().substring(0, Math.min(600, created.body().length())));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'admin' AND detail LIKE '%" + advocate
                + "%'"), "audited in the admin's name");
        assertTrue(b.problems().isEmpty(), "B took over without an error: " + b.problems());
        System.out.printf("Cluster: %d complaints on two nodes, retention ran once for %d cases, session moved to B%n",
                total, total);
    }

    private static List<String> file(Http http, int n) {
        List<String> receipts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                    + "\"narrative\":\"Nodo " + i + "\",\"contact\":{\"channel\":\"PHONE\",\"value\":\"+1 912 555 01"
                    + String.format("%02d", i % 100) + "\"},\"consentToContact\":true}");
            assertEquals(201, r.statusCode(), r.body());
            receipts.add(Http.json(r).getString("receipt"));
        }
        return receipts;
    }

    private static int wrongCode(RunningJar node, String client, int n) {
        return node.http().postJson("/api/v1/followup", "{\"receipt\":\"1234567890123456789" + n + "\"}",
                "X-Forwarded-For", client).statusCode();
    }

    private static long count(String query) throws Exception {
        return db.count(query);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A staff member's browser: one cookie jar for both nodes (cookies go by host, not port). */
    private static final class Browser {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(RunningJar node, String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(node.http().url(path))).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(RunningJar node, String path, Map<String, String> fields) throws Exception {
            String body = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(node.http().url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** Password, enrolment of the second factor, recovery codes: the page signed in to. */
        String signIn(RunningJar node, String username, String password) throws Exception {
            String form = get(node, "/staff/sign-in").body();
            Map<String, String> fields = new LinkedHashMap<>(Map.of("signin", "signin", "signin:username", username,
                    "signin:password", password, "signin:code", "", "signin:submit", ""));
            fields.put("jakarta.faces.ViewState", Http.hidden(form, "jakarta.faces.ViewState"));
            String enrol = post(node, "/staff/sign-in", fields).body();
            Matcher secret = Pattern.compile("id=\"secret\">([^<]+)<").matcher(enrol);
            assertTrue(secret.find(), "the first sign-in enrols a second factor");
            String codes = post(node, "/staff/sign-in", Map.of("enrol", "enrol", "enrol:enrolCode",
                    Totp.code(secret.group(1).replace(" ", ""), Instant.now()), "enrol:confirm", "",
                    "jakarta.faces.ViewState", Http.hidden(enrol, "jakarta.faces.ViewState"))).body();
            return post(node, "/staff/sign-in", Map.of("recovery", "recovery", "recovery:proceed", "",
                    "jakarta.faces.ViewState", Http.hidden(codes, "jakarta.faces.ViewState"))).body();
        }
    }
}
