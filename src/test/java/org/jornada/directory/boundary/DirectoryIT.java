package org.jornada.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.Xlsx;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory built from the fixture files through the import API, on the real database: three
 * H-2A and three H-2B layouts (one as .xlsx), the WHD file and the debarment list; a second
 * import changes nothing; names match across years; the public search forgives accents and typos.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/directory");

    @ArquillianResource
    URL base;

    private Http http;


    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    private JsonObject importFile(String kind, String fileName, byte[] body, int expectedStatus) {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.url(
                "/api/v1/staff/imports/" + kind + "?fileName=" + fileName)))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(expectedStatus, response.statusCode(), response.body());
        return Http.json(response);
    }

    private JsonObject importFixture(String kind, String file) throws Exception {
        return importFile(kind, file, Files.readAllBytes(FIXTURES.resolve(file)), 200);
    }

    private JsonArray search(String query) {
        HttpResponse<String> response = http.get("/api/v1/directory/search?q=" + query.replace(" ", "+"));
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getJsonArray("items");
    }

    private static final List<String[]> FILES = List.of(
            new String[] {"H2A_DISCLOSURE", "H_2A_Disclosure_Data_FY2014.csv"},
            new String[] {"H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY2021.csv"},
            new String[] {"H2B_DISCLOSURE", "H-2B_Disclosure_Data_FY2016.csv"},
            new String[] {"H2B_DISCLOSURE", "H-2B_Disclosure_Data_FY2020.csv"},
            new String[] {"H2B_DISCLOSURE", "H-2B_Disclosure_FY2024.csv"},
            new String[] {"WHD", "whd_whisard.csv"},
            new String[] {"DEBARMENT", "debarment.csv"});

    /** Set once the fixtures are in (imports are idempotent: any test may come first, any may repeat). */
    private static volatile boolean fixturesIn;

    /** The fixture files, imported unless this run already did: the data the search and profile tests read. */
    private void fixturesImported() throws Exception {
        if (!fixturesIn) {
            for (String[] file : FILES) {
                importFixture(file[0], file[1]);
            }
            importFile("H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY2026_Q3.xlsx", currentLayoutAsXlsx(), 200);
            fixturesIn = true;
        }
    }

    /** Certifications a report stored: new, updated, or already there from an earlier import. */
    private static int certificationsStored(JsonObject report) {
        JsonObject counts = report.getJsonObject("counts");
        return counts.getInt("certifications.created", 0) + counts.getInt("certifications.updated", 0)
                + counts.getInt("certifications.unchanged", 0);
    }

    private byte[] currentLayoutAsXlsx() throws Exception {
        return Xlsx.fromCsv(Files.readString(FIXTURES.resolve("H-2A_Disclosure_Data_FY2026_Q3.csv"),
                StandardCharsets.UTF_8), Set.of("RECEIVED_DATE", "DECISION_DATE", "REQUESTED_BEGIN_DATE",
                "REQUESTED_END_DATE"));
    }

    @Test
    void everyLayoutImportsWithAReportOfWhatWasSkippedAndWhy() throws Exception {
        JsonObject fy2014 = importFixture("H2A_DISCLOSURE", "H_2A_Disclosure_Data_FY2014.csv");
        assertEquals(4, fy2014.getInt("rows"));
        assertEquals(2, certificationsStored(fy2014), fy2014.toString());
        assertEquals(1, fy2014.getJsonObject("skipped").getInt("no case number"));
        assertEquals(1, fy2014.getJsonObject("skipped").getInt("a date, count or amount that cannot be read"));
        assertTrue(fy2014.getJsonArray("skippedExamples").toString().contains("row 4: no case number"));
        for (String[] file : FILES.subList(1, FILES.size())) {
            JsonObject report = importFixture(file[0], file[1]);
            assertTrue(report.getInt("rows") > 0, file[1]);
        }
        JsonObject xlsx = importFile("H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY2026_Q3.xlsx", currentLayoutAsXlsx(), 200);
        assertEquals(3, certificationsStored(xlsx), xlsx.toString());
        JsonObject whd = importFixture("WHD", "whd_whisard.csv");
        assertEquals(1, whd.getJsonObject("skipped")
                .getInt("no H-2A or H-2B violation, and the employer is not in the directory"), whd.toString());
        fixturesIn = true;
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() throws Exception {
        fixturesImported();
        for (String[] file : FILES) {
            JsonObject again = importFixture(file[0], file[1]);
            assertTrue(again.getBoolean("changedNothing"), file[1] + ": " + again);
        }
        assertTrue(importFile("H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY2026_Q3.xlsx", currentLayoutAsXlsx(), 200)
                .getBoolean("changedNothing"));
    }

    @Test
    void namesFromDifferentYearsAndFilesBecomeOneEntry() throws Exception {
        fixturesImported();
        JsonArray blueRidge = search("blue ridge orchards");
        assertEquals(1, blueRidge.stream().filter(i -> i.asJsonObject().getString("name").toLowerCase()
                .startsWith("blue ridge orchards")).count(), blueRidge.toString());
        JsonArray sanJose = search("agricola san jose");
        assertEquals("Agrícola San José, S.A. de C.V.", sanJose.getJsonObject(0).getString("name"));
        assertEquals("EMPLOYER", sanJose.getJsonObject(0).getString("kind"));
        JsonArray coastal = search("coastal landscaping");
        assertEquals(1, coastal.size(), coastal.toString());
    }

    @Test
    void theSearchForgivesTyposWordOrderAndFilters() throws Exception {
        fixturesImported();
        assertEquals("Blue Ridge Orchards, Inc.", search("blue rige orchads").getJsonObject(0).getString("name"));
        assertEquals("Agrícola San José, S.A. de C.V.", search("san jose agricola").getJsonObject(0).getString("name"));
        JsonArray inGeorgia = Http.json(http.get("/api/v1/directory/search?q=blue+ridge&state=GA&visa=H-2A"))
                .getJsonArray("items");
        assertFalse(inGeorgia.isEmpty());
        assertTrue(Http.json(http.get("/api/v1/directory/search?q=blue+ridge&visa=H-2B")).getJsonArray("items")
                .stream().noneMatch(i -> i.asJsonObject().getString("name").startsWith("Blue Ridge")));
        JsonArray agents = search("sol recruiting");
        assertEquals("AGENT", agents.getJsonObject(0).getString("kind"));
    }

    @Test
    void badSearchesAndBadFilesGetAClearAnswer() {
        HttpResponse<String> tooShort = http.get("/api/v1/directory/search?q=a&state=ZZ&visa=H1B", "Accept-Language", "es");
        assertEquals(400, tooShort.statusCode());
        String fields = Http.json(tooShort).toString();
        assertTrue(fields.contains("\"q\"") && fields.contains("\"state\"") && fields.contains("\"visa\""), fields);
        JsonObject wrongKind = importFile("H2A_DISCLOSURE", "whd_whisard.csv",
                "case_id,legal_name\n1,Acme\n".getBytes(StandardCharsets.UTF_8), 400);
        assertTrue(wrongKind.toString().contains("CASE"), wrongKind.toString());
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/imports/LCA")))
                .POST(HttpRequest.BodyPublishers.ofString("x")), "Authorization", "Bearer " + SUPERVISOR).statusCode());
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/imports/WHD")))
                .POST(HttpRequest.BodyPublishers.ofString("x"))).statusCode());
    }

    private long idOf(String query, String kind) {
        return search(query).stream().map(i -> i.asJsonObject()).filter(i -> i.getString("kind").equals(kind))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void anEmployersProfileShowsItsSeasonsEnforcementAndDebarment() throws Exception {
        fixturesImported();
        long blueRidge = idOf("blue ridge orchards", "EMPLOYER");
        JsonObject profile = Http.json(http.get("/api/v1/employers/" + blueRidge));
        assertEquals("Blue Ridge Orchards, Inc.", profile.getString("name"));
        JsonArray seasons = profile.getJsonArray("certifications");
        assertEquals(List.of(2026, 2021, 2014), seasons.stream().map(v -> v.asJsonObject().getInt("season")).toList());
        assertEquals(55, seasons.getJsonObject(1).getInt("workersCertified"));
        JsonObject enforcement = profile.getJsonObject("enforcement");
        assertEquals("45210.55", enforcement.getJsonNumber("totalBackWages").bigDecimalValue().toPlainString());
        assertEquals(10, enforcement.getJsonArray("actions").getJsonObject(0).getInt("h2aViolations"));
        assertEquals("2025-10-01", enforcement.getString("dataDate"));
        assertFalse(profile.getBoolean("debarredNow"));
        assertEquals(5, profile.getInt("minimumReports"));

        long garcia = idOf("garcia harvesting", "EMPLOYER");
        JsonObject debarred = Http.json(http.get("/api/v1/employers/" + garcia));
        assertTrue(debarred.getBoolean("debarredNow"), debarred.toString());
        assertEquals("20 CFR 655.182", debarred.getJsonArray("debarments").getJsonObject(0).getString("citation"));
        assertEquals(404, http.get("/api/v1/recruiters/" + garcia).statusCode(), "an employer is not a recruiter");
        assertEquals(404, http.get("/api/v1/employers/99999999").statusCode());
        assertEquals(200, http.get("/api/v1/agents/" + idOf("sol recruiting", "AGENT")).statusCode());
    }

    @Test
    void theProfileAndSearchPagesFollowTheWorkerPageRules() throws Exception {
        fixturesImported();
        long garcia = idOf("garcia harvesting", "EMPLOYER");
        HttpResponse<String> page = http.get("/employers/" + garcia);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Set-Cookie").isEmpty(), "no session on a profile page");
        assertTrue(page.body().contains("Garcia Harvesting LLC"), page.body());
        assertTrue(page.body().contains("id=\"debarred\""));
        assertTrue(page.body().contains("Todavía no hay suficientes reportes") && page.body().contains("al menos 5"));
        assertFalse(page.body().contains("primefaces"), "no PrimeFaces on worker pages");
        assertTrue(http.get("/employers/" + garcia + "?lang=en").body().contains("Not enough reports yet"));
        assertEquals(404, http.get("/recruiters/" + garcia).statusCode());
        HttpResponse<String> results = http.get("/directory?q=blue+rige+orchads");
        assertTrue(results.body().contains("/employers/" + idOf("blue ridge orchards", "EMPLOYER")), results.body());
        assertTrue(http.get("/directory?q=x").body().contains("id=\"q-error\""));
    }

    @Test
    void knownNamesAreSuggestedFromTextInTheBodyNeverTheAddress() throws Exception {
        fixturesImported();
        HttpResponse<String> suggest = http.postJson("/api/v1/directory/suggest", "{\"q\":\"blue rige\",\"field\":\"EMPLOYER\"}");
        assertEquals(200, suggest.statusCode());
        assertTrue(Http.json(suggest).getJsonArray("items").toString().contains("Blue Ridge Orchards, Inc."));
        HttpResponse<String> recruiters = http.postJson("/api/v1/directory/suggest", "{\"q\":\"blue rige\",\"field\":\"RECRUITER\"}");
        assertEquals("[]", Http.json(recruiters).getJsonArray("items").toString(), "an employer is no recruiter");
        assertEquals("[]", Http.json(http.postJson("/api/v1/directory/suggest", "{\"q\":\"bl\"}")).getJsonArray("items")
                .toString(), "two letters suggest nothing");
    }
}
