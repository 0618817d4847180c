package org.jornada.escalation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.mail.boundary.Outbox;
import org.jornada.mail.boundary.OutboxDelivery;
import org.jornada.mail.control.Letter;
import org.jornada.mail.entity.MailState;
import org.jornada.platform.control.DataDirectory;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The worker's later "no" (issue #23, the attack run's first finding): yes → named referrals
 * prepared, submitted, approved and queued → the worker is asked again and says no → every unsent
 * named referral is a draft again without its packet, its queued mail is dropped, and every later
 * step that would act on the name is refused, even when the referral's state is replayed; the
 * outbox's gate drops a named mail right before it would leave; nothing carrying the worker's
 * phone reaches the mail server or an .eml file; a referral that left before the no says it cannot
 * be recalled and takes the "asked to disregard" record; the worker's follow-up says what the no
 * changed; a yes again lets a named draft move.
 */
@ExtendWith(ArquillianExtension.class)
class ConsentWithdrawalIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";

    @ArquillianResource
    URL base;

    @Inject
    Outbox outbox;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Referrals referrals;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.transaction.UserTransaction tx;

    private Http http;
    private String receipt;
    private String phone;

    @BeforeEach
    void open() {
        http = new Http(Deployments.local(base));
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return http.postJson(path, json, "Authorization", "Bearer " + token);
    }

    private JsonObject get(String path, String token) {
        HttpResponse<String> answer = http.get(path, "Authorization", "Bearer " + token, "Accept-Language", "en");
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    /** A second supervisor with a token, as an admin signed in on the accounts page makes one. */
    private String secondSupervisor() {
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username",
                "second-" + UUID.randomUUID().toString().substring(0, 8), "role", "SUPERVISOR",
                "password", "long enough staff passphrase 42", "token", "true"));
        assertEquals(201, created.statusCode(), created.body());
        return created.body().strip().split(" ")[1];
    }

    /** A verified case whose worker gave a WhatsApp number to be reached at. */
    private long verifiedCaseWithAPhone() {
        String employer = "Consent Orchards " + UUID.randomUUID().toString().substring(0, 8);
        phone = "+52 55 5" + (100 + new java.util.Random().nextInt(800)) + " 0199";
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas.\","
                + "\"contact\":{\"channel\":\"WHATSAPP\",\"value\":\"" + phone + "\"},\"consentToContact\":true}");
        assertEquals(201, filed.statusCode(), filed.body());
        receipt = Http.json(filed).getString("receipt");
        long id = get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), SUPERVISOR).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs checked\"}"}) {
            assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", SUPERVISOR, move).statusCode(), move);
        }
        return id;
    }

    /** A local office that takes complaints by email; its id. */
    private long officeWithEmail() {
        String code = "WHD_CONSENT_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        HttpResponse<String> added = post("/api/v1/staff/authorities", ADMIN, "{\"code\":\"" + code
                + "\",\"name\":\"Consent test office " + code + "\",\"categories\":[\"UNPAID_HOURS\"],\"channels\":"
                + "[{\"kind\":\"EMAIL\",\"address\":\"" + code.toLowerCase() + "@example.org\"}],\"language\":\"en\","
                + "\"parentCode\":\"WHD\"}");
        assertEquals(201, added.statusCode(), added.body());
        return Http.json(added).getJsonNumber("id").longValue();
    }

    /** Staff ask, the worker answers on the follow-up API. */
    private void workerAnswers(long caseId, long authority, boolean yes) {
        HttpResponse<String> asked = post("/api/v1/staff/cases/" + caseId + "/consent-requests", SUPERVISOR,
                "{\"authorityId\":" + authority + "}");
        assertEquals(201, asked.statusCode(), asked.body());
        long request = Http.json(asked).getJsonNumber("id").longValue();
        assertEquals(200, http.postJson("/api/v1/followup/consent", "{\"receipt\":\"" + receipt + "\",\"requestId\":"
                + request + ",\"allow\":" + yes + "}").statusCode());
    }

    private long namedDraft(long caseId, long authority) {
        HttpResponse<String> draft = post("/api/v1/staff/cases/" + caseId + "/referrals", SUPERVISOR,
                "{\"authorityId\":" + authority + ",\"identity\":\"NAMED\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        return Http.json(draft).getJsonNumber("id").longValue();
    }

    private void step(long referral, String token, String json, int status, String why) {
        HttpResponse<String> moved = post("/api/v1/staff/referrals/" + referral + "/moves", token, json);
        assertEquals(status, moved.statusCode(), why + ": " + json + " -> " + moved.body());
    }

    private JsonObject referral(long id) {
        return get("/api/v1/staff/referrals/" + id, SUPERVISOR);
    }

    private String packetText(long referral) {
        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/staff/referrals/" + referral + "/packet.pdf",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Forces a referral's state as a replayed or stale request would find it, behind the commands' back. */
    private void forceState(long referral, String state) throws Exception {
        tx.begin();
        em.createNativeQuery("UPDATE referral SET state = ? WHERE id = ?").setParameter(1, state)
                .setParameter(2, referral).executeUpdate();
        tx.commit();
        em.clear();
    }

    private MailState awaitMail(long referral, java.util.function.Predicate<MailState> until) throws Exception {
        MailState last = null;
        for (int i = 0; i < 150; i++) {
            last = outbox.status(ReferralMail.TOPIC + referral).map(s -> s.state()).orElse(null);
            if (last != null && until.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the mail of referral " + referral + " stayed " + last);
    }

    /** Every .eml file in the data folder's outbox that carries this text. */
    private List<Path> emlFilesWith(String text) throws Exception {
        Path folder = DataDirectory.path().resolve("outbox");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                try {
                    return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(text);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void aLaterNoStopsEveryUnsentNamedReferralAndEveryStepThatWouldSendTheName() throws Exception {
        String second = secondSupervisor();
        long caseId = verifiedCaseWithAPhone();
        long office = officeWithEmail();
        workerAnswers(caseId, office, true);

        long queued = namedDraft(caseId, office);
        step(queued, SUPERVISOR, "{\"step\":\"SUBMIT\"}", 200, "with the yes");
        step(queued, second, "{\"step\":\"APPROVE\"}", 200, "a second supervisor");
        assertTrue(packetText(queued).contains(phone), "the approved named packet carries the number");
        step(queued, SUPERVISOR, "{\"step\":\"SEND\"}", 202, "queued; the test's mail server is down, so it waits");
        long submitted = namedDraft(caseId, office);
        step(submitted, SUPERVISOR, "{\"step\":\"SUBMIT\"}", 200, "waiting for approval");
        long draft = namedDraft(caseId, office);
        long anonymous = Http.json(post("/api/v1/staff/cases/" + caseId + "/referrals", SUPERVISOR,
                "{\"authorityId\":" + office + ",\"identity\":\"ANONYMOUS\"}")).getJsonNumber("id").longValue();
        step(anonymous, SUPERVISOR, "{\"step\":\"SUBMIT\"}", 200, "anonymous");

        workerAnswers(caseId, office, false);

        for (long stopped : new long[] {queued, submitted, draft}) {
            JsonObject r = referral(stopped);
            assertEquals("DRAFT", r.getString("state"), "back to a draft: " + r);
            assertTrue(r.isNull("packetSha256") && r.isNull("approvedBy"), "approval and frozen packet dropped: " + r);
            assertTrue(r.getJsonArray("events").toString().contains("\"NO_CONSENT\""), r.toString());
            assertTrue(r.getString("consentNotice").contains("cannot move until you make it anonymous"), r.toString());
            assertEquals(List.of("ANONYMISE"), r.getJsonArray("steps").getValuesAs(jakarta.json.JsonString.class)
                    .stream().map(jakarta.json.JsonString::getString).toList(), "the one way on: " + r);
            for (String replay : List.of("SUBMIT", "APPROVE", "SEND")) {
                step(stopped, second, "{\"step\":\"" + replay + "\"}", 409, "a replayed " + replay);
            }
            assertFalse(packetText(stopped).contains(phone), "a preview after the no carries no number");
        }
        assertEquals("SUBMITTED", referral(anonymous).getString("state"), "an anonymous referral is not touched");
        assertEquals(MailState.DROPPED, awaitMail(queued, s -> s.isFinal()), "the queued mail was taken back");

        // The same steps on a state replayed behind the commands' back: refused by the consent itself.
        forceState(submitted, "SUBMITTED");
        HttpResponse<String> approve = post("/api/v1/staff/referrals/" + submitted + "/approve", second, "");
        assertEquals(409, approve.statusCode(), approve.body());
        assertEquals("identity", Http.json(approve).getString("field"));
        forceState(draft, "APPROVED");
        assertEquals(409, post("/api/v1/staff/referrals/" + draft + "/send", SUPERVISOR, "").statusCode());
        assertEquals(409, post("/api/v1/staff/referrals/" + draft + "/filed", SUPERVISOR,
                "{\"channel\":\"WEB_FORM\"}").statusCode());

        // The outbox's gate, right before a mail leaves: a named mail queued behind the commands' back
        // is dropped, not written to a file and not handed to the server.
        Instant later = Instant.now().plus(Duration.ofDays(2));
        outbox.queue(ReferralMail.TOPIC + draft, new Letter("office@example.org", "Referral",
                "Worker: " + phone, List.of()), later);
        delivery.deliverDue(later, Optional.empty());
        assertEquals(MailState.DROPPED, outbox.status(ReferralMail.TOPIC + draft).orElseThrow().state());
        assertEquals(List.of(), emlFilesWith(phone), "no .eml file carries the worker's number");
        forceState(draft, "DRAFT");

        // The way on: anonymous, then approved and sent without the number.
        step(queued, SUPERVISOR, "{\"step\":\"ANONYMISE\"}", 200, "made anonymous");
        assertEquals("ANONYMOUS", referral(queued).getString("identity"));
        assertTrue(referral(queued).isNull("consentNotice"), "an anonymous referral is not held back");
        step(queued, SUPERVISOR, "{\"step\":\"SUBMIT\"}", 200, "anonymous now");
        step(queued, second, "{\"step\":\"APPROVE\"}", 200, "anonymous now");
        assertFalse(packetText(queued).contains(phone), "the approved packet is anonymous");

        step(queued, SUPERVISOR, "{\"step\":\"SEND\"}", 202, "queued again, anonymous now");
        assertTrue(outbox.status(ReferralMail.TOPIC + queued).orElseThrow().state() != MailState.DROPPED,
                "the dropped topic is queued again, with the anonymous packet");
        // the test's mail server is down: write it out now rather than leave it due for other tests
        for (int i = 0; i < 20 && outbox.status(ReferralMail.TOPIC + queued).orElseThrow().state() != MailState.WRITTEN; i++) {
            delivery.deliverDue(Instant.now().plus(Duration.ofDays(3)), Optional.empty());
            Thread.sleep(250); // the outbox timer may hold it for its own (failing) attempt
        }
        assertEquals(MailState.WRITTEN, outbox.status(ReferralMail.TOPIC + queued).orElseThrow().state());

        // A yes again: the named draft left moves again.
        workerAnswers(caseId, office, true);
        step(draft, SUPERVISOR, "{\"step\":\"SUBMIT\"}", 200, "the worker said yes again");
    }

    @Test
    void aNamedReferralThatLeftBeforeTheNoCannotBeRecalledAndStaffRecordTheyAskedToDisregardIt() {
        String second = secondSupervisor();
        long caseId = verifiedCaseWithAPhone();
        long office = officeWithEmail();
        workerAnswers(caseId, office, true);
        long filed = namedDraft(caseId, office);
        step(filed, SUPERVISOR, "{\"step\":\"SUBMIT\"}", 200, "with the yes");
        step(filed, second, "{\"step\":\"APPROVE\"}", 200, "second person");
        step(filed, SUPERVISOR, "{\"step\":\"FILE\",\"channel\":\"WEB_FORM\"}", 200, "filed by hand");
        assertTrue(referral(filed).isNull("consentNotice"), "no notice while the yes holds");

        workerAnswers(caseId, office, false);
        JsonObject left = referral(filed);
        assertEquals("SENT", left.getString("state"), "what left stays as it is");
        assertTrue(left.getString("consentNotice").contains("It cannot be recalled"), left.toString());
        assertTrue(left.getJsonArray("steps").toString().contains("DISREGARD"), left.toString());
        step(filed, SUPERVISOR, "{\"step\":\"DISREGARD\"}", 400, "says what was asked, and how");
        HttpResponse<String> asked = post("/api/v1/staff/referrals/" + filed + "/disregard", SUPERVISOR,
                "{\"comment\":\"Called the office; asked them to disregard the worker's name\"}");
        assertEquals(201, asked.statusCode(), asked.body());
        assertTrue(referral(filed).getString("consentNotice").contains("was asked to disregard the name"));

        String news = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}"))
                .getJsonArray("news").toString();
        assertTrue(news.contains("Usted dijo que no el") && news.contains("su contacto ya se había enviado a Consent test office")
                && news.contains("Eso no se puede deshacer"), "the worker reads what the no changed: " + news);
        assertTrue(news.contains("le pedimos a Consent test office") && news.contains("que no use su contacto"), news);
    }
}
