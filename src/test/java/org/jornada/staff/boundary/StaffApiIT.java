package org.jornada.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff API inside the deployed application on MariaDB: bearer tokens, every role rule
 * tried the forbidden way, workflow moves allowed and refused, messages reaching the worker,
 * evidence as an attachment, and the audit entry of each action.
 */
@ExtendWith(ArquillianExtension.class)
class StaffApiIT {



    private static final String BOOTSTRAP = "it-bootstrap-token-0123456789abcdef";


    @ArquillianResource
    URL base;

    @Inject
    StaffAccounts staff;

    @Inject
    ComplaintIntake intake;

    @Inject
    EvidenceStore evidenceStore;

    @Inject
    org.jornada.casework.boundary.WaiveDeadline waiveDeadline;

    private Http http;

    @jakarta.persistence.PersistenceContext
    jakarta.persistence.EntityManager em;

    @BeforeEach
    void http() {
        http = new Http(Deployments.local(base));
    }

    private String tokenFor(Role role) {
        StaffAccount account = staff.createAccount(role.name().toLowerCase() + "-" + UUID.randomUUID().toString()
                .substring(0, 8), role);
        return staff.issueToken(null, account.getId(), "test", role);
    }

    private long newCase(Category... categories) throws Exception {
        var cleaned = evidenceStore.clean(TestFiles.jpegWithGps());
        var filed = intake.file(new ValidComplaint(new ComplaintFacts("es", VisaType.H2A,
                EnumSet.of(categories[0], categories), "Campos del Sur", "Reclutadora Uno", "GA",
                java.time.YearMonth.of(2026, 5), null, false), "Nos quitan 50 dólares por semana.",
                ContactChannel.PHONE, "+1 912 555 0100", true), List.of(cleaned));
        return intake.findByReceipt(filed.receipt()).map(Complaint::getId).orElseThrow();
    }

    private HttpResponse<String> get(String path, String token) {
        return token == null ? http.get(path) : http.get(path, "Authorization", "Bearer " + token);
    }

    private HttpResponse<String> post(String path, String token, String json) {
        return http.postJson(path, json, "Authorization", "Bearer " + token);
    }

    @Test
    void refusesCallsWithoutAValidBearerTokenAndNeverTakesBasic() {
        assertEquals(401, get("/api/v1/staff/cases", null).statusCode());
        HttpResponse<String> basic = http.get("/api/v1/staff/cases", "Authorization", "Basic YWRtaW46YWRtaW4=");
        assertEquals(401, basic.statusCode());
        assertTrue(basic.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
        assertTrue(Http.json(basic).getString("detail").contains("Basic"));
        assertEquals(401, get("/api/v1/staff/cases", "jt_not-a-real-token").statusCode());
    }

    @Test
    void theBootstrapTokenIsASupervisorAndItsCreationIsAudited() throws Exception {
        long id = newCase(Category.UNPAID_HOURS);
        assertEquals(200, get("/api/v1/staff/cases/" + id, BOOTSTRAP).statusCode());
        assertEquals(200, get("/api/v1/staff/audit", BOOTSTRAP).statusCode());
        // queried directly: a reused test database holds more entries than one API page
        long issued = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'TOKEN_ISSUED'"
                + " AND a.detail LIKE '%JORNADA_BOOTSTRAP_TOKEN%'", Long.class).getSingleResult();
        assertTrue(issued >= 1, "the bootstrap token's creation is audited");
    }

    @Test
    void unionAccountsGetForbiddenOnEveryStaffCall() throws Exception {
        String union = tokenFor(Role.UNION);
        long id = newCase(Category.UNPAID_HOURS);
        assertEquals(403, get("/api/v1/staff/cases", union).statusCode());
        assertEquals(403, get("/api/v1/staff/cases/" + id, union).statusCode());
        assertEquals(403, get("/api/v1/staff/audit", union).statusCode());
        assertEquals(403, post("/api/v1/staff/cases/" + id + "/messages", union, "{\"text\":\"hola\"}").statusCode());
    }

