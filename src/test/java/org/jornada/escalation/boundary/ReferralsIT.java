package org.jornada.escalation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
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
 * only a verified case, named only with the worker's yes, approved only by a second person, and a
 * case ESCALATED only by a sent referral.
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

    @Test
    void aVerifiedCaseIsReferredApprovedByASecondSupervisorSentAndOnlyThenEscalated() {
        String preparer = tokenFor(Role.SUPERVISOR);
        String second = tokenFor(Role.SUPERVISOR);
        long id = verifiedCase(preparer);
        long whd = authority(preparer, "WHD");

        HttpResponse<String> named = post("/api/v1/staff/cases/" + id + "/referrals", preparer,
                "{\"authorityId\":" + whd + ",\"identity\":\"NAMED\",\"withEvidence\":false}");
        assertEquals(400, named.statusCode(), "no yes from the worker, no name");
        assertEquals("identity", Http.json(named).getString("field"));
        HttpResponse<String> draft = post("/api/v1/staff/cases/" + id + "/referrals", preparer,
                "{\"authorityId\":" + whd + ",\"identity\":\"ANONYMOUS\",\"withEvidence\":true}");
        assertEquals(201, draft.statusCode(), draft.body());
        long referral = Http.json(draft).getJsonNumber("id").longValue();
        assertEquals("DRAFT", Http.json(draft).getString("state"));

        move(referral, preparer, "{\"step\":\"SEND\",\"channel\":\"WEB_FORM\"}", 400);
        move(referral, preparer, "{\"step\":\"SUBMIT\"}", 200);
        move(referral, preparer, "{\"step\":\"APPROVE\"}", 403);
        move(referral, second, "{\"step\":\"RETURN\"}", 400);
        move(referral, second, "{\"step\":\"RETURN\",\"note\":\"Add the pay stubs\"}", 200);
        move(referral, preparer, "{\"step\":\"SUBMIT\"}", 200);
        move(referral, second, "{\"step\":\"APPROVE\"}", 200);
        assertEquals("VERIFIED", get("/api/v1/staff/cases/" + id, preparer).getString("state"),
                "approved is not sent: the case is not escalated yet");
        move(referral, preparer, "{\"step\":\"SEND\"}", 400);
        move(referral, preparer, "{\"step\":\"SEND\",\"channel\":\"WEB_FORM\",\"reference\":\"WHD-ONLINE-7781\"}", 200);
        assertEquals("ESCALATED", get("/api/v1/staff/cases/" + id, preparer).getString("state"));

        move(referral, preparer, "{\"step\":\"OUTCOME\",\"outcome\":\"BACK_WAGES_RECOVERED\"}", 400);
        move(referral, preparer, "{\"step\":\"OUTCOME\",\"outcome\":\"BACK_WAGES_RECOVERED\",\"amount\":1250.50,"
                + "\"resolveCase\":true}", 200);
        assertEquals("RESOLVED", get("/api/v1/staff/cases/" + id, preparer).getString("state"));
        String news = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}"))
                .getJsonArray("news").toString();
        assertTrue(news.contains("Su caso se envió a Departamento de Trabajo") && news.contains("1250.50 dólares"),
                "the worker reads where the case went and what came of it: " + news);

        JsonObject shown = get("/api/v1/staff/referrals/" + referral, preparer);
        assertEquals("OUTCOME", shown.getJsonObject("referral").getString("state"));
        assertEquals("WHD-ONLINE-7781", shown.getJsonObject("referral").getString("authorityReference"));
        assertEquals(7, shown.getJsonArray("timeline").size(), shown.toString());
        assertEquals("Add the pay stubs", shown.getJsonArray("timeline").getJsonObject(2).getString("note"));
        assertTrue(get("/api/v1/staff/referrals?state=OUTCOME", second).getJsonArray("items").toString()
                .contains("\"id\":" + referral));
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
            move(sent[i], preparer, "{\"step\":\"SEND\",\"channel\":\"PHONE\"}", 200);
        }
        tx.begin();
        em.createQuery("UPDATE Referral r SET r.sentAt = :old WHERE r.id = :id")
                .setParameter("old", java.time.Instant.now().minus(java.time.Duration.ofDays(31)))
                .setParameter("id", sent[0]).executeUpdate();
        tx.commit();
        String due = get("/api/v1/staff/referrals?state=DUE", second).getJsonArray("items").toString();
        assertTrue(due.contains("\"id\":" + sent[0] + ","), "31 days without an answer from WHD (30): " + due);
        assertTrue(!due.contains("\"id\":" + sent[1] + ","), "sent today is not due");
    }

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
        assertEquals(400, early.statusCode());
        assertEquals("case", Http.json(early).getString("field"));
    }
}
