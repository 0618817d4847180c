package org.jornada.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * The staff API of a running jar, as a script uses it: accounts and bearer tokens made with the
 * admin token ({@code JORNADA_ADMIN_TOKEN}), a complaint filed and moved to VERIFIED, a local
 * office that takes mail.
 */
public final class StaffApiClient {

    private final Http http;
    private final String adminToken;

    public StaffApiClient(Http http, String adminToken) {
        this.http = http;
        this.adminToken = adminToken;
    }

    /** A new account of a role that reads no case (UNION, ADMIN) and a bearer token for it. */
    public String newToken(String role) {
        return newAccount(role).token();
    }

    /**
     * A new ADVOCATE or SUPERVISOR with a bearer token: made as UNION with the admin token, then
     * given its role by an admin signed in on the accounts page (the only way to a case-reading
     * token, by design).
     */
    public String newCaseWorkerToken(String role, StaffBrowser signedInAdmin) throws Exception {
        Account account = newAccount("UNION");
        signedInAdmin.changeRole(account.username(), role);
        return account.token();
    }

    private Account newAccount(String role) {
        String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = post("/api/v1/staff/accounts", adminToken, "{\"username\":\"" + username
                + "\",\"role\":\"" + role + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> token = post("/api/v1/staff/accounts/" + id + "/tokens", adminToken, "{\"name\":\"test\"}");
        assertEquals(201, token.statusCode(), token.body());
        return new Account(username, Http.json(token).getString("token"));
    }

    private record Account(String username, String token) {
    }

    public HttpResponse<String> post(String path, String token, String json) {
        return http.postJson(path, json, "Authorization", "Bearer " + token);
    }

    public JsonObject get(String path, String token) {
        HttpResponse<String> answer = http.get(path, "Authorization", "Bearer " + token);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Http.json(answer);
    }

    /**
     * A complaint filed by a worker (with a photo sent from the follow-up, unless null), found by
     * its employer and moved to VERIFIED.
     */
    public Filed verifiedCase(String employer, String token, byte[] photo) {
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas extra.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        if (photo != null) {
            HttpResponse<String> uploaded = http.postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                    .field("receipt", Http.json(filed).getString("receipt")).file("file", "stub.jpg", "image/jpeg", photo));
            assertEquals(201, uploaded.statusCode(), uploaded.body());
        }
        long id = get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), token).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs checked\"}"}) {
            assertEquals(200, post("/api/v1/staff/cases/" + id + "/transitions", token, move).statusCode(), move);
        }
        return new Filed(id, Http.json(filed).getString("receipt"));
    }

    /** A case and the worker's receipt code. */
    public record Filed(long id, String receipt) {
    }

    /** A local office (under WHD) that takes referrals by email; its id. */
    public long officeWithEmail() {
        String code = "WHD_MAIL_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        HttpResponse<String> added = post("/api/v1/staff/authorities", adminToken, "{\"code\":\"" + code
                + "\",\"name\":\"WHD test office " + code + "\",\"categories\":[\"UNPAID_HOURS\"],\"channels\":"
                + "[{\"kind\":\"EMAIL\",\"address\":\"" + code.toLowerCase() + "@example.org\"}],\"language\":\"en\","
                + "\"parentCode\":\"WHD\"}");
        assertEquals(201, added.statusCode(), added.body());
        return Http.json(added).getJsonNumber("id").longValue();
    }
}
