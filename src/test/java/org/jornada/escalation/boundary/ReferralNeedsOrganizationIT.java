package org.jornada.escalation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jornada.testing.Http;
import org.jornada.testing.RunningJar;
import org.junit.jupiter.api.Test;

/**
 * Issue #24: a referral cannot be prepared while the organization has no name or no contact, since
 * every packet tells the authority to reach the worker through the organization. The shipped jar
 * shared as a first install (SharedJars.bare: not the demo, so no fictional organization, nothing
 * of the organization set): the API answers 409 naming {@code organization}, in the caller's
 * language.
 */
class ReferralNeedsOrganizationIT {

    /** JORNADA_BOOTSTRAP_TOKEN of the test environment (pom.xml): a SUPERVISOR's API token. */
    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";

    @Test
    void preparingAReferralIsRefusedUntilTheOrganizationsNameAndContactAreSet() throws Exception {
        RunningJar jar = org.jornada.testing.SharedJars.bare();
        Http http = jar.http();
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"visaType\":\"H2A\",\"employerName\":\"No Org Farms\",\"narrative\":\"No pagan las horas.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Http.json(http.get("/api/v1/staff/cases?q=No+Org+Farms", "Authorization", "Bearer " + SUPERVISOR))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (String to : new String[] {"TRIAGED", "VERIFYING", "VERIFIED"}) {
            HttpResponse<String> moved = http.postJson("/api/v1/staff/cases/" + id + "/transitions",
                    "{\"to\":\"" + to + "\",\"reason\":\"Checked by phone.\"}", "Authorization", "Bearer " + SUPERVISOR);
            assertEquals(200, moved.statusCode(), to + ": " + moved.body());
        }
        long authority = Http.json(http.get("/api/v1/staff/cases/" + id + "/authorities", "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").getJsonObject(0).getJsonNumber("authorityId").longValue();
        HttpResponse<String> refused = http.postJson("/api/v1/staff/cases/" + id + "/referrals",
                "{\"authorityId\":" + authority + ",\"identity\":\"ANONYMOUS\"}", "Authorization", "Bearer " + SUPERVISOR,
                "Accept-Language", "en");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("organization") && refused.body().contains("JORNADA_ORG_NAME"),
                refused.body());
        JsonObject referrals = Http.json(http.get("/api/v1/staff/cases/" + id + "/referrals", "Authorization",
                "Bearer " + SUPERVISOR));
        assertEquals(0, referrals.getJsonArray("items").size(), "nothing prepared");
    }
}