    @Test
    void adminsManageButDoNotReadCaseContents() throws Exception {
        String admin = tokenFor(Role.ADMIN);
        long id = newCase(Category.UNPAID_HOURS);
        assertEquals(403, get("/api/v1/staff/cases/" + id, admin).statusCode());
        assertEquals(403, get("/api/v1/staff/cases", admin).statusCode());
        assertEquals(200, get("/api/v1/staff/audit", admin).statusCode());
    }

    @Test
    void anAdvocateCannotOpenAnotherAdvocatesCaseAndAdvocatesCannotReadTheAudit() throws Exception {
        StaffAccount ana = staff.createAccount("ana-" + UUID.randomUUID().toString().substring(0, 6), Role.ADVOCATE);
        String anaToken = staff.issueToken(null, ana.getId(), "test", Role.ADVOCATE);
        String bruno = tokenFor(Role.ADVOCATE);
        long id = newCase(Category.UNPAID_HOURS);
        assertEquals(200, get("/api/v1/staff/cases/" + id, bruno).statusCode(), "unassigned cases are open to all");

        assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", BOOTSTRAP,
                "{\"to\":\"TRIAGED\",\"reason\":\"first look\"}").statusCode());
        assertEquals(200, post("/api/v1/staff/cases/" + id + "/assignment", anaToken, "{\"assigneeId\":\"me\"}")
                .statusCode(), "an advocate takes an unassigned case");

        assertEquals(404, get("/api/v1/staff/cases/" + id, bruno).statusCode(), "another advocate's case is a 404");
        assertEquals(404, get("/api/v1/staff/cases/" + id + "/evidence/1", bruno).statusCode());
        assertEquals(200, get("/api/v1/staff/cases/" + id, anaToken).statusCode());
        assertEquals(404, get("/api/v1/staff/cases/99999999", anaToken).statusCode());
        Set<Long> brunoSees = Http.json(get("/api/v1/staff/cases?size=200", bruno)).getJsonArray("items").stream()
                .map(JsonObject.class::cast).map(o -> o.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertFalse(brunoSees.contains(id));
        assertEquals(403, get("/api/v1/staff/audit", bruno).statusCode());
        assertEquals(404, post("/api/v1/staff/cases/" + id + "/assignment", bruno, "{\"assigneeId\":\"me\"}")
                .statusCode(), "nor can he take it over");
    }

    @Test
    void theFirstAdminCreatesReRolesAndDisablesStaffAndEveryChangeIsAudited() {
        String admin = "it-admin-token-0123456789abcdef0123";
        String name = "carla-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> created = post("/api/v1/staff/accounts", admin,
                "{\"username\":\"" + name + "\",\"role\":\"UNION\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        assertEquals(400, post("/api/v1/staff/accounts", admin,
                "{\"username\":\"" + name + "\",\"role\":\"UNION\"}").statusCode(), "taken");
        JsonObject both = Http.json(post("/api/v1/staff/accounts", admin, "{\"username\":\"x y\",\"role\":\"BOSS\"}"));
        assertEquals(400, both.getInt("status"));
        assertTrue(both.toString().contains("\"role\"") && both.toString().contains("\"username\""),
                "every broken field is named: " + both);
        for (String malformed : List.of("{\"username\":", "[1,2]", "not json at all")) {
            HttpResponse<String> refused = http.postJson("/api/v1/staff/accounts", malformed, "Authorization",
                    "Bearer " + admin, "Accept-Language", "en");
            assertEquals(400, refused.statusCode(), malformed);
            assertEquals("body", Http.json(refused).getString("field"), "a malformed body is named, never read as {}");
        }

        HttpResponse<String> issued = post("/api/v1/staff/accounts/" + id + "/tokens", admin, "{\"name\":\"laptop\"}");
        assertEquals(201, issued.statusCode());
        String token = Http.json(issued).getString("token");
        assertEquals(403, get("/api/v1/staff/cases", token).statusCode(), "UNION reads no case");

        assertEquals(200, post("/api/v1/staff/accounts/" + id + "/role", admin, "{\"role\":\"ADMIN\"}").statusCode());
        assertEquals(200, get("/api/v1/staff/audit", token).statusCode(), "the new role applies to its tokens");
        assertEquals(200, post("/api/v1/staff/accounts/" + id + "/role", admin, "{\"role\":\"UNION\"}").statusCode());
        assertEquals(200, post("/api/v1/staff/accounts/" + id + "/disable", admin, "{}").statusCode());
        assertEquals(401, get("/api/v1/staff/cases", token).statusCode());

        String other = tokenFor(Role.ADVOCATE);
        assertEquals(403, post("/api/v1/staff/accounts", BOOTSTRAP, "{\"username\":\"zz-top\",\"role\":\"ADMIN\"}")
                .statusCode(), "only ADMIN manages staff");
        assertEquals(403, post("/api/v1/staff/accounts", other, "{\"username\":\"zz-top\",\"role\":\"ADMIN\"}")
                .statusCode());
        long tokenId = Http.json(post("/api/v1/staff/accounts/" + id + "/tokens", admin, "{}"))
                .getJsonNumber("id").longValue();
        assertEquals(200, post("/api/v1/staff/tokens/" + tokenId + "/revoke", admin, "{}").statusCode());

        Set<String> actions = Http.json(get("/api/v1/staff/audit?limit=1000", admin)).getJsonArray("items").stream()
                .map(JsonObject.class::cast).map(e -> e.getString("action")).collect(Collectors.toSet());
        assertTrue(actions.containsAll(Set.of("ACCOUNT_CREATED", "TOKEN_ISSUED", "ROLE_CHANGED", "ACCOUNT_DISABLED",
                "TOKEN_REVOKED", "ACCESS_DENIED", "TOKEN_REFUSED")), actions.toString());
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedAndNoAdminDisablesTheirOwnAccount() {
        String admin = "it-admin-token-0123456789abcdef0123";
        StaffAccount union = staff.createAccount("w-" + UUID.randomUUID().toString().substring(0, 6), Role.UNION);
        HttpResponse<String> number = post("/api/v1/staff/accounts/" + union.getId() + "/role", admin, "{\"role\":5}");
        assertEquals(400, number.statusCode(), number.body());
        assertEquals("role", Http.json(number).getString("field"));
        long adminId = staff.account("admin").orElseThrow().getId();
        HttpResponse<String> own = post("/api/v1/staff/accounts/" + adminId + "/disable", admin, "{}");
        assertEquals(400, own.statusCode(), own.body());
        assertEquals("accountId", Http.json(own).getString("field"));
        assertEquals(200, get("/api/v1/staff/audit?limit=1", admin).statusCode(), "the admin still works");
        assertEquals(404, post("/api/v1/staff/accounts/999999999/disable", admin, "{}").statusCode());
    }

    @Test
    void staffLinkACaseToItsEmployerInTheDirectoryOnlyWithAnEntryOfThatKind() throws Exception {
        long id = newCase(Category.UNPAID_HOURS);
        long farm = org.jornada.testing.DirectoryFixtures.newEmployer(http, BOOTSTRAP, "Linked Farms");
        String path = "/api/v1/staff/cases/" + id + "/directory";
        HttpResponse<String> wrongKind = post(path, BOOTSTRAP, "{\"entryId\":" + farm + ",\"kind\":\"RECRUITER\"}");
        assertEquals(400, wrongKind.statusCode(), wrongKind.body());
        assertEquals("entryId", Http.json(wrongKind).getString("field"));
        assertEquals(403, post(path, "it-admin-token-0123456789abcdef0123",
                "{\"entryId\":" + farm + ",\"kind\":\"EMPLOYER\"}").statusCode(), "an admin works no case");
        HttpResponse<String> linked = post(path, BOOTSTRAP, "{\"entryId\":" + farm + ",\"kind\":\"EMPLOYER\"}");
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals(farm, em.find(Complaint.class, id).getEmployerEntityId());
        long audited = em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.action = 'CASE_LINKED'"
                + " AND a.caseId = :id", Long.class).setParameter("id", id).getSingleResult();
        assertEquals(1, audited);
    }

    @Test
    void nobodyChangesTheirOwnRoleAndAnAdminTokenNeverGivesARoleThatReadsCases() {
        String admin = "it-admin-token-0123456789abcdef0123";
        long adminId = staff.account("admin").orElseThrow().getId();
        HttpResponse<String> own = post("/api/v1/staff/accounts/" + adminId + "/role", admin, "{\"role\":\"SUPERVISOR\"}");
        assertEquals(403, own.statusCode(), "an ADMIN giving itself SUPERVISOR (then reading cases)");
        assertTrue(Http.json(own).getString("detail").contains("propio"), own.body());
        assertEquals(Role.ADMIN, staff.account("admin").orElseThrow().getRole());

        assertEquals(403, post("/api/v1/staff/accounts", admin, "{\"username\":\"sup-" + UUID.randomUUID()
                .toString().substring(0, 6) + "\",\"role\":\"SUPERVISOR\"}").statusCode(),
                "a new case-reading account through an admin token");
        StaffAccount union = staff.createAccount("u-" + UUID.randomUUID().toString().substring(0, 6), Role.UNION);
        assertEquals(403, post("/api/v1/staff/accounts/" + union.getId() + "/role", admin, "{\"role\":\"ADVOCATE\"}")
                .statusCode());
        assertEquals(Role.UNION, staff.find(union.getId()).orElseThrow().getRole());
        StaffAccount advocate = staff.createAccount("a-" + UUID.randomUUID().toString().substring(0, 6), Role.ADVOCATE);
        assertEquals(403, post("/api/v1/staff/accounts/" + advocate.getId() + "/tokens", admin, "{}").statusCode(),
                "nor a token that reads cases");
        Set<String> details = Http.json(get("/api/v1/staff/audit?limit=1000", admin)).getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(e -> "ACCESS_DENIED".equals(e.getString("action")))
                .map(e -> e.getString("detail", "")).collect(Collectors.toSet());
        assertTrue(details.stream().anyMatch(d -> d.startsWith("grant SUPERVISOR")), details.toString());
    }

    @Test
    void aCaseIsAssignedOnlyToAnActiveAdvocateOrSupervisorSoItNeverVanishesFromTheQueues() throws Exception {
        String supervisor = tokenFor(Role.SUPERVISOR);
        long id = newCase(Category.UNPAID_HOURS);
        StaffAccount union = staff.createAccount("un-" + UUID.randomUUID().toString().substring(0, 6), Role.UNION);
        StaffAccount gone = staff.createAccount("gn-" + UUID.randomUUID().toString().substring(0, 6), Role.ADVOCATE);
        staff.disable(gone.getId());
        long adminId = staff.account("admin").orElseThrow().getId();
        for (long target : new long[] {99_999_999L, union.getId(), gone.getId(), adminId}) {
            HttpResponse<String> refused = post("/api/v1/staff/cases/" + id + "/assignment", supervisor,
                    "{\"assigneeId\":" + target + "}");
            assertEquals(400, refused.statusCode(), "assign to " + target + ": " + refused.body());
            assertEquals("assigneeId", Http.json(refused).getString("field"));
        }
        StaffAccount ana = staff.createAccount("an-" + UUID.randomUUID().toString().substring(0, 6), Role.ADVOCATE);
        assertEquals(200, post("/api/v1/staff/cases/" + id + "/assignment", supervisor,
                "{\"assigneeId\":" + ana.getId() + "}").statusCode());
        assertEquals(200, get("/api/v1/staff/cases/" + id, supervisor).statusCode());
    }

    @Test
    void aRevokedStartupTokenStaysRevokedWhenTheApplicationStartsAgain() {
        String username = "env-" + UUID.randomUUID().toString().substring(0, 8);
        String token = "env-token-" + UUID.randomUUID();
        assertTrue(staff.activateStartupToken(username, Role.SUPERVISOR, "JORNADA_BOOTSTRAP_TOKEN", token));
        assertEquals(200, get("/api/v1/staff/cases", token).statusCode());
        staff.revoke(null, token);
        assertFalse(staff.activateStartupToken(username, Role.SUPERVISOR, "JORNADA_BOOTSTRAP_TOKEN", token),
                "a start with the same environment value neither fails nor brings the revoked token back");
        assertEquals(401, get("/api/v1/staff/cases", token).statusCode());
    }

    @Test
    void disabledAccountsAndRevokedTokensAreRefused() {
        StaffAccount gone = staff.createAccount("gone-" + UUID.randomUUID().toString().substring(0, 6), Role.ADVOCATE);
        String goneToken = staff.issueToken(null, gone.getId(), "test", Role.ADVOCATE);
        assertEquals(200, get("/api/v1/staff/cases", goneToken).statusCode());
        staff.disable(gone.getId());
        assertEquals(401, get("/api/v1/staff/cases", goneToken).statusCode());

        String revoked = tokenFor(Role.SUPERVISOR);
        assertEquals(200, get("/api/v1/staff/cases", revoked).statusCode());
        staff.revoke(null, revoked);
        assertEquals(401, get("/api/v1/staff/cases", revoked).statusCode());
    }

    @Test
    void workflowMovesAreAllowedOrRefusedNamingTheAllowedOnes() throws Exception {
        String supervisor = tokenFor(Role.SUPERVISOR);
        long id = newCase(Category.UNPAID_HOURS);
        HttpResponse<String> skip = post("/api/v1/staff/cases/" + id + "/transitions", supervisor,
                "{\"to\":\"RESOLVED\",\"reason\":\"skip\"}");
        assertEquals(409, skip.statusCode());
        assertEquals(List.of("CLOSED", "DUPLICATE", "TRIAGED"), Http.json(skip).getJsonArray("allowed")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        HttpResponse<String> escalate = post("/api/v1/staff/cases/" + id + "/transitions", supervisor,
                "{\"to\":\"ESCALATED\"}");
        assertEquals(400, escalate.statusCode(), "only a sent referral escalates a case");
        assertEquals("to", Http.json(escalate).getString("field"));
        assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", supervisor, "{\"to\":\"TRIAGED\"}")
                .statusCode());
        assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", supervisor, "{\"to\":\"VERIFYING\"}")
                .statusCode());
        HttpResponse<String> noReason = post("/api/v1/staff/cases/" + id + "/transitions", supervisor,
                "{\"to\":\"VERIFIED\"}");
        assertEquals(400, noReason.statusCode());
        assertEquals("reason", Http.json(noReason).getString("field"));
        assertEquals(400, post("/api/v1/staff/cases/" + id + "/transitions", supervisor, "{\"to\":\"DONE\"}")
                .statusCode());
        // a list where one state is wanted names the field (it was "the body is not valid JSON")
        HttpResponse<String> listed = post("/api/v1/staff/cases/" + id + "/transitions", supervisor,
                "{\"to\":[\"VERIFIED\"]}");
        assertEquals(400, listed.statusCode());
        assertEquals("to", Http.json(listed).getString("field"), listed.body());
        // a reason over 1,000 characters is refused as too long, not as missing
        HttpResponse<String> tooLong = http.postJson("/api/v1/staff/cases/" + id + "/transitions",
                "{\"to\":\"VERIFIED\",\"reason\":\"" + "x".repeat(1001) + "\"}", "Authorization", "Bearer " + supervisor,
                "Accept-Language", "en");
        assertEquals(400, tooLong.statusCode());
        assertEquals("reason", Http.json(tooLong).getString("field"));
        assertTrue(tooLong.body().contains("too long") && tooLong.body().contains("1,000"), tooLong.body());
        HttpResponse<String> verified = post("/api/v1/staff/cases/" + id + "/transitions", supervisor,
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs match\"}");
        assertEquals(200, verified.statusCode());
        assertEquals("VERIFIED", Http.json(verified).getString("state"));
    }

    @Test
    void aStaffMessageReachesTheWorkersFollowUpAndEverythingIsAudited() throws Exception {
        String supervisor = tokenFor(Role.SUPERVISOR);
        var cleaned = evidenceStore.clean(TestFiles.jpegWithGps());
        var filed = intake.file(new ValidComplaint(new ComplaintFacts("es", VisaType.H2B,
                EnumSet.of(Category.RETALIATION), null, null, "FL", java.time.YearMonth.of(2026, 11),
                java.time.YearMonth.of(2026, 11), false), "Me despidieron por quejarme.", ContactChannel.NONE, null,
                false), List.of(cleaned));
        long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();

        JsonObject view = Http.json(get("/api/v1/staff/cases/" + id, supervisor));
        assertEquals("Me despidieron por quejarme.", view.getString("narrative"));
        JsonObject deadline = view.getJsonArray("deadlines").getJsonObject(0);
        assertEquals("OSHA_11C", deadline.getString("rule"));
        assertEquals("2026-12-01", deadline.getString("dueOn"));
        assertTrue(deadline.getString("source").contains("11(c)"));
        JsonObject evidence = view.getJsonArray("evidence").getJsonObject(0);
        assertEquals("2026-05-14T10:30:00Z", evidence.getString("capturedAt"));

        HttpResponse<String> sent = post("/api/v1/staff/cases/" + id + "/messages", supervisor,
                "{\"text\":\"¿Tiene la carta de despido?\"}");
        assertEquals(201, sent.statusCode());
        JsonObject thread = Http.json(http.postJson("/api/v1/followup",
                "{\"receipt\":\"" + filed.receipt().digits() + "\"}"));
        assertEquals("¿Tiene la carta de despido?", thread.getJsonArray("messages").getJsonObject(0).getString("text"));

        HttpResponse<byte[]> download = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/cases/" + id + "/evidence/"
                        + evidence.getJsonNumber("id").longValue()))).header("Authorization", "Bearer " + supervisor)
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertArrayEquals(cleaned.content(), download.body());

        assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", supervisor,
                "{\"to\":\"TRIAGED\"}").statusCode());
        Set<String> actions = Http.json(get("/api/v1/staff/audit?caseId=" + id, supervisor)).getJsonArray("items")
                .stream().map(JsonObject.class::cast).map(e -> e.getString("action")).collect(Collectors.toSet());
        assertTrue(actions.containsAll(Set.of("CASE_VIEWED", "MESSAGE_SENT", "EVIDENCE_DOWNLOADED", "STATE_CHANGED")),
                actions.toString());
    }

    @Test
    void aClockMarkedNotApplicableIsShownSoAndLeftOutOfTheNearestDeadline() throws Exception {
        long id = newCase(Category.UNPAID_HOURS);
        String token = tokenFor(Role.SUPERVISOR);
        JsonObject before = Http.json(get("/api/v1/staff/cases/" + id, token));
        // unpaid hours: FLSA 2 years, 3 if willful (29 U.S.C. 255(a)); the 2-year clock is the nearest
        assertEquals(deadline(before, "FLSA").getString("dueOn"), before.getString("nearestDeadline"));
        assertTrue(deadline(before, "FLSA").getBoolean("applicable"));

        StaffAccount supervisor = staff.createAccount("supervisor-" + UUID.randomUUID().toString().substring(0, 8),
                Role.SUPERVISOR);
        assertTrue(waiveDeadline.run(new org.jornada.staff.control.StaffPrincipal(supervisor.getId(), supervisor.getUsername(), Role.SUPERVISOR),
                id, new org.jornada.casework.boundary.WaiveDeadline.Input("FLSA", "Paid in full on 2026-06-30.")));

        JsonObject after = Http.json(get("/api/v1/staff/cases/" + id, token));
        assertEquals(deadline(after, "FLSA_WILLFUL").getString("dueOn"), after.getString("nearestDeadline"),
                "the waived clock is not the nearest any more: " + after.getJsonArray("deadlines"));
        JsonObject waived = deadline(after, "FLSA");
        assertFalse(waived.getBoolean("applicable"));
        assertFalse(waived.getBoolean("warning"));
        assertEquals("Paid in full on 2026-06-30.", waived.getString("notApplicableReason"));
    }

    private static JsonObject deadline(JsonObject view, String rule) {
        return view.getJsonArray("deadlines").getValuesAs(JsonObject.class).stream()
                .filter(d -> rule.equals(d.getString("rule"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " clock: " + view.getJsonArray("deadlines")));
    }
}
