package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.FakeProvider;
import org.jornada.testing.Http;
import org.jornada.testing.StaffBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Urgent reports reach the on-call staff (issue #27): an urgent case filed through the API is
 * mailed (GreenMail on {@code test.smtp.port}) to the on-call address within the timer's runs
 * ({@code JORNADA_URGENT_EVERY_SECONDS=1} in the test deployment), saying its number and nothing
 * the worker wrote; a case that is not urgent is noticed to nobody; an SMS notice through the
 * Android gateway (faked on 127.0.0.1, {@code JORNADA_SMSGATE_URL} in pom.xml) that the gateway
 * refuses is FAILED, shown above the triage queue and sent on a later attempt; only an ADMIN keeps
 * the list. Each test makes its own entries and removes them, so no
 * other test's urgent case is noticed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UrgentNoticesIT {

    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String PASSWORD = "long enough staff passphrase 42";
    private static final int PORT = Integer.parseInt(System.getProperty("test.smtp.port", "33025"));
    private static final String ALL_DAY = "\"days\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\","
            + "\"SATURDAY\",\"SUNDAY\"],\"from\":\"00:00\",\"to\":\"00:00\"";

    private static GreenMail smtp;

    @ArquillianResource
    URL base;

    private Http http;
    private final List<Long> entries = new ArrayList<>();

    @BeforeAll
    static void startServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    @AfterEach
    void removeEntriesAndFake() {
        // removed for good, or every later test's urgent case (and the shared database's other jars)
        // would notice the entry
        entries.forEach(id -> assertEquals(200, http.postJson("/api/v1/staff/on-call/" + id + "/remove", "",
                "Authorization", "Bearer " + ADMIN).statusCode(), "on-call entry " + id + " removed"));
    }

    @Test
    void anUrgentReportIsMailedToTheOnCallAddressWithItsNumberAndNoneOfTheWorkersWordsAndAPlainOneToNobody()
            throws Exception {
        String mail = "oncall-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        onCall(advocate(), "\"email\":\"" + mail + "\",\"language\":\"en\"");
        String secret = "Zarzamora" + UUID.randomUUID().toString().substring(0, 6);
        long plain = file("UNPAID_HOURS", false, secret + " Plain");
        long urgent = file("UNSAFE_HOUSING", true, secret + " Urgent");

        MimeMessage received = awaitMail(mail);
        String subject = received.getSubject();
        String body = GreenMailUtil.getBody(received);
        assertEquals("New urgent report #" + urgent + " — open the queue", subject);
        assertTrue(body.contains("#" + urgent), body);
        String whole = subject + GreenMailUtil.getWholeMessage(received);
        assertFalse(whole.contains(secret), "no word the worker wrote, nor the employer: " + whole);

        Awaitility.await("the mail notice is SENT").atMost(Duration.ofSeconds(30)).until(() -> notice(urgent, "MAIL")
                .map(n -> "SENT".equals(n.getString("state"))).orElse(false));
        // nothing to wait for: three more runs of the timer, in which the plain case must stay unnoticed
        Thread.sleep(3000);
        assertTrue(notice(plain, "MAIL").isEmpty(), "a report that is not urgent is noticed to nobody");
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).noneMatch(m -> subjectOf(m).contains("#" + plain)));
        assertEquals(1, Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(mail)).count(), "once");

        List<JsonObject> trail = audit(urgent);
        assertTrue(trail.stream().anyMatch(e -> "URGENT_NOTICE_QUEUED".equals(e.getString("action"))), trail.toString());
        assertTrue(trail.stream().anyMatch(e -> "URGENT_NOTICE_SENT".equals(e.getString("action"))), trail.toString());
        assertTrue(trail.stream().noneMatch(e -> e.toString().contains(secret) || e.toString().contains(mail)));
        assertTrue(audit(plain).stream().noneMatch(e -> e.getString("action").startsWith("URGENT_NOTICE")));
    }

    @Test
    void aTextThatFailsIsFailedShownAboveTheTriageQueueAndSentOnALaterAttempt() throws Exception {
        FakeProvider gateway = FakeProvider.start(Integer.getInteger("test.provider.port", 33080));
        gateway.answer("POST", "/message", 500, "application/json", "{\"message\":\"down\"}");
        try {
            textFailsThenIsSent(gateway);
        } finally {
            gateway.close();
        }
    }

    private void textFailsThenIsSent(FakeProvider gateway) throws Exception {
        String mail = "texts-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String phone = "+1555" + (1000000 + (int) (Math.random() * 8999999));
        onCall(advocate(), "\"email\":\"" + mail + "\",\"phone\":\"" + phone + "\",\"medium\":\"SMS\"");
        String secret = "Tejocote" + UUID.randomUUID().toString().substring(0, 6);
        long urgent = file("THREATS", false, secret);

        Awaitility.await("the text failed once").atMost(Duration.ofSeconds(30)).until(() -> notice(urgent, "TEXT")
                .map(n -> "FAILED".equals(n.getString("state"))).orElse(false));
        JsonObject failed = notice(urgent, "TEXT").orElseThrow();
        assertEquals(1, failed.getInt("attempts"));
        assertFalse(failed.isNull("nextAt"), "tried again later");
        assertTrue(failed.getString("lastError").contains("IOException"), failed.toString());
        assertTrue(audit(urgent).stream().anyMatch(e -> "URGENT_NOTICE_FAILED".equals(e.getString("action"))));

        String supervisor = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, http.postForm("/test-support/accounts", Map.of("username", supervisor, "role",
                "SUPERVISOR", "password", PASSWORD)).statusCode());
        StaffBrowser staff = new StaffBrowser(http);
        staff.signInFirstTime(supervisor, PASSWORD);
        String queue = Http.text(staff.get("/staff/queue").body());
        assertTrue(queue.matches("(?s).*(Urgent report|Reporte urgente) #" + urgent + "\\b.*"),
                "the queue says the notice did not go out: " + queue);

        gateway.answer("POST", "/message", 202, "application/json", "{\"id\":\"g1\",\"state\":\"Pending\"}");
        Awaitility.await("the next attempt, a minute later, is sent").atMost(Duration.ofSeconds(100))
                .pollInterval(Duration.ofSeconds(2)).until(() -> notice(urgent, "TEXT")
                        .map(n -> "SENT".equals(n.getString("state"))).orElse(false));
        String ours = gateway.requests().stream().filter(r -> r.path().equals("/message") && r.text().contains(phone))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError(gateway.requests())).text();
        // GSM-7 by SMS: the dash is a plain one
        assertTrue(ours.contains("Nuevo reporte urgente #" + urgent + " - abra la cola"), "Spanish by default: " + ours);
        assertFalse(ours.contains(secret), ours);
        assertEquals(2, notice(urgent, "TEXT").orElseThrow().getInt("attempts"));
    }

    @Test
    void onlyAnAdminKeepsTheOnCallListAndARefusedBodyNamesEveryField() {
        long advocate = advocate();
        String body = "{\"staffAccountId\":" + advocate + ",\"email\":\"x@example.org\"," + ALL_DAY + "}";
        assertEquals(403, http.postJson("/api/v1/staff/on-call", body, "Authorization", "Bearer " + SUPERVISOR)
                .statusCode());
        assertEquals(403, http.get("/api/v1/staff/on-call", "Authorization", "Bearer " + SUPERVISOR).statusCode());
        assertTrue(audit(null).stream().anyMatch(e -> "ACCESS_DENIED".equals(e.getString("action"))
                && "add on-call entry".equals(e.getString("detail", ""))), "the refusal is audited");

        HttpResponse<String> refused = http.postJson("/api/v1/staff/on-call", "{\"staffAccountId\":" + advocate
                + ",\"email\":\"not a mail\",\"phone\":\"0155 12\",\"days\":[],\"from\":\"25:00\",\"to\":\"06:00\"}",
                "Authorization", "Bearer " + ADMIN, "Accept-Language", "en");
        assertEquals(400, refused.statusCode(), refused.body());
        for (String field : List.of("email", "phone", "medium", "days", "from")) {
            assertTrue(refused.body().contains("\"" + field + "\""), field + " named: " + refused.body());
        }
        assertFalse(refused.body().contains("\"to\""), refused.body());
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username",
                "admin-" + UUID.randomUUID().toString().substring(0, 8), "role", "ADMIN", "password", PASSWORD));
        HttpResponse<String> notACaseWorker = http.postJson("/api/v1/staff/on-call", "{\"staffAccountId\":"
                + created.body().strip() + ",\"email\":\"x@example.org\"," + ALL_DAY + "}", "Authorization",
                "Bearer " + ADMIN);
        assertEquals(400, notACaseWorker.statusCode(), notACaseWorker.body());
        assertTrue(notACaseWorker.body().contains("\"staffAccountId\""), notACaseWorker.body());
    }

    // ------------------------------------------------------------------------------------------

    private long advocate() {
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username",
                "oncall-" + UUID.randomUUID().toString().substring(0, 8), "role", "ADVOCATE", "password", PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return Long.parseLong(created.body().strip());
    }

    private void onCall(long account, String reach) {
        HttpResponse<String> added = http.postJson("/api/v1/staff/on-call", "{\"staffAccountId\":" + account + ","
                + reach + "," + ALL_DAY + "}", "Authorization", "Bearer " + ADMIN);
        assertEquals(201, added.statusCode(), added.body());
        entries.add(Http.json(added).getJsonNumber("id").longValue());
    }

    /** Files a case through the API; its id, found by its employer's name. */
    private long file(String category, boolean inDanger, String words) {
        String employer = words + " Farms";
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"" + category + "\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"" + words + " nos amenaza.\",\"inDanger\":"
                + inDanger + "}");
        assertEquals(201, filed.statusCode(), filed.body());
        JsonObject found = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'),
                "Authorization", "Bearer " + SUPERVISOR));
        return found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private Optional<JsonObject> notice(long caseId, String route) {
        return Http.json(http.get("/api/v1/staff/on-call", "Authorization", "Bearer " + ADMIN)).getJsonArray("notices")
                .getValuesAs(JsonObject.class).stream().filter(n -> n.getJsonNumber("caseId").longValue() == caseId
                        && route.equals(n.getString("route"))).findFirst();
    }

    private List<JsonObject> audit(Long caseId) {
        return Http.json(http.get("/api/v1/staff/audit?limit=1000" + (caseId == null ? "" : "&caseId=" + caseId),
                "Authorization", "Bearer " + SUPERVISOR)).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private MimeMessage awaitMail(String to) {
        return Awaitility.await("a mail to " + to).atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500))
                .until(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).contains(to)).findFirst(),
                        Optional::isPresent).orElseThrow();
    }

    private static String to(MimeMessage m) {
        try {
            return Arrays.toString(m.getRecipients(Message.RecipientType.TO));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
