package org.jornada.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals by mail through a real SMTP server (GreenMail on the port the test server mails to,
 * {@code test.smtp.port}): the approved packet attached, the evidence ZIP with its sums, the
 * referral SENT and the case ESCALATED only once the server took the mail; a server that is down
 * gets the mail once when it is back, never twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    private static final int PORT = Integer.parseInt(System.getProperty("test.smtp.port", "33025"));

    @ArquillianResource
    URL base;

    private Http http;
    private GreenMail smtp;

    @BeforeEach
    void open() {
        http = new Http(Deployments.local(base));
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void startServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return http.postJson(path, json, "Authorization", "Bearer " + token);
    }

    private JsonObject get(String path, String token) {
        HttpResponse<String> answer = http.get(path, "Authorization", "Bearer " + token);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    /** A second supervisor, as an admin signed in on the accounts page makes one, with a token. */
    private String secondSupervisor() {
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username",
                "second-" + UUID.randomUUID().toString().substring(0, 8), "role", "SUPERVISOR",
                "password", "long enough staff passphrase 42", "token", "true"));
        assertEquals(201, created.statusCode(), created.body());
        return created.body().strip().split(" ")[1];
    }

    /** A local office with an email channel; its id and address. */
    private Map.Entry<Long, String> officeWithEmail() {
        String code = "WHD_MAIL_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String address = code.toLowerCase() + "@example.org";
        HttpResponse<String> added = post("/api/v1/staff/authorities", ADMIN, "{\"code\":\"" + code
                + "\",\"name\":\"WHD test office " + code + "\",\"categories\":[\"UNPAID_HOURS\"],\"channels\":"
                + "[{\"kind\":\"EMAIL\",\"address\":\"" + address + "\"}],\"language\":\"en\",\"parentCode\":\"WHD\"}");
        assertEquals(201, added.statusCode(), added.body());
        return Map.entry(Http.json(added).getJsonNumber("id").longValue(), address);
    }

    private long verifiedCaseWithAPhoto(String employer) throws Exception {
        return verifiedCase(employer, true);
    }

    private long verifiedCase(String employer, boolean withAPhoto) throws Exception {
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas extra.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        String receipt = Http.json(filed).getString("receipt");
        if (withAPhoto) {
            byte[] photo = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(
                    "src/test/resources/fixtures/photos/Apple_iPhone_XR_small.jpg"));
            HttpResponse<String> uploaded = http.postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                    .field("receipt", receipt).file("file", "stub.jpg", "image/jpeg", photo));
            assertEquals(201, uploaded.statusCode(), uploaded.body());
        }
        long id = get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), SUPERVISOR).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs checked\"}"}) {
            assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", SUPERVISOR, move).statusCode(), move);
        }
        return id;
    }

    /** An approved referral of a new verified case to an office with an email channel. */
    private long approvedReferral(long caseId, long office) {
        HttpResponse<String> draft = post("/api/v1/staff/cases/" + caseId + "/referrals", SUPERVISOR,
                "{\"authorityId\":" + office + ",\"identity\":\"ANONYMOUS\",\"evidence\":\"ATTACH\","
                        + "\"note\":\"Pay stubs attached\"}");
        assertEquals(201, draft.statusCode(), draft.body());
        long referral = Http.json(draft).getJsonNumber("id").longValue();
        assertEquals(200, post("/api/v1/staff/referrals/" + referral + "/submit", SUPERVISOR, "").statusCode());
        HttpResponse<String> approved = post("/api/v1/staff/referrals/" + referral + "/approve", secondSupervisor(), "");
        assertEquals(200, approved.statusCode(), approved.body());
        return referral;
    }

    private JsonObject awaitReferral(long referral, Predicate<JsonObject> until, String what) {
        JsonObject[] last = {null};
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofMillis(200)).until(() -> {
                        last[0] = get("/api/v1/staff/referrals/" + referral, SUPERVISOR);
                        return until.test(last[0]);
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("never " + what + ": " + last[0], e);
        }
        return last[0];
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private static List<BodyPart> parts(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 0; i < multipart.getCount(); i++) {
            parts.add(multipart.getBodyPart(i));
        }
        return parts;
    }

    private static byte[] bytes(BodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toByteArray();
    }

    @Test
    void anApprovedReferralIsMailedWithItsPacketAndEvidenceAndIsSentOnlyOnceTheServerTookIt() throws Exception {
        startServer();
        Map.Entry<Long, String> office = officeWithEmail();
        long caseId = verifiedCaseWithAPhoto("Mail Orchards " + UUID.randomUUID().toString().substring(0, 8));
        long referral = approvedReferral(caseId, office.getKey());
        String packetSha = get("/api/v1/staff/referrals/" + referral, SUPERVISOR).getString("packetSha256");

        HttpResponse<String> queued = post("/api/v1/staff/referrals/" + referral + "/send", SUPERVISOR, "");
        assertEquals(202, queued.statusCode(), queued.body());
        assertEquals("APPROVED", Http.json(queued).getString("state"), "queued is not sent");
        assertEquals(409, post("/api/v1/staff/referrals/" + referral + "/send", SUPERVISOR, "").statusCode(),
                "one mail per referral");

        JsonObject sent = awaitReferral(referral, r -> "SENT".equals(r.getString("state")), "sent");
        assertEquals("SENT", sent.getJsonObject("mail").getString("state"));
        assertEquals("EMAIL", sent.getString("sentHow"));
        assertEquals("ESCALATED", get("/api/v1/staff/cases/" + caseId, SUPERVISOR).getString("state"),
                "the case is escalated by the mail the server took");
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage[] received = smtp.getReceivedMessages();
        List<MimeMessage> ours = new ArrayList<>();
        for (MimeMessage m : received) {
            if (office.getValue().equals(m.getAllRecipients()[0].toString())) {
                ours.add(m);
            }
        }
        assertEquals(1, ours.size(), "one mail");
        MimeMessage mail = ours.get(0);
        assertEquals(sent.getJsonObject("mail").getString("messageId"), mail.getMessageID(),
                "the Message-ID kept in the outbox is the one sent");
        assertEquals("referrals@jornada.test", mail.getFrom()[0].toString());
        List<BodyPart> parts = parts(mail);
        BodyPart pdf = parts.stream().filter(p -> ("referral-" + referral + ".pdf").equals(fileName(p))).findFirst()
                .orElseThrow(() -> new AssertionError("no packet attached"));
        assertEquals(packetSha, sha256(bytes(pdf)), "the packet sent is the packet approved, byte for byte");
        BodyPart zip = parts.stream().filter(p -> ("referral-" + referral + "-evidence.zip").equals(fileName(p)))
                .findFirst().orElseThrow(() -> new AssertionError("no evidence attached"));
        Map<String, byte[]> entries = unzip(bytes(zip));
        String sums = new String(entries.get("SHA256SUMS"), java.nio.charset.StandardCharsets.UTF_8);
        String photoName = entries.keySet().stream().filter(n -> n.startsWith("evidence/")).findFirst().orElseThrow();
        assertTrue(sums.contains(sha256(entries.get(photoName)) + "  " + photoName), sums);
        assertFalse(new String(entries.get(photoName), java.nio.charset.StandardCharsets.ISO_8859_1).contains("Exif"),
                "the stored file, without its metadata");

        List<String> kinds = sent.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("kind")).toList();
        assertEquals(List.of("PREPARED", "SUBMITTED", "APPROVED", "MAIL_QUEUED", "SENT"), kinds);
    }

    private static String fileName(BodyPart part) {
        try {
            return part.getFileName();
        } catch (jakarta.mail.MessagingException e) {
            return null;
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void aReferralWithTheEvidenceOfACaseWithoutFilesSaysSoAndAttachesNoZip() throws Exception {
        startServer();
        Map.Entry<Long, String> office = officeWithEmail();
        long caseId = verifiedCase("No Files Farms " + UUID.randomUUID().toString().substring(0, 8), false);
        long referral = approvedReferral(caseId, office.getKey()); // "evidence": "ATTACH"
        assertEquals(202, post("/api/v1/staff/referrals/" + referral + "/send", SUPERVISOR, "").statusCode());
        awaitReferral(referral, r -> "SENT".equals(r.getString("state")), "sent");
        assertTrue(smtp.waitForIncomingEmail(5000, 1));
        MimeMessage mail = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return office.getValue().equals(m.getAllRecipients()[0].toString());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).findFirst().orElseThrow();
        List<BodyPart> parts = parts(mail);
        assertTrue(parts.stream().noneMatch(p -> String.valueOf(fileName(p)).endsWith("-evidence.zip")),
                "no empty ZIP passed off as the evidence");
        String text = new String(bytes(parts.get(0)), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("No evidence file is stored for this case.") && !text.contains("evidence is attached"), text);
    }

    @Test
    void aMailThatFailsWhileTheServerIsDownGoesOutOnceWhenItIsBack() throws Exception {
        Map.Entry<Long, String> office = officeWithEmail();
        long caseId = verifiedCaseWithAPhoto("Down Server Farms " + UUID.randomUUID().toString().substring(0, 8));
        long referral = approvedReferral(caseId, office.getKey());
        assertEquals(202, post("/api/v1/staff/referrals/" + referral + "/send", SUPERVISOR, "").statusCode());

        JsonObject failing = awaitReferral(referral, r -> r.getJsonObject("mail").getInt("attempts") >= 1,
                "tried while the server is down");
        assertEquals("APPROVED", failing.getString("state"), "not sent while the server refuses");
        assertEquals("QUEUED", failing.getJsonObject("mail").getString("state"));
        assertNotNull(failing.getJsonObject("mail").getString("lastError", null), "the error is shown");
        assertEquals("VERIFIED", get("/api/v1/staff/cases/" + caseId, SUPERVISOR).getString("state"));

        startServer();
        JsonObject sent = awaitReferral(referral, r -> "SENT".equals(r.getString("state")), "sent once back");
        Thread.sleep(5000);
        long copies = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return office.getValue().equals(m.getAllRecipients()[0].toString());
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).count();
        assertEquals(1, copies, "once, not twice, after the retries and a few more outbox runs");
        assertTrue(sent.getJsonObject("mail").getInt("attempts") >= 2, sent.toString());
        assertEquals("ESCALATED", get("/api/v1/staff/cases/" + caseId, SUPERVISOR).getString("state"));
    }
}
