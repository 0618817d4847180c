package org.jornada.pattern.boundary;

import static org.jornada.pattern.boundary.PatternApiFixtures.crop;
import static org.jornada.pattern.boundary.PatternApiFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
 * The chain view (issue #28) through real HTTP: two employers imported from DOL disclosure rows,
 * a Foreign Labor Recruiter List naming a recruiter for both and an agency for one, complaints
 * filed and linked; the JSON, the CSV and the XLSX read as a UNION account, the small cell hidden,
 * the recruiter's total across its employers against the rankings and against a filtered view,
 * and who may read it. The page itself: {@link ChainPageIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChainViewIT {

    private static final String SUPERVISOR = PatternApiFixtures.SUPERVISOR;
    private static final String ADMIN = PatternApiFixtures.ADMIN;
    private static final int YEAR = PatternApiFixtures.YEAR;

    @ArquillianResource
    URL base;

    private Http http;
    private PatternApiFixtures data;

    @BeforeEach
    void open() {
        http = new Http(Deployments.local(base));
        data = new PatternApiFixtures(http);
    }

    /** What {@link #chainOfTwoEmployers} made: the entries' ids and names. */
    record Chain(long farm, String farmName, long orchard, String orchardName, long recruiter, String recruiterName,
            long agency, String agencyName) {
    }

    /**
     * Farm (50 workers certified in Idaho, 7 H-2A complaints and 1 H-2B, 6 of them also naming the
     * recruiter) and Orchard (30 workers, 3 complaints); the recruiter list names the recruiter for
     * both and the agency for the orchard. Everything with this run's crop.
     */
    static Chain chainOfTwoEmployers(Http http, PatternApiFixtures data) {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Random random = new Random();
        String farmCase = "H-300-" + (YEAR % 100) + "001-" + (100_000 + random.nextInt(450_000));
        String orchardCase = "H-300-" + (YEAR % 100) + "001-" + (550_000 + random.nextInt(449_999));
        String farmName = "Chain Farm " + tag;
        String orchardName = "Chain Orchard " + tag;
        long farm = data.certified(farmName, "ID", 50, farmCase);
        long orchard = data.certified(orchardName, "ID", 30, orchardCase);
        String recruiterName = "Reclutadora Cadena " + tag;
        String agencyName = "Agencia Cadena " + tag;
        String list = "CASE_NUMBER,EMPLOYER_NAME,RECRUITER_NAME,RECRUITER_CITY,RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n"
                + farmCase + ",\"" + farmName + "\",\"" + recruiterName + "\",\"León\",\"Mexico\",\n"
                + orchardCase + ",\"" + orchardName + "\",\"" + recruiterName + "\",\"León\",\"Mexico\",\n"
                + orchardCase + ",\"" + orchardName + "\",\"" + agencyName + "\",\"Oaxaca\",\"Mexico\",\n";
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(http.url(
                "/api/v1/staff/imports/RECRUITER_LIST?fiscalYear=" + YEAR + "&fileName=recruiters.csv")))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(list, StandardCharsets.UTF_8)),
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, imported.statusCode(), imported.body());
        long recruiter = entry(http, recruiterName);
        long agency = entry(http, agencyName);
        data.complaints(7, farmName, farm, "UNPAID_HOURS", "H2A", "ID", "MX-GUA");
        data.complaints(1, farmName, farm, "UNPAID_HOURS", "H2B", "ID", "MX-GUA");
        data.complaints(3, orchardName, orchard, "UNSAFE_HOUSING", "H2A", "ID", "MX-OAX");
        List<JsonObject> farmCases = data.get("/api/v1/staff/cases?limit=100&q=" + farmName.replace(' ', '+'), SUPERVISOR)
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(8, farmCases.size());
        for (JsonObject c : farmCases.subList(0, 6)) {
            HttpResponse<String> linked = http.postJson("/api/v1/staff/cases/" + c.getJsonNumber("id").longValue()
                    + "/entities", "{\"role\":\"RECRUITER\",\"entityId\":" + recruiter + "}", "Authorization",
                    "Bearer " + SUPERVISOR);
            assertEquals(200, linked.statusCode(), linked.body());
        }
        return new Chain(farm, farmName, orchard, orchardName, recruiter, recruiterName, agency, agencyName);
    }

    private static long entry(Http http, String name) {
        JsonObject found = Http.json(http.get("/api/v1/directory/search?q=" + name.replace(' ', '+')));
        JsonObject first = found.getJsonArray("items").getJsonObject(0);
        assertEquals(name, first.getString("name"), found.toString());
        return first.getJsonNumber("id").longValue();
    }

    private static JsonObject recruiter(JsonObject answer, long id) {
        return answer.getJsonArray("recruiters").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("entityId").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError("no recruiter " + id + " in " + answer));
    }

    @Test
    void aRecruiterShowsItsEmployersAndTheirComplaintsPer100CertifiedWorkersWithTheSmallCellHidden() {
        Chain chain = chainOfTwoEmployers(http, data);
        String union = data.unionToken();
        JsonObject answer = data.get("/api/v1/patterns/chain?state=ID" + crop(), union);
        assertEquals(5, answer.getInt("minimumCell"));
        assertTrue(answer.getString("suppressionRule").contains("nearest multiple of 5"), answer.toString());
        assertEquals("RATE", answer.getString("sort"));
        JsonObject r = recruiter(answer, chain.recruiter());
        assertEquals(chain.recruiterName(), r.getString("name"));
        assertEquals("/recruiters/" + chain.recruiter(), r.getString("profile"));
        assertEquals(2, r.getInt("employerCount"));
        assertEquals(80, r.getInt("certifiedWorkers"), "50 + 30 workers certified for its two employers");
        assertEquals(10, r.getInt("complaints"), "the true 11 (8 + 3) reads 10");
        assertEquals("12.5", r.getJsonNumber("ratePer100").bigDecimalValue().toPlainString(), "10 × 100 / 80");
        assertEquals(5, r.getInt("ownComplaints"), "6 complaints name the recruiter: 5");
        List<JsonObject> employers = r.getJsonArray("employers").getValuesAs(JsonObject.class);
        JsonObject farm = employers.get(0);
        assertEquals(chain.farm(), farm.getJsonNumber("entityId").longValue(), "most complaints first");
        assertEquals(chain.farmName(), farm.getString("name"));
        assertEquals(10, farm.getInt("complaints"));
        assertEquals(50, farm.getInt("certifiedWorkers"));
        assertEquals("20.0", farm.getJsonNumber("ratePer100").bigDecimalValue().toPlainString());
        assertEquals(List.of("RECRUITER_LIST"), farm.getJsonArray("sources").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject orchard = employers.get(1);
        assertEquals(chain.orchard(), orchard.getJsonNumber("entityId").longValue());
        assertTrue(orchard.getBoolean("suppressed") && orchard.isNull("complaints") && orchard.isNull("ratePer100"),
                "3 complaints: fewer than 5, and no rate to give them back: " + orchard);
        JsonObject agency = recruiter(answer, chain.agency());
        assertTrue(agency.getBoolean("suppressed") && agency.isNull("complaints") && agency.isNull("ratePer100"),
                "the agency's one employer has 3: " + agency);
        assertEquals(30, agency.getInt("certifiedWorkers"));
        assertEquals(0, agency.getInt("ownComplaints"));

        JsonObject top = answer.getJsonArray("topEmployers").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getJsonNumber("entityId").longValue() == chain.farm()).findFirst().orElseThrow();
        assertEquals(10, top.getInt("complaints"));
        JsonObject behind = top.getJsonArray("recruiters").getJsonObject(0);
        assertEquals(chain.recruiter(), behind.getJsonNumber("entityId").longValue());
        assertEquals(5, behind.getInt("complaints"));
        assertTrue(answer.getJsonArray("topEmployers").getValuesAs(JsonObject.class).stream()
                .noneMatch(t -> t.getJsonNumber("entityId").longValue() == chain.orchard()),
                "a hidden count is not among the most complaints");

        theComplementaryCellsGiveNothingBack(chain, union, r);
        theFilesHoldThePagesCells(chain, union);
    }

    /** The recruiter's total against the rankings' employers, and against the same view filtered by visa. */
    private void theComplementaryCellsGiveNothingBack(Chain chain, String union, JsonObject r) {
        JsonObject ranking = data.get("/api/v1/patterns/entities?kind=EMPLOYER&state=ID" + crop(), union);
        int farmRanked = item(ranking, chain.farm()).getInt("complaints");
        assertTrue(item(ranking, chain.orchard()).getBoolean("suppressed"));
        assertEquals(0, r.getInt("complaints") - farmRanked, "11 − 8 gave the orchard's hidden 3 once; 10 − 10 says nothing");
        JsonObject recruiters = data.get("/api/v1/patterns/entities?kind=RECRUITER&state=ID" + crop(), union);
        assertEquals(r.getInt("ownComplaints"), item(recruiters, chain.recruiter()).getInt("complaints"),
                "the complaints naming the recruiter read as in its ranking");
        JsonObject h2a = recruiter(data.get("/api/v1/patterns/chain?state=ID&visa=H2A" + crop(), union), chain.recruiter());
        List<Integer> shown = List.of(r.getInt("complaints"), h2a.getInt("complaints"), farmRanked,
                h2a.getJsonArray("employers").getJsonObject(0).getInt("complaints"));
        assertEquals(10, h2a.getInt("complaints"), "7 + 3 H-2A complaints");
        assertEquals(5, h2a.getJsonArray("employers").getJsonObject(0).getInt("complaints"), "the farm's 7 H-2A read 5");
        for (int a : shown) {
            for (int b : shown) {
                int difference = Math.abs(a - b);
                assertTrue(difference == 0 || difference >= 5, a + " and " + b + " of " + shown + " would point at a worker");
            }
        }
    }

    private void theFilesHoldThePagesCells(Chain chain, String union) {
        HttpResponse<byte[]> csv = http.getBytes("/api/v1/patterns/chain.csv?state=ID" + crop(), "Authorization",
                "Bearer " + union, "Accept-Language", "en");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("Period: ") && text.contains("nearest multiple of 5"), "what it was made from: " + text);
        List<List<String>> mine = Arrays.stream(text.split("\r\n")).filter(l -> l.startsWith(chain.recruiterName()))
                .map(l -> List.of(l.split(","))).toList();
        assertEquals(2, mine.size(), text);
        assertEquals(List.of(chain.recruiterName(), "5", "2", "80", "10", "12.5", chain.farmName(), "10", "50", "20.0",
                "DOL recruiter list"), mine.get(0));
        assertEquals(List.of(chain.orchardName(), "fewer than 5", "30", "—"), mine.get(1).subList(6, 10));
        String top = new String(http.getBytes("/api/v1/patterns/chain.csv?part=EMPLOYERS&state=ID" + crop(),
                "Authorization", "Bearer " + union, "Accept-Language", "en").body(), StandardCharsets.UTF_8);
        assertTrue(Arrays.stream(top.split("\r\n")).anyMatch(l -> l.equals(chain.farmName() + ",10,50,20.0,"
                + chain.recruiterName() + ",5,DOL recruiter list")), top);
        HttpResponse<byte[]> xlsx = http.getBytes("/api/v1/patterns/chain.xlsx?state=ID" + crop(), "Authorization",
                "Bearer " + union, "Accept-Language", "es");
        assertEquals(200, xlsx.statusCode());
        try (org.dhatim.fastexcel.reader.ReadableWorkbook book = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = book.getFirstSheet().read();
            assertTrue(rows.stream().anyMatch(row -> chain.orchardName().equals(row.getCellText(6))
                    && "menos de 5".equals(row.getCellText(7))), "the hidden cell in Spanish, as on the page");
            assertTrue(book.getSheets().anyMatch(sh -> "About".equals(sh.getName()) || "Acerca de".equals(sh.getName())));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void unionAdvocateAndSupervisorReadTheChainAnAdminDoesNotAndBadAsksAreRefused() {
        String union = data.unionToken();
        assertEquals(200, http.get("/api/v1/patterns/chain", "Authorization", "Bearer " + union).statusCode());
        assertEquals(200, http.get("/api/v1/patterns/chain", "Authorization", "Bearer " + SUPERVISOR).statusCode());
        assertEquals(403, http.get("/api/v1/patterns/chain", "Authorization", "Bearer " + ADMIN).statusCode(),
                "an admin reads no patterns");
        assertEquals(403, http.get("/api/v1/patterns/chain.csv", "Authorization", "Bearer " + ADMIN).statusCode());
        assertEquals(401, http.get("/api/v1/patterns/chain").statusCode());
        for (String bad : List.of("limit=0", "limit=201", "top=0", "top=101", "sort=NAME", "offset=-1")) {
            HttpResponse<String> refused = http.get("/api/v1/patterns/chain?" + bad, "Authorization", "Bearer " + union,
                    "Accept-Language", "en");
            assertEquals(400, refused.statusCode(), bad);
            assertTrue(refused.body().contains("\"" + bad.substring(0, bad.indexOf('=')) + "\""), refused.body());
        }
        HttpResponse<String> part = http.get("/api/v1/patterns/chain.csv?part=EVERYTHING", "Authorization",
                "Bearer " + union, "Accept-Language", "en");
        assertEquals(400, part.statusCode());
        assertTrue(part.body().contains("RECRUITERS or EMPLOYERS"), part.body());
        JsonObject page = data.get("/api/v1/patterns/chain?limit=1&top=1", union);
        assertTrue(page.getJsonArray("recruiters").size() <= 1 && page.getJsonArray("topEmployers").size() <= 1);
        assertEquals(1, page.getInt("limit"));
        assertFalse(page.containsKey("items"), "recruiters and topEmployers, not items");
    }
}
