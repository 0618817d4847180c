package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * A wage check kept on a case (issue #14), over HTTP against MariaDB: attached through the
 * receipt, read by staff with its inputs and tables, carried by the referral packet, erased with
 * the case; and an ADMIN's import of a newer wage table, used by the next check.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WageCheckOnCaseIT {

    /** JORNADA_BOOTSTRAP_TOKEN and JORNADA_ADMIN_TOKEN of the test deployment (pom.xml). */
    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    /** NC, job order filed Feb 2025: 2025 AEWR 16.16 (V21). 40 h x 16.16 = 646.40, paid 560.00: short 86.40. */
    private static final String NC_WEEK = "{\"visa\":\"H-2A\",\"state\":\"NC\",\"jobOrderFiledOn\":\"2025-02-01\","
            + "\"payBasis\":\"HOURLY\",\"periods\":[{\"from\":\"2025-05-05\",\"to\":\"2025-05-11\",\"hours\":40,"
            + "\"paid\":560.00}],\"deductions\":[{\"kind\":\"cobro de la casa de Juana\",\"amount\":50}]}";

    /**
     * The same week paid 280.00, 7.00 an hour: below the federal 7.25, so the FLSA claim's clocks run
     * (issue #25: the FLSA clock only below the federal minimum; 29 U.S.C. 255(a), reference section 3).
     */
    private static final String NC_WEEK_BELOW_FEDERAL = NC_WEEK.replace("\"paid\":560.00", "\"paid\":280.00");

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    private long fileCase(String employer) {
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"BELOW_REQUIRED_WAGE\"],"
                + "\"visaType\":\"H2A\",\"employerName\":\"" + employer + "\",\"narrative\":\"Nos pagan menos.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        receipt = Http.json(filed).getString("receipt");
        return Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private String receipt;

    private JsonObject wageChecks(long caseId) {
        HttpResponse<String> read = http.get("/api/v1/staff/cases/" + caseId + "/wage-checks", "Authorization",
                "Bearer " + SUPERVISOR, "Accept-Language", "en");
        assertEquals(200, read.statusCode(), read.body());
        return Http.json(read);
    }

    @Test
    void theCalculationReachesTheCaseThroughAReceiptAndTheReferralPacketCarriesIt() throws Exception {
        String employer = "Attach Farms " + UUID.randomUUID().toString().substring(0, 8);
        long id = fileCase(employer);
        HttpResponse<String> attached = http.postJson("/api/v1/wage-check/attach", "{\"receipt\":\"" + receipt
                + "\",\"calculation\":" + NC_WEEK + "}", "Accept-Language", "es");
        assertEquals(201, attached.statusCode(), attached.body());

        JsonObject kept = wageChecks(id).getJsonArray("items").getJsonObject(0);
        assertEquals("API", kept.getString("via"));
        assertEquals(new BigDecimal("86.40"), kept.getJsonNumber("totalShortfall").bigDecimalValue(),
                "worked out again by the portal, not taken from the client");
        JsonObject table = kept.getJsonObject("answer").getJsonObject("floor").getJsonObject("table");
        assertEquals("AEWR-2025", table.getString("code"));
        assertEquals("secondary", table.getString("status"));
        assertEquals("2025-05-11", kept.getJsonObject("answer").getJsonArray("periods").getJsonObject(0).getString("to"));
        String lines = kept.getJsonArray("lines").toString();
        assertTrue(lines.contains("Wage floor $16.16 per hour") && lines.contains("Total short: $86.40."), lines);
        // the housing deduction (the worker's words say "casa") is owed back under H-2A (655.122(d)): 86.40 + 50.00
        assertEquals(new BigDecimal("136.40"), kept.getJsonNumber("totalOwed").bigDecimalValue());
        assertTrue(lines.contains("Total owed (wages short, deductions owed back, three-fourths guarantee and costs"
                + " already due): $136.40."), lines);
        assertTrue(lines.contains("cobro de la casa de Juana"), "staff read what the worker typed: " + lines);

        long whd = Http.json(http.get("/api/v1/staff/cases/" + id + "/authorities", "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("code").equals("WHD")).findFirst().orElseThrow().getJsonNumber("authorityId")
                .longValue(); // Wage and Hour: the order follows the case's clocks (no FLSA clock above $7.25)
        HttpResponse<byte[]> packet = http.getBytes("/api/v1/staff/cases/" + id + "/authorities/" + whd + "/packet",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, packet.statusCode());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(packet.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("Wage check by the worker") && text.contains("Total short: $86.40")
                && text.contains("89 FR 101628") && text.contains("status reported by a news or advocacy source"), text);
        assertFalse(text.contains("casa de Juana"), "an anonymous packet carries none of the worker's words");

        assertEquals(200, http.postJson("/api/v1/followup/erase", "{\"receipt\":\"" + receipt + "\",\"what\":\"CASE\"}")
                .statusCode());
        assertEquals(0, wageChecks(id).getJsonArray("items").size(), "erased with the case");
    }

    /**
     * Issue #24: the federal claim shows one date on the wage check's answer, the case's clocks and the
     * packet. Reference section 3: FLSA 2 years from when the claim accrues (each payday, 29 U.S.C.
     * 255(a)); the first short week ends 2025-05-11, so 2027-05-11, where the month alone said 2027-05-01.
     * The week is paid below the federal minimum: above it there is no FLSA claim (issue #25).
     */
    @Test
    void theFederalClaimShowsOneDateOnTheWageCheckTheCaseClocksAndThePacket() throws Exception {
        String employer = "One Date Farms " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"BELOW_REQUIRED_WAGE\"],"
                + "\"visaType\":\"H2A\",\"employerName\":\"" + employer + "\",\"worksiteState\":\"NC\","
                + "\"startedOn\":\"2025-05\",\"narrative\":\"Nos pagan menos.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        receipt = Http.json(filed).getString("receipt");
        long id = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(201, http.postJson("/api/v1/wage-check/attach", "{\"receipt\":\"" + receipt
                + "\",\"calculation\":" + NC_WEEK_BELOW_FEDERAL + "}", "Accept-Language", "es").statusCode());

        String flsa = "2027-05-11";
        JsonObject kept = wageChecks(id).getJsonArray("items").getJsonObject(0);
        String checkDate = kept.getJsonObject("answer").getJsonArray("deadlines").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("rule").equals("FLSA")).findFirst().orElseThrow().getString("dueOn");
        assertEquals(flsa, checkDate, "the wage check's answer");
        JsonObject view = Http.json(http.get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + SUPERVISOR));
        String caseDate = view.getJsonArray("deadlines").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("rule").equals("FLSA")).findFirst().orElseThrow().getString("dueOn");
        assertEquals(flsa, caseDate, "the case's clocks");
        assertTrue(kept.getJsonArray("lines").toString().contains("FLSA (2 years): until " + flsa),
                "the case page's wage check says the rule in words: " + kept.getJsonArray("lines"));

        long whd = Http.json(http.get("/api/v1/staff/cases/" + id + "/authorities", "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("code").equals("WHD")).findFirst().orElseThrow().getJsonNumber("authorityId")
                .longValue(); // Wage and Hour: the order follows the case's clocks (no FLSA clock above $7.25)
        HttpResponse<byte[]> packet = http.getBytes("/api/v1/staff/cases/" + id + "/authorities/" + whd + "/packet",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, packet.statusCode());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(packet.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(flsa + ": FLSA minimum wage"), "the packet's clocks: " + text);
        assertFalse(text.contains("2027-05-01"), "no second date for the same claim: " + text);
        assertTrue(text.contains("pay rate:") && text.contains("Paid $280.00 for 40 hours from 2025-05-05 to 2025-05-11"),
                text);
        assertFalse(text.contains("Clock ") || text.contains("BELOW_REQUIRED_WAGE"), text);
    }

    @Test
    void theWageCheckPagesReceiptFormKeepsTheCalculationOnThatCase() {
        long id = fileCase("Page Attach Farms " + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> wrong = http.postForm("/wage-check", java.util.Map.of("lang", "en", "do", "attach",
                "calculation", NC_WEEK, "receipt", "0000 0000 0000 0000 0078"));
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("receipt-error") && wrong.body().contains("total-shortfall"),
                "a wrong code is said beside the field; the answer stays");
        HttpResponse<String> page = http.postForm("/wage-check", java.util.Map.of("lang", "en", "do", "attach",
                "calculation", NC_WEEK, "receipt", receipt));
        // kept: the POST ends in a redirect (issue 24), so Back or reload never sends the code again
        assertEquals(302, page.statusCode(), page.body());
        String location = page.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/wage-check?added=1"), location);
        assertFalse(location.contains(receipt.replace(" ", "")), "never the code in the address");
        HttpResponse<String> added = http.get(location.substring(location.indexOf("/wage-check?")));
        assertTrue(added.body().contains("id=\"attached\""), "the page says it is on the report");
        assertFalse(added.body().contains(receipt), "the code is not written back into the page");
        assertFalse(added.body().contains("560.00"), "nor the pay figures: a reload shows nothing private");
        assertEquals("WAGE_CHECK_PAGE", wageChecks(id).getJsonArray("items").getJsonObject(0).getString("via"));
        assertTrue(page.headers().allValues("Set-Cookie").isEmpty(), "no session, no cookie");
    }

    @Test
    void aWrongReceiptIsTheFollowUpsOneAnswerAndAWrongCalculationIsNamed() {
        HttpResponse<String> unknown = http.postJson("/api/v1/wage-check/attach", "{\"receipt\":\"0000 0000 0000 0000 0077\","
                + "\"calculation\":" + NC_WEEK + "}", "Accept-Language", "en");
        assertEquals(404, unknown.statusCode());
        assertEquals(Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"0000 0000 0000 0000 0077\"}",
                "Accept-Language", "en")).getString("detail"), Http.json(unknown).getString("detail"));
        long id = fileCase("Named Field Farms " + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> wrong = http.postJson("/api/v1/wage-check/attach", "{\"receipt\":\"" + receipt
                + "\",\"calculation\":{\"visa\":\"H-2A\",\"state\":\"NC\",\"periods\":[{\"hours\":-4}]}}");
        assertEquals(400, wrong.statusCode());
        assertEquals("calculation.periods[0].hours", Http.json(wrong).getString("field"));
        assertEquals("calculation", Http.json(http.postJson("/api/v1/wage-check/attach", "{\"receipt\":\"" + receipt
                + "\",\"calculation\":\"86.40\"}")).getString("field"));
        assertEquals(0, wageChecks(id).getJsonArray("items").size(), "nothing kept");
    }

    @Test
    void anAdminImportsANewerTableAndTheNextCheckUsesItNamingIt() throws Exception {
        String code = "AEWR-VT-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "State,AEWR,Note\r\n\"Vermont\",\"$19.99\",test table\r\nWY,18.00,\r\n";
        HttpResponse<String> imported = importTable(code, "AEWR", "2031-01-01", csv, ADMIN);
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(2, Http.json(imported).getInt("rows"));
        HttpResponse<String> answer = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"VT\","
                + "\"jobOrderFiledOn\":\"2025-09-01\",\"periods\":[{\"from\":\"2031-03-03\",\"to\":\"2031-03-09\","
                + "\"hours\":10,\"paid\":100}]}", "Accept-Language", "en");
        JsonObject floor = Http.json(answer).getJsonObject("floor");
        assertEquals(new BigDecimal("19.99"), floor.getJsonNumber("hourly").bigDecimalValue(), answer.body());
        assertEquals(code, floor.getJsonObject("table").getString("code"));
        assertEquals("direct", floor.getJsonObject("table").getString("status"));
        assertTrue(Http.json(http.get("/api/v1/staff/wage-tables", "Authorization", "Bearer " + ADMIN))
                .getJsonArray("items").toString().contains(code));

        HttpResponse<String> badLine = importTable(code + "-2", "AEWR", "2031-01-01", "State,Rate\nNC,16.16\nNarnia,12\n",
                ADMIN);
        assertEquals(400, badLine.statusCode());
        assertTrue(badLine.body().contains("Line 3") && badLine.body().contains("Narnia"), badLine.body());
        assertEquals(409, importTable(code, "AEWR", "2031-01-01", csv, ADMIN).statusCode(), "the code is taken");
        assertEquals(400, importTable(code + "-3", "AEWR", "2031-01-01", "Name,Price\nx,1\n", ADMIN).statusCode());
        assertEquals(403, importTable(code + "-4", "AEWR", "2031-01-01", csv, SUPERVISOR).statusCode(), "ADMIN only");
        assertFalse(Http.json(http.get("/api/v1/staff/wage-tables", "Authorization", "Bearer " + ADMIN))
                .getJsonArray("items").toString().contains(code + "-2"), "a refused import leaves nothing");
    }

    @Test
    void eightImportsAtOnceEachGetATableOfTheirOwnAndACodeIsTakenOnlyOnce() throws Exception {
        // The table's id was MAX(id) + 1, read before inserting: two imports at once (two admins,
        // two nodes) took the same id and the second answered 500.
        String run = UUID.randomUUID().toString().substring(0, 6);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> answers = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            String code = "AEWR-RACE-" + run + "-" + (t == 7 ? 0 : t);
            answers.add(pool.submit(() -> {
                go.await();
                HttpResponse<String> answer = importTable(code, "AEWR", "2045-01-01", "State,Rate\nWY,30.00\n", ADMIN);
                return code + " " + answer.statusCode() + (answer.statusCode() >= 500 ? " " + answer.body() : "");
            }));
        }
        go.countDown();
        java.util.List<String> got = new java.util.ArrayList<>();
        for (var answer : answers) {
            got.add(answer.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        pool.shutdown();
        for (int t = 1; t < 7; t++) {
            assertTrue(got.contains("AEWR-RACE-" + run + "-" + t + " 201"), got.toString());
        }
        assertTrue(got.contains("AEWR-RACE-" + run + "-0 201") && got.contains("AEWR-RACE-" + run + "-0 409"),
                "the same code twice at once: one imported, one refused as taken: " + got);
        String listed = Http.json(http.get("/api/v1/staff/wage-tables", "Authorization", "Bearer " + ADMIN))
                .getJsonArray("items").toString();
        for (int t = 0; t < 7; t++) {
            assertTrue(listed.contains("AEWR-RACE-" + run + "-" + t), "table " + t + " listed");
        }
    }

    private HttpResponse<String> importTable(String code, String kind, String from, String csv, String token) {
        String query = "?kind=" + kind + "&code=" + code + "&effectiveFrom=" + from + "&name="
                + URLEncoder.encode("Test AEWR table", StandardCharsets.UTF_8) + "&source=" + URLEncoder.encode(
                        "https://flag.dol.gov/test", StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(java.net.URI.create(http.url("/api/v1/staff/wage-tables" + query)))
                .header("Content-Type", "text/csv").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(csv)), "Authorization", "Bearer " + token);
    }
}
