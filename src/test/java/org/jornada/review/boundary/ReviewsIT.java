package org.jornada.review.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Worker ratings through {@code POST /api/v1/reviews}: counted at once without text, held for
 * moderation with text or in a burst, capped per receipt code, shown on the profile only from the
 * fifth worker, with the "verified worker" mark once staff verify the receipt's case.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewsIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";

    @ArquillianResource
    URL base;

    private Http http;


    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    /** A new employer in the directory, made through the real importer; its id. */
    private long newEmployer() {
        return org.jornada.testing.DirectoryFixtures.newEmployer(http, SUPERVISOR, "Reviewed Farms");
    }

    private HttpResponse<String> review(String json) {
        return http.postJson("/api/v1/reviews", json);
    }

    private static String rating(long entity, int overall, String more) {
        return "{\"entityType\":\"EMPLOYER\",\"entityId\":" + entity + ",\"overall\":" + overall
                + ",\"season\":\"2026\"" + more + "}";
    }

    private JsonObject ratings(long entity) {
        return Http.json(http.get("/api/v1/employers/" + entity)).getJsonObject("ratings");
    }

    @Test
    void ratingsCountAtOnceAndShowOnTheProfileFromTheFifthWorker() {
        long farm = newEmployer();
        for (int i = 1; i <= 4; i++) {
            HttpResponse<String> counted = review(rating(farm, i, ",\"aspects\":{\"paidAsPromised\":" + i + "}"));
            assertEquals(201, counted.statusCode(), counted.body());
            assertEquals("PUBLISHED", Http.json(counted).getString("status"));
        }
        assertFalse(ratings(farm).getBoolean("enoughReports"), "four workers are not enough");
        assertEquals(201, review(rating(farm, 5, ",\"aspects\":{\"paidAsPromised\":5,\"housing\":2}")).statusCode());
        JsonObject shown = ratings(farm);
        assertTrue(shown.getBoolean("enoughReports"));
        assertEquals(5, shown.getInt("workers"));
        assertEquals(3.0, shown.getJsonNumber("overall").doubleValue());
        assertEquals(3.0, shown.getJsonObject("aspects").getJsonNumber("paidAsPromised").doubleValue());
        assertFalse(shown.getJsonObject("aspects").containsKey("housing"), "one worker rated housing: withheld");
        String page = http.get("/employers/" + farm + "?lang=en").body();
        assertTrue(page.contains("Workers rate it 3 out of 5 (5 workers)") && page.contains("Paid as promised: 3.0/5"),
                page);
    }

    @Test
    void aSupervisorModeratesThroughTheApiWithTheSameRulesAsThePage() {
        long farm = newEmployer();
        String text = "Llame al 912 555 0100, nos cobraron la visa.";
        long id = Http.json(review(rating(farm, 2, ",\"text\":\"" + text + "\""))).getJsonNumber("id").longValue();
        JsonObject waiting = Http.json(http.get("/api/v1/staff/reviews", "Authorization", "Bearer " + SUPERVISOR))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertEquals(text, waiting.getString("text"));
        assertEquals("PHONE", waiting.getJsonArray("flags").getJsonObject(0).getString("kind"), waiting.toString());

        HttpResponse<String> asAdmin = http.postJson("/api/v1/staff/reviews/" + id + "/publish", "{}",
                "Authorization", "Bearer " + ADMIN);
        assertEquals(403, asAdmin.statusCode(), "moderation is a supervisor's");
        HttpResponse<String> noReason = http.postJson("/api/v1/staff/reviews/" + id + "/reject", "{\"reason\":\" \"}",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(400, noReason.statusCode());
        assertEquals("reason", Http.json(noReason).getString("field"));
        HttpResponse<String> malformed = http.postJson("/api/v1/staff/reviews/" + id + "/publish", "{\"text\":",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(400, malformed.statusCode());
        assertEquals("body", Http.json(malformed).getString("field"));

        HttpResponse<String> unredacted = http.postJson("/api/v1/staff/reviews/" + id + "/publish",
                "{\"text\":\"" + text + "\"}", "Authorization", "Bearer " + SUPERVISOR, "Accept-Language", "en");
        assertEquals(400, unredacted.statusCode(), "the phone number is never published: " + unredacted.body());
        assertEquals("text", Http.json(unredacted).getString("field"));
        assertTrue(Http.json(unredacted).getString("detail").contains("still has a phone number"), unredacted.body());
        HttpResponse<String> published = http.postJson("/api/v1/staff/reviews/" + id + "/publish",
                "{\"text\":\"Nos cobraron la visa.\"}", "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, published.statusCode(), published.body());
        assertEquals("PUBLISH", Http.json(published).getString("decision"));
        HttpResponse<String> again = http.postJson("/api/v1/staff/reviews/" + id + "/reject", "{\"reason\":\"late\"}",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(400, again.statusCode(), "already moderated");
        assertEquals("reviewId", Http.json(again).getString("field"));
        assertEquals(404, http.postJson("/api/v1/staff/reviews/999999999/reject", "{\"reason\":\"x\"}",
                "Authorization", "Bearer " + SUPERVISOR).statusCode());
    }

    @Test
    void aTextWaitsForModerationAndABurstIsHeld() {
        long farm = newEmployer();
        HttpResponse<String> withText = review(rating(farm, 1, ",\"text\":\"Nos cobraron 500 dólares por la visa.\""));
        assertEquals(202, withText.statusCode(), withText.body());
        assertEquals("PENDING", Http.json(withText).getString("status"));
        for (int i = 0; i < 9; i++) {
            assertEquals(201, review(rating(farm, 5, "")).statusCode());
        }
        HttpResponse<String> eleventh = review(rating(farm, 5, ""));
        assertEquals(202, eleventh.statusCode(), "ten reviews of one entry within an hour: the next is held");
        assertEquals("HELD", Http.json(eleventh).getString("status"));
        assertEquals(9, ratings(farm).getInt("workers"), "the pending and the held ones do not count");
    }

    @Test
    void aReceiptCodeReviewsEachEntryOnceAndEarnsTheVerifiedMarkWhenItsCaseIsVerified() {
        long farm = newEmployer();
        String employer = "ReceiptCheck" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"Review receipt test narrative.\"}");
        String receipt = Http.json(filed).getString("receipt");
        HttpResponse<String> withReceipt = review(rating(farm, 2, ",\"receipt\":\"" + receipt + "\""));
        assertEquals(201, withReceipt.statusCode(), withReceipt.body());
        HttpResponse<String> again = review(rating(farm, 2, ",\"receipt\":\"" + receipt + "\""));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("\"receipt\""), again.body());
        HttpResponse<String> unknown = review(rating(farm, 2, ",\"receipt\":\"1234 5678 9012 3456 7890\""));
        assertEquals(400, unknown.statusCode());

        for (int i = 0; i < 4; i++) {
            assertEquals(201, review(rating(farm, 4, "")).statusCode());
        }
        assertEquals(0, ratings(farm).getInt("verifiedWorkers"), "the receipt's case is not verified yet");
        long caseId = Http.json(http.get("/api/v1/staff/cases?q=" + employer, "Authorization", "Bearer " + SUPERVISOR))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Pay stubs checked\"}"}) {
            assertEquals(200, http.postJson("/api/v1/staff/cases/" + caseId + "/transitions", move,
                    "Authorization", "Bearer " + SUPERVISOR).statusCode());
        }
        JsonObject shown = ratings(farm);
        assertEquals(5, shown.getInt("workers"));
        assertEquals(1, shown.getInt("verifiedWorkers"), "a reviewer whose case staff verified");
        String everything = Http.json(http.get("/api/v1/employers/" + farm)).toString().toLowerCase();
        assertFalse(everything.contains("receipt") || everything.contains("complaintid") || everything.contains("caseid"),
                "nothing public links the review to the case: " + everything);
    }

    @Test
    void badValuesNameTheField() {
        long farm = newEmployer();
        assertField(review(rating(farm, 6, "")), "overall");
        assertField(review(rating(farm, 3, ",\"aspects\":{\"wages\":3}")), "aspects.wages");
        assertField(review(rating(farm, 3, ",\"aspects\":{\"housing\":0}")), "aspects.housing");
        assertField(review("{\"entityType\":\"EMPLOYER\",\"entityId\":" + farm + ",\"overall\":3,\"season\":\"next year\"}"),
                "season");
        assertField(review("{\"entityType\":\"BOSS\",\"entityId\":1,\"overall\":3,\"season\":\"2026\"}"), "entityType");
        assertField(review(rating(987654321L, 3, "")), "entityId");
        assertField(review(rating(farm, 3, ",\"text\":\"" + "x".repeat(1001) + "\"")), "text");
        assertEquals(400, review("not json").statusCode());
    }

    private static void assertField(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"" + field + "\""), field + " in " + response.body());
    }
}
