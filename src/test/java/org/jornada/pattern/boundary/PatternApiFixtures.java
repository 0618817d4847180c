package org.jornada.pattern.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jornada.testing.Http;

/**
 * What {@link PatternsIT} makes through the API before it reads a view: UNION tokens, employers
 * imported from a DOL disclosure row, complaints filed and linked to them, workers' reviews; and
 * the reading of a view's answer. Every employer gets a crop of this run only, so that the views
 * filtered by it see only this run's cases (the database outlives a run).
 */
final class PatternApiFixtures {

    static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    static final int YEAR = LocalDate.now().getYear();

    private final Http http;

    PatternApiFixtures(Http http) {
        this.http = http;
    }

    String unionToken() {
        HttpResponse<String> created = http.postJson("/api/v1/staff/accounts", "{\"username\":\"union-"
                + UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\"UNION\"}", "Authorization", "Bearer " + ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.json(created).getJsonNumber("id").longValue();
        HttpResponse<String> token = http.postJson("/api/v1/staff/accounts/" + id + "/tokens", "{\"name\":\"it\"}",
                "Authorization", "Bearer " + ADMIN);
        assertEquals(201, token.statusCode(), token.body());
        return Http.json(token).getString("token");
    }

    /** A crop of this run only: the views filtered by it see only this run's cases (the database outlives a run). */
    private static final String CROP = "Okra " + UUID.randomUUID().toString().substring(0, 8);

    static String crop() {
        return "&crop=" + CROP.replace(' ', '+');
    }

    long employer(String name, String state, int workers) {
        return employer(name, state, workers, CROP);
    }

    /** An employer from one H-2A disclosure row certified for {@code workers} in {@code state} this year. */
    long employer(String name, String state, int workers, String crop) {
        return employer(name, state, workers, crop, "H-300-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /**
     * The same under a case number of the test's choosing (the Foreign Labor Recruiter List finds a
     * certification by its last six digits), with this run's crop.
     */
    long certified(String name, String state, int workers, String caseNumber) {
        return employer(name, state, workers, CROP, caseNumber);
    }

    private long employer(String name, String state, int workers, String crop, String caseNumber) {
        String csv = "CASE_NUMBER,CASE_STATUS,RECEIVED_DATE,DECISION_DATE,EMPLOYER_NAME,JOB_TITLE,SOC_CODE,SOC_TITLE,"
                + "WAGE_OFFER,PER,TOTAL_WORKERS_H-2A_REQUESTED,TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,WORKSITE_CITY,"
                + "WORKSITE_COUNTY,NAICS_CODE,LAWFIRM_NAME_BUSINESS_NAME,REQUESTED_BEGIN_DATE,REQUESTED_END_DATE,PRIMARY_CROP\n"
                + caseNumber + ",Determination Issued - Certification,"
                + YEAR + "-01-10," + YEAR + "-02-01," + name + ",Farmworker,45-2092,Farmworkers," + "18.00,Hour,"
                + workers + "," + workers + "," + state + ",Town,County,111219,,"
                + YEAR + "-03-01," + YEAR + "-09-30," + crop + "\n";
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(http.url(
                "/api/v1/staff/imports/H2A_DISCLOSURE?fileName=H-2A_Disclosure_Data_FY" + YEAR + ".csv")))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)), "Authorization",
                "Bearer " + SUPERVISOR);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject found = Http.json(http.get("/api/v1/directory/search?q=" + name.replace(' ', '+')));
        return found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** Files {@code n} complaints for this employer and links each to its directory entry. */
    void complaints(int n, String employer, long entityId, String category, String visa, String state,
            String recruitedIn) {
        for (int i = 0; i < n; i++) {
            HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"" + category + "\"],"
                    + "\"visaType\":\"" + visa + "\",\"employerName\":\"" + employer + "\",\"worksiteState\":\"" + state
                    + "\",\"recruitedIn\":\"" + recruitedIn + "\",\"narrative\":\"Patrón de prueba " + i + "\"}");
            assertEquals(201, filed.statusCode(), filed.body());
        }
        List<JsonObject> cases = Http.json(http.get("/api/v1/staff/cases?limit=100&q=" + employer.replace(' ', '+'),
                "Authorization", "Bearer " + SUPERVISOR)).getJsonArray("items").getValuesAs(JsonObject.class);
        for (JsonObject c : cases) {
            HttpResponse<String> linked = http.postJson("/api/v1/staff/cases/" + c.getJsonNumber("id").longValue()
                    + "/entities", "{\"role\":\"EMPLOYER\",\"entityId\":" + entityId + "}", "Authorization",
                    "Bearer " + SUPERVISOR);
            assertEquals(200, linked.statusCode(), linked.body());
        }
    }

    JsonObject get(String path, String token) {
        HttpResponse<String> answer = http.get(path, "Authorization", "Bearer " + token);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Http.json(answer);
    }

    static JsonObject item(JsonObject answer, long entityId) {
        return answer.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("entityId").longValue() == entityId).findFirst()
                .orElseThrow(() -> new AssertionError("no " + entityId + " in " + answer));
    }

    /** A worker's review through the API: 201 counted at once, 202 waiting for a moderator. */
    void review(long entity, int overall, String more, int status) {
        HttpResponse<String> taken = http.postJson("/api/v1/reviews", "{\"entityType\":\"EMPLOYER\",\"entityId\":" + entity
                + ",\"overall\":" + overall + ",\"season\":\"" + YEAR + "\"" + more + "}");
        assertEquals(status, taken.statusCode(), taken.body());
    }
}
