package org.jornada.escalation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorities of domain-reference.md section 4 as seeded, local offices an admin adds, and
 * the authorities suggested for a case ({@code /api/v1/staff/authorities},
 * {@code /api/v1/staff/cases/{id}/authorities}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoritiesIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void open() {
        http = new Http(Deployments.local(base));
    }

    private static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Map<String, JsonObject> authorities(String token, String language) {
        HttpResponse<String> listed = http.get("/api/v1/staff/authorities", "Authorization", "Bearer " + token,
                "Accept-Language", language);
        assertEquals(200, listed.statusCode(), listed.body());
        return Http.json(listed).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("code"), Function.identity()));
    }

    @Test
    void theAuthoritiesOfTheReferenceAreSeededWithTheirChannelsAndWhatIsUnverified() {
        Map<String, JsonObject> all = authorities(SUPERVISOR, "en");
        assertTrue(all.keySet().containsAll(List.of("WHD", "OSHA", "OSHA_11C", "EEOC", "OFLC", "SWA", "DOS",
                "TRAFFICKING_HOTLINE", "MX_CONSULATE", "STPS", "PROFEDET")), all.keySet().toString());
        JsonObject whd = all.get("WHD");
        assertEquals("U.S. Department of Labor, Wage and Hour Division (WHD)", whd.getString("name"));
        assertEquals("your name", whd.getJsonArray("infoRequired").getString(0), "the facts in the authority's order");
        assertTrue(whd.getJsonArray("categories").toString().contains("UNPAID_HOURS"));
        assertEquals("WEB_FORM", whd.getJsonArray("channels").getJsonObject(0).getString("kind"));
        assertTrue(whd.getBoolean("verified"));
        assertFalse(all.get("STPS").getBoolean("verified"), "the reference could not verify a channel");
        assertTrue(all.get("STPS").getJsonArray("channels").isEmpty(), "no made-up address");
        assertEquals("es", all.get("PROFEDET").getString("language"));
        assertTrue(all.get("TRAFFICKING_HOTLINE").getJsonArray("channels").toString()
                .contains("help@humantraffickinghotline.org"), "the one email the reference gives");
        assertTrue(authorities(SUPERVISOR, "es").get("WHD").getString("name").startsWith("Departamento de Trabajo"));
    }

    @Test
    void anAdminAddsALocalOfficeOfAnAuthorityAndNobodyElseMay() {
        String code = "WHD_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String office = "{\"code\":\"" + code + "\",\"name\":\"WHD Atlanta District Office\","
                + "\"categories\":[\"UNPAID_HOURS\",\"LATE_PAY\"],\"channels\":[{\"kind\":\"EMAIL\","
                + "\"address\":\"atlanta.whd@example.org\"}],\"language\":\"en\",\"parentCode\":\"WHD\"}";
        assertEquals(403, http.postJson("/api/v1/staff/authorities", office, "Authorization", "Bearer " + SUPERVISOR)
                .statusCode(), "only ADMIN adds authorities");
        HttpResponse<String> added = http.postJson("/api/v1/staff/authorities", office, "Authorization", "Bearer " + ADMIN);
        assertEquals(201, added.statusCode(), added.body());
        JsonObject stored = authorities(ADMIN, "en").get(code);
        assertEquals("atlanta.whd@example.org", stored.getJsonArray("channels").getJsonObject(0).getString("address"));
        assertEquals("your name", stored.getJsonArray("infoRequired").getString(0), "an office asks what its authority asks");

        assertEquals(400, http.postJson("/api/v1/staff/authorities", office, "Authorization", "Bearer " + ADMIN)
                .statusCode(), "the code is taken");
        HttpResponse<String> broken = http.postJson("/api/v1/staff/authorities", "{\"code\":\"x\",\"name\":\"A\","
                + "\"categories\":[\"WAGE_THEFT\"],\"channels\":[],\"language\":\"fr\"}", "Authorization", "Bearer " + ADMIN,
                "Accept-Language", "en");
        assertEquals(400, broken.statusCode());
        String fields = Http.json(broken).getJsonArray("errors").toString();
        assertTrue(fields.contains("\"categories\"") && fields.contains("\"code\"") && fields.contains("\"language\""),
                fields);
        HttpResponse<String> badEmail = http.postJson("/api/v1/staff/authorities", office.replace(code, code + "_2")
                .replace("atlanta.whd@example.org", "not an email"), "Authorization", "Bearer " + ADMIN);
        assertEquals("channels", Http.json(badEmail).getString("field"));
    }

    @Test
    void anAdminEditsAnAuthoritysAnswerTimeCheckAndEmailAndNobodyElseMay() {
        String code = "CONSUL_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        HttpResponse<String> added = http.postJson("/api/v1/staff/authorities", "{\"code\":\"" + code + "\","
                + "\"name\":\"Consulado en Atlanta\",\"categories\":[\"DOCUMENTS_TAKEN\"],\"channels\":[{\"kind\":"
                + "\"PHONE\",\"address\":\"+1 404 555 0100\"}],\"language\":\"es\"}", "Authorization", "Bearer " + ADMIN);
        assertEquals(201, added.statusCode(), added.body());
        long id = Http.json(added).getJsonNumber("id").longValue();
        String edit = "{\"responseDays\":45,\"verified\":false,\"note\":\"Phone answers mornings\","
                + "\"email\":\"proteccion.atlanta@example.org\"}";
        assertEquals(403, http.postJson("/api/v1/staff/authorities/" + id, edit, "Authorization", "Bearer " + SUPERVISOR)
                .statusCode(), "only ADMIN edits");
        assertEquals(200, http.postJson("/api/v1/staff/authorities/" + id, edit, "Authorization", "Bearer " + ADMIN)
                .statusCode());
        JsonObject edited = authorities(ADMIN, "es").get(code);
        assertEquals(45, edited.getInt("responseDays"));
        assertFalse(edited.getBoolean("verified"));
        assertEquals("EMAIL", edited.getJsonArray("channels").getJsonObject(0).getString("kind"));
        assertEquals("proteccion.atlanta@example.org", edited.getJsonArray("channels").getJsonObject(0)
                .getString("address"));
        assertEquals("+1 404 555 0100", edited.getJsonArray("channels").getJsonObject(1).getString("address"),
                "the other channels stay");
        assertEquals("responseDays", Http.json(http.postJson("/api/v1/staff/authorities/" + id,
                "{\"responseDays\":0}", "Authorization", "Bearer " + ADMIN)).getString("field"));
        assertEquals("email", Http.json(http.postJson("/api/v1/staff/authorities/" + id,
                "{\"responseDays\":30,\"email\":\"nope\"}", "Authorization", "Bearer " + ADMIN)).getString("field"));
        assertEquals(404, http.postJson("/api/v1/staff/authorities/999999999", edit, "Authorization", "Bearer " + ADMIN)
                .statusCode());
    }

    @Test
    void aCaseIsOfferedTheAuthoritiesThatTakeItsCategoriesNearestClockFirstWithWhy() {
        String employer = "Referral Farm " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"worksiteState\":\"GA\",\"startedOn\":\"2026-03\","
                + "\"narrative\":\"No nos pagan las horas de espera.\",\"contact\":{\"channel\":\"PHONE\","
                + "\"value\":\"+1 912 555 0147\"},\"consentToContact\":true}");
        assertEquals(201, filed.statusCode(), filed.body());
        long id = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        HttpResponse<String> suggested = http.get("/api/v1/staff/cases/" + id + "/authorities", "Authorization",
                "Bearer " + SUPERVISOR, "Accept-Language", "en");
        assertEquals(200, suggested.statusCode(), suggested.body());
        List<JsonObject> items = Http.json(suggested).getJsonArray("items").getValuesAs(JsonObject.class);
        JsonObject first = items.get(0);
        assertTrue(first.getString("code").startsWith("WHD"), "the wage clock runs on WHD: " + items);
        assertTrue(first.getString("reason").contains("FLSA"), first.getString("reason"));
        assertFalse(first.isNull("nearestDeadline"));
        assertTrue(items.stream().noneMatch(i -> i.getString("code").equals("EEOC")), "EEOC takes no wage case");
        assertEquals(404, http.get("/api/v1/staff/cases/999999999/authorities", "Authorization", "Bearer " + SUPERVISOR)
                .statusCode());

        HttpResponse<byte[]> packet = http.getBytes("/api/v1/staff/cases/" + id + "/authorities/"
                + first.getJsonNumber("authorityId").longValue() + "/packet", "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, packet.statusCode());
        assertTrue(packet.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = pdfText(packet.body());
        assertTrue(text.contains("Referral to U.S. Department of Labor") && text.contains(employer), text);
        assertFalse(text.contains("555 0147") || text.contains("horas de espera"),
                "an anonymous packet carries neither the worker's contact nor their words");
        assertEquals(403, http.get("/api/v1/staff/cases/" + id + "/authorities", "Authorization", "Bearer " + ADMIN)
                .statusCode(), "an admin reads no case");
    }
}
