package org.jornada.escalation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A referral's way through the staff API, in the container (to make a second supervisor's token):
 * only a verified case, named only with the worker's yes (answered through the follow-up API),
 * approved only by a second person, the approved packet frozen, a case ESCALATED only by a sent or
 * filed referral; and the outbox's .eml files when no mail server is configured.
 */
@ExtendWith(ArquillianExtension.class)
class ReferralsIT {

    @ArquillianResource
    URL base;

    @Inject
    StaffAccounts staff;

    private Http http;

    @BeforeEach
    void open() {
        http = new Http(Deployments.local(base));
    }

    private String tokenFor(Role role) {
        StaffAccount account = staff.createAccount(role.name().toLowerCase() + "-" + UUID.randomUUID().toString()
                .substring(0, 8), role);
        return staff.issueToken(null, account.getId(), "test", role);
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return http.postJson(path, json, "Authorization", "Bearer " + token);
    }

    private JsonObject get(String path, String token) {
        HttpResponse<String> answer = http.get(path, "Authorization", "Bearer " + token);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private String receipt;

    private long verifiedCase(String token) {
        String employer = "Referral Orchards " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas.\"}");
        assertEquals(201, filed.statusCode());
        receipt = Http.json(filed).getString("receipt");
        long id = get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), token).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs checked\"}"}) {
            assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", token, move).statusCode(), move);
        }
        return id;
    }

    private long authority(String token, String code) {
        return get("/api/v1/staff/authorities", token).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> code.equals(a.getString("code"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private String move(long referral, String token, String json, int status) {
        HttpResponse<String> moved = post("/api/v1/staff/referrals/" + referral + "/moves", token, json);
        assertEquals(status, moved.statusCode(), json + ": " + moved.body());
        return moved.body();
    }

    private HttpResponse<String> step(long referral, String step, String token, String json) {
        return post("/api/v1/staff/referrals/" + referral + "/" + step, token, json);
    }

    private void step(long referral, String step, String token, String json, int status) {
        HttpResponse<String> answer = step(referral, step, token, json);
        assertEquals(status, answer.statusCode(), step + " " + json + ": " + answer.body());
    }

    @Test
    void aVerifiedCaseIsReferredApprovedByASecondSupervisorFiledAndOnlyThenEscalated() throws Exception {
        String preparer = tokenFor(Role.SUPERVISOR);
        String second = tokenFor(Role.SUPERVISOR);
        String advocate = tokenFor(Role.ADVOCATE);
        long id = verifiedCase(preparer);
        long whd = authority(preparer, "WHD");

        HttpResponse<String> named = post("/api/v1/staff/cases/" + id + "/referrals", preparer,
                "{\"authorityId\":" + whd + ",\"identity\":\"NAMED\",\"evidence\":\"WITHHOLD\"}");
        assertEquals(409, named.statusCode(), "no yes from the worker, no name");
        assertEquals("identity", Http.json(named).getString("field"));
        // the worker left no way to reach them: never asked "may WHD have the number you gave us?"
        HttpResponse<String> asked = http.postJson("/api/v1/staff/cases/" + id + "/consent-requests",
                "{\"authorityId\":" + whd + "}", "Authorization", "Bearer " + preparer, "Accept-Language", "en");
        assertTrue(asked.statusCode() == 400 || asked.statusCode() == 409, asked.statusCode() + " " + asked.body());
        assertEquals("authorityId", Http.json(asked).getString("field"));
        assertTrue(Http.json(asked).getString("detail").contains("left no way to reach them"), asked.body());
        assertTrue(get("/api/v1/staff/cases/" + id + "/consent-requests", preparer).getJsonArray("items").isEmpty(),
                "nothing waits for the worker");
        HttpResponse<String> draft = post("/api/v1/staff/cases/" + id + "/referrals", preparer,
                "{\"authorityId\":" + whd + ",\"identity\":\"ANONYMOUS\",\"evidence\":\"ATTACH\","
                        + "\"note\":\"Stubs show 9 dollars an hour\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long referral = Http.json(draft).getJsonNumber("id").longValue();
        assertEquals("DRAFT", Http.json(draft).getString("state"));

        step(referral, "filed", preparer, "{\"channel\":\"WEB_FORM\"}", 409);
        step(referral, "submit", preparer, "", 200);
        step(referral, "approve", preparer, "", 403);
        step(referral, "approve", advocate, "", 403);
        step(referral, "return", second, "{}", 400);
        step(referral, "return", second, "{\"comment\":\"Add the pay stubs\"}", 200);
        step(referral, "submit", preparer, "", 200);
        step(referral, "approve", second, "", 200);
        assertEquals("VERIFIED", get("/api/v1/staff/cases/" + id, preparer).getString("state"),
                "approved is not sent: the case is not escalated yet");
        JsonObject approved = get("/api/v1/staff/referrals/" + referral, preparer);
        String sha = approved.getString("packetSha256");
        assertTrue(sha.matches("[0-9a-f]{64}"), approved.toString());
        HttpResponse<byte[]> pdf = http.getBytes("/api/v1/staff/referrals/" + referral + "/packet.pdf",
                "Authorization", "Bearer " + preparer);
        assertEquals(200, pdf.statusCode());
        assertEquals(sha, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf.body())), "the packet downloaded after approval is the one approved");
        HttpResponse<String> noEmail = step(referral, "send", preparer, "");
        assertEquals(409, noEmail.statusCode(), "WHD takes complaints by web form and phone: " + noEmail.body());
        assertEquals("channel", Http.json(noEmail).getString("field"));

        step(referral, "filed", preparer, "{\"channel\":\"WEB_FORM\",\"filedOn\":\"2999-01-01\"}", 400);
        step(referral, "filed", preparer, "{\"channel\":\"WEB_FORM\",\"reference\":\"WHD-ONLINE-7781\"}", 200);
        assertEquals("ESCALATED", get("/api/v1/staff/cases/" + id, preparer).getString("state"));

        step(referral, "events", preparer, "{\"kind\":\"RESPONSE\",\"text\":\"Investigator assigned\"}", 201);
        step(referral, "events", preparer, "{\"kind\":\"OUTCOME\",\"outcome\":\"BACK_WAGES_RECOVERED\"}", 400);
        step(referral, "events", preparer, "{\"kind\":\"OUTCOME\",\"outcome\":\"BACK_WAGES_RECOVERED\","
                + "\"amount\":1250.50,\"resolveCase\":true}", 201);
        assertEquals("RESOLVED", get("/api/v1/staff/cases/" + id, preparer).getString("state"));
        JsonObject followUp = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}"));
        String news = followUp.getJsonArray("news").toString();
        // an anonymous referral: the worker reads that no way to reach them went with it
        assertTrue(news.contains("Se envió sin ninguna forma de comunicarse con usted"), news);
        assertTrue(news.contains("Su caso se envió al Departamento de Trabajo") && news.contains("1250.50 dólares"),
                "the worker reads where the case went and what came of it: " + news);
        JsonObject sentTo = followUp.getJsonArray("referrals").getJsonObject(0);
        assertTrue(sentTo.getString("authority").startsWith("Departamento de Trabajo"), sentTo.toString());
        assertEquals(java.time.LocalDate.now(java.time.ZoneId.of("America/New_York")).toString().substring(0, 7),
                sentTo.getString("sentOn").substring(0, 7));
        assertTrue(sentTo.getString("outcome").contains("1250.50"));

        JsonObject shown = get("/api/v1/staff/referrals/" + referral, preparer);
        assertEquals("OUTCOME", shown.getString("state"));
        assertEquals("ATTACH", shown.getString("evidence"));
        assertEquals("Stubs show 9 dollars an hour", shown.getString("note"));
        assertEquals("WHD-ONLINE-7781", shown.getString("authorityReference"));
        assertEquals(sha, shown.getString("packetSha256"));
        List<String> kinds = shown.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
        assertEquals(List.of("PREPARED", "SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "SENT", "RESPONSE",
                "OUTCOME"), kinds, shown.toString());
        assertEquals("Add the pay stubs", shown.getJsonArray("events").getJsonObject(2).getString("text"));
        assertTrue(get("/api/v1/staff/referrals?state=OUTCOME", second).getJsonArray("items").toString()
                .contains("\"id\":" + referral));
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aNamedPacketCarriesTheContactOnlyAfterTheWorkersYesAndAnAnonymousOneNever() {
        String supervisor = tokenFor(Role.SUPERVISOR);
        String employer = "Named Packet Farms " + UUID.randomUUID().toString().substring(0, 8);
        String phone = "+1 912 555 0" + (100 + new java.util.Random().nextInt(800));
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"Secret narrative words\","
                + "\"contact\":{\"channel\":\"PHONE\",\"value\":\"" + phone + "\"},\"consentToContact\":true}");
        assertEquals(201, filed.statusCode(), filed.body());
        String worker = Http.json(filed).getString("receipt");
        long id = get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), supervisor).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs checked\"}"}) {
            assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", supervisor, move).statusCode());
        }
        assertEquals(201, post("/api/v1/staff/cases/" + id + "/notes", supervisor,
                "{\"text\":\"Paid 9.00 an hour for 60 hours a week\",\"forReferral\":true}").statusCode());
        assertEquals(201, post("/api/v1/staff/cases/" + id + "/notes", supervisor,
                "{\"text\":\"Private: worker afraid of the crew boss\"}").statusCode());
        long eeoc = authority(supervisor, "EEOC");
        long whd = authority(supervisor, "WHD");

        HttpResponse<String> asked = post("/api/v1/staff/cases/" + id + "/consent-requests", supervisor,
                "{\"authorityId\":" + whd + "}");
        assertEquals(201, asked.statusCode(), asked.body());
        long request = Http.json(asked).getJsonNumber("id").longValue();
        JsonObject waiting = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"" + worker + "\"}",
                "Accept-Language", "en")).getJsonArray("consentRequests").getJsonObject(0);
        assertEquals(request, waiting.getJsonNumber("id").longValue());
        assertTrue(waiting.getString("authority").contains("Wage and Hour"), waiting.toString());
        assertTrue(waiting.getString("question").contains("a way to reach you"), waiting.toString());
        assertEquals(400, http.postJson("/api/v1/followup/consent", "{\"receipt\":\"" + worker
                + "\",\"requestId\":" + request + ",\"allow\":\"yes\"}").statusCode(), "allow is true or false");
        assertEquals(404, http.postJson("/api/v1/followup/consent", "{\"receipt\":\"2026 0000 0000 0000 0002\","
                + "\"requestId\":" + request + ",\"allow\":true}").statusCode(), "another receipt");
        assertEquals(200, http.postJson("/api/v1/followup/consent", "{\"receipt\":\"" + worker
                + "\",\"requestId\":" + request + ",\"allow\":true}").statusCode());
        assertEquals(404, http.postJson("/api/v1/followup/consent", "{\"receipt\":\"" + worker
                + "\",\"requestId\":" + request + ",\"allow\":false}").statusCode(), "an answer is final");

        assertEquals(409, post("/api/v1/staff/cases/" + id + "/referrals", supervisor, "{\"authorityId\":" + eeoc
                + ",\"identity\":\"NAMED\"}").statusCode(), "a yes for WHD is no yes for EEOC");
        long namedReferral = Http.json(post("/api/v1/staff/cases/" + id + "/referrals", supervisor,
                "{\"authorityId\":" + whd + ",\"identity\":\"NAMED\"}")).getJsonNumber("id").longValue();
        long anonymous = Http.json(post("/api/v1/staff/cases/" + id + "/referrals", supervisor,
                "{\"authorityId\":" + whd + ",\"identity\":\"ANONYMOUS\"}")).getJsonNumber("id").longValue();

        String namedText = pdfText(http.getBytes("/api/v1/staff/referrals/" + namedReferral + "/packet.pdf",
                "Authorization", "Bearer " + supervisor).body());
        String anonymousText = pdfText(http.getBytes("/api/v1/staff/referrals/" + anonymous + "/packet.pdf",
                "Authorization", "Bearer " + supervisor).body());
        for (String text : List.of(namedText, anonymousText)) {
            assertTrue(text.contains(employer), "the employer: " + text);
            assertTrue(text.contains("Paid 9.00 an hour for 60 hours a week"), "the note for the referral");
            assertTrue(!text.contains("crew boss") && !text.contains("Secret narrative"),
                    "no private note, no narrative: " + text);
        }
        assertTrue(namedText.contains(phone), "the named packet reaches the worker: " + namedText);
        assertTrue(!anonymousText.contains(phone), "the anonymous packet never does");
    }

    @Inject
    org.jornada.mail.boundary.Outbox outbox;

    @Inject
    org.jornada.mail.boundary.OutboxDelivery delivery;

    @Test
    void withNoMailServerAMailIsWrittenAsAnEmlFileInTheDataFolderAndNothingIsSent() throws Exception {
        String topic = "test:" + UUID.randomUUID();
        java.time.Instant later = java.time.Instant.now().plus(java.time.Duration.ofDays(1));
        byte[] attachment = "%PDF-1.7 stand-in".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        var queued = outbox.queue(topic, new org.jornada.mail.control.Letter("office@example.org", "Referral",
                "Body text", List.of(new org.jornada.mail.control.Letter.Attachment("packet.pdf", "application/pdf",
                        attachment))), later);
        assertTrue(delivery.deliverDue(later, java.util.Optional.empty()) >= 1,
                "this mail, and any another test left due by then");
        var written = outbox.status(topic).orElseThrow();
        assertEquals(org.jornada.mail.entity.MailState.WRITTEN, written.state());
        java.nio.file.Path file = org.jornada.platform.control.DataDirectory.path().resolve(written.fileName());
        assertTrue(written.fileName().startsWith("outbox/") && written.fileName().endsWith(".eml"), written.fileName());
        jakarta.mail.internet.MimeMessage eml = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new java.util.Properties()), java.nio.file.Files.newInputStream(file));
        assertEquals(queued.messageId(), eml.getMessageID());
        assertEquals("office@example.org", eml.getAllRecipients()[0].toString());
        assertTrue(new String(java.nio.file.Files.readAllBytes(file), java.nio.charset.StandardCharsets.US_ASCII)
                .contains("filename=packet.pdf"));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(file)));
        delivery.deliverDue(later.plusSeconds(60), java.util.Optional.empty());
        assertEquals(written.fileName(), outbox.status(topic).orElseThrow().fileName(), "written once");
        assertEquals(org.jornada.mail.entity.MailState.WRITTEN, outbox.status(topic).orElseThrow().state());
    }

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.transaction.UserTransaction tx;

    @Test
    void aSentReferralUnansweredPastTheAuthoritysResponseDaysIsDue() throws Exception {
        String preparer = tokenFor(Role.SUPERVISOR);
        String second = tokenFor(Role.SUPERVISOR);
        long whd = authority(preparer, "WHD");
        long[] sent = new long[2];
        for (int i = 0; i < 2; i++) {
            long id = verifiedCase(preparer);
            sent[i] = Http.json(post("/api/v1/staff/cases/" + id + "/referrals", preparer,
                    "{\"authorityId\":" + whd + ",\"identity\":\"ANONYMOUS\"}")).getJsonNumber("id").longValue();
            move(sent[i], preparer, "{\"step\":\"SUBMIT\"}", 200);
            move(sent[i], second, "{\"step\":\"APPROVE\"}", 200);
            move(sent[i], preparer, "{\"step\":\"FILE\",\"channel\":\"PHONE\"}", 200);
        }
        tx.begin();
        em.createQuery("UPDATE Referral r SET r.sentAt = :old WHERE r.id = :id")
                .setParameter("old", java.time.Instant.now().minus(java.time.Duration.ofDays(31)))
                .setParameter("id", sent[0]).executeUpdate();
        tx.commit();
        String due = get("/api/v1/staff/referrals?state=DUE", second).getJsonArray("items").toString();
        assertTrue(due.contains("\"id\":" + sent[0] + ","), "31 days without an answer from WHD (30): " + due);
        assertTrue(!due.contains("\"id\":" + sent[1] + ","), "sent today is not due");

        StaffAccount reader = staff.createAccount("queue-" + UUID.randomUUID().toString().substring(0, 8), Role.SUPERVISOR);
        org.jornada.staff.control.StaffPrincipal supervisor = new org.jornada.staff.control.StaffPrincipal(
                reader.getId(), reader.getUsername(), Role.SUPERVISOR);
        long dueCase = referrals.find(sent[0]).orElseThrow().getComplaintId();
        long freshCase = referrals.find(sent[1]).orElseThrow().getComplaintId();
        assertTrue(dueReferrals.flagged(supervisor).contains(dueCase), "the queue marks the case with a due referral");
        assertTrue(!dueReferrals.flagged(supervisor).contains(freshCase));
        var notice = dueReferrals.notices(supervisor, java.util.Locale.ENGLISH).get(0);
        assertTrue(notice.text().contains("no answer from the authority"), notice.text());
        assertEquals("/staff/referrals?state=DUE", notice.href());
    }

    @Inject
    Referrals referrals;

    @Inject
    DueReferrals dueReferrals;

    @Test
    void aCaseStillBeingVerifiedCannotBeReferred() {
        String supervisor = tokenFor(Role.SUPERVISOR);
        String employer = "Early Farm " + UUID.randomUUID().toString().substring(0, 8);
        http.postJson("/api/v1/complaints", "{\"categories\":[\"LATE_PAY\"],\"employerName\":\"" + employer
                + "\",\"narrative\":\"Pagan tarde.\"}");
        long id = get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), supervisor).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> early = post("/api/v1/staff/cases/" + id + "/referrals", supervisor,
                "{\"authorityId\":" + authority(supervisor, "WHD") + ",\"identity\":\"ANONYMOUS\"}");
        assertEquals(409, early.statusCode());
        assertEquals("case", Http.json(early).getString("field"));
    }

    @Inject
    org.jornada.staff.boundary.AuditTrail audit;

    @Test
    void aRoleThatWorksNoCaseIsRefusedAReferralBeforeItsInputIsRead() {
        long id = verifiedCase(tokenFor(Role.SUPERVISOR));
        StaffAccount admin = staff.createAccount("admin-" + UUID.randomUUID().toString().substring(0, 8), Role.ADMIN);
        String token = staff.issueToken(null, admin.getId(), "test", Role.ADMIN);
        // an empty body breaks the input's rules; the refusal comes first all the same, and is audited
        HttpResponse<String> refused = post("/api/v1/staff/cases/" + id + "/referrals", token, "{}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(List.of("prepare referral"), audit.entries(id, org.jornada.staff.boundary.AuditTrail.ACCESS_DENIED,
                admin.getUsername(), 5).stream().map(e -> e.getDetail()).toList());
    }
}
