package org.jornada.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.StaffApiClient;
import org.jornada.testing.WalkChecks;
import org.jornada.testing.Xlsx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Issue #28, the recruitment chain through real HTTP on the real database: agent links from two
 * disclosure layouts; DOL's Foreign Labor Recruiter List imported from three header layouts (two
 * CSV, one .xlsx) and refused without a recruiter column; a link only workers' verified cases show,
 * from the fifth (JORNADA_MIN_REPORTS); staff linking and unlinking; both profile directions on a
 * 360 px phone with JavaScript off; a referral packet naming a sub-recruiter from the list. Every
 * name carries this run's random tag, so the class sees only its own entries.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RecruitmentChainIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    private static final Random RANDOM = new Random();

    @ArquillianResource
    URL base;

    private Http http;
    private WebDriver browser;
    private final String run = UUID.randomUUID().toString().substring(0, 6);

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    @AfterEach
    void close() {
        Browsers.close(browser);
    }

    /** A new H-2A case number; its last six digits start with {@code lead}. */
    private static String caseNumber(char lead) {
        return "H-300-" + (20000 + RANDOM.nextInt(79999)) + "-" + lead + String.format("%05d", RANDOM.nextInt(99999));
    }

    private JsonObject importFile(String kind, String fileName, byte[] body, int expected) {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/imports/"
                + kind + "?fiscalYear=2026&fileName=" + fileName))).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), "Authorization", "Bearer " + SUPERVISOR,
                "Accept-Language", "en");
        assertEquals(expected, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private JsonObject importCsv(String kind, String csv) {
        return importFile(kind, kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), 200);
    }

    /** An employer with one certification per case number, in the current (FY2026) layout, agent-less. */
    private long employer(String name, String... cases) {
        StringBuilder csv = new StringBuilder("CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE,PRIMARY_CROP,"
                + "TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,REQUESTED_BEGIN_DATE,REQUESTED_END_DATE\n");
        for (String c : cases) {
            csv.append(c).append(",\"").append(name).append("\",GA,Onions,20,GA,2026-03-01,2026-07-31\n");
        }
        importCsv("H2A_DISCLOSURE", csv.toString());
        return id(name, "EMPLOYER");
    }

    private long id(String name, String kind) {
        JsonArray items = Http.json(http.get("/api/v1/directory/search?q=" + name.replace(' ', '+'))).getJsonArray("items");
        return items.stream().map(v -> v.asJsonObject()).filter(i -> i.getString("kind").equals(kind)
                && i.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " " + items))
                .getJsonNumber("id").longValue();
    }

    private JsonArray chain(String path, long id) {
        HttpResponse<String> profile = http.get("/api/v1/" + path + "/" + id);
        assertEquals(200, profile.statusCode(), profile.body());
        return Http.json(profile).getJsonArray("chain");
    }

    private static Optional<JsonObject> link(JsonArray chain, String name) {
        return chain.stream().map(v -> v.asJsonObject()).filter(l -> l.getString("name").equals(name)).findFirst();
    }

    private static Set<String> sources(JsonObject link) {
        return Set.copyOf(link.getJsonArray("sources").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void agentsFromTwoDisclosureLayoutsAreLinkedBothWays() {
        String farm = "Chain Orchards " + run;
        importFile("H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY2021.csv", ("CASE_NUMBER,EMPLOYER_NAME,EMPLOYER_STATE,"
                + "TOTAL_WORKERS_H2A_CERTIFIED,EMPLOYMENT_BEGIN_DATE,PRIMARY_CROP,WORKSITE_STATE,"
                + "ATTORNEY_AGENT_FIRST_NAME,ATTORNEY_AGENT_LAST_NAME\n" + caseNumber('1') + ",\"" + farm
                + "\",GA,55,2021-03-01,Apples,GA,Rosa,Vega" + run + "\n").getBytes(StandardCharsets.UTF_8), 200);
        importFile("H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY2026_Q3.csv", ("CASE_NUMBER,EMPLOYER_NAME,"
                + "TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,LAWFIRM_NAME_BUSINESS_NAME,REQUESTED_BEGIN_DATE\n"
                + caseNumber('2') + ",\"" + farm + "\",70,NC,Campo Legal " + run + " PLLC,2026-03-15\n")
                .getBytes(StandardCharsets.UTF_8), 200);
        long employer = id(farm, "EMPLOYER");
        JsonArray chain = chain("employers", employer);
        JsonObject person = link(chain, "Rosa Vega" + run).orElseThrow(() -> new AssertionError(chain.toString()));
        assertEquals("AGENT", person.getString("kind"));
        assertEquals(Set.of("DOL_DISCLOSURE"), sources(person));
        assertEquals(55, person.getInt("workersCertified"));
        JsonObject firm = link(chain, "Campo Legal " + run + " PLLC").orElseThrow();
        assertEquals(70, firm.getInt("workersCertified"));
        assertEquals("[\"NC\"]", firm.getJsonArray("states").toString());
        assertTrue(firm.isNull("verifiedComplaints"), "no verified case: no number");
        JsonArray back = chain("agents", firm.getJsonNumber("id").longValue());
        assertEquals("EMPLOYER", link(back, farm).orElseThrow().getString("relation"), back.toString());
    }

    @Test
    void theRecruiterListFromThreeLayoutsLinksRecruitersAndSubRecruitersBothWays() throws Exception {
        String farm = "Chain Farms " + run;
        String one = caseNumber('3');
        String two = caseNumber('0');
        String three = caseNumber('4');
        long employer = employer(farm, one, two, three);
        String r1 = "Contratista Boreal " + run; // words no other test's names are a part of (StaffWorkIT's proposals)
        String s1 = "Enganchador Uno " + run;
        String r2 = "Agencia Sur " + run;
        String r3 = "Contrataciones Lago " + run;
        JsonObject first = importCsv("RECRUITER_LIST", "CASE_NUMBER,EMPLOYER_NAME,RECRUITER_NAME,RECRUITER_CITY,"
                + "RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n" + one + ",\"" + farm + "\",\"" + r1 + "\",León,Mexico,\""
                + s1 + "\"\n");
        assertEquals(2, first.getJsonObject("counts").getInt("recruiterRows.created"), first.toString());
        // the list as published in 2016: the last six digits only (a spreadsheet drops the leading zero)
        String suffix = two.substring(two.length() - 6);
        importCsv("RECRUITER_LIST", "Last 6 Digits of Case Number,Recruiter Name,Recruiter Location,"
                + "Persons or Entities Working for Recruiter\n" + Integer.parseInt(suffix) + ",\"" + r2
                + "\",\"Oaxaca, Oaxaca, México\",\"Sub A " + run + "; Sub B " + run + "\"\n");
        byte[] xlsx = Xlsx.fromCsv("ETA Case Number,Name of Foreign Labor Recruiter,Recruiter Address,Country,"
                + "Sub-Recruiter(s),Visa Type\n" + three + ",\"" + r3 + "\",\"Av. Reforma 1\",Guatemala,,H-2A\n", Set.of());
        importFile("RECRUITER_LIST", "Foreign_Labor_Recruiter_List.xlsx", xlsx, 200);

        JsonArray chain = chain("employers", employer);
        for (String recruiter : List.of(r1, r2, r3)) {
            JsonObject link = link(chain, recruiter).orElseThrow(() -> new AssertionError(recruiter + " " + chain));
            assertEquals("RECRUITER", link.getString("relation"));
            assertEquals(Set.of("RECRUITER_LIST"), sources(link));
            assertEquals(20, link.getInt("workersCertified"));
        }
        JsonObject sub = link(chain, s1).orElseThrow();
        assertEquals("SUB_RECRUITER", sub.getString("relation"));
        assertEquals(r1, sub.getString("via"));
        assertTrue(link(chain, "Sub A " + run).isPresent() && link(chain, "Sub B " + run).isPresent(), chain.toString());

        long recruiter = id(r1, "RECRUITER");
        JsonArray fromRecruiter = chain("recruiters", recruiter);
        assertEquals("EMPLOYER", link(fromRecruiter, farm).orElseThrow().getString("relation"));
        assertEquals("SUB_RECRUITER", link(fromRecruiter, s1).orElseThrow().getString("relation"));
        JsonArray fromSub = chain("recruiters", id(s1, "RECRUITER"));
        assertEquals("WORKS_FOR", link(fromSub, r1).orElseThrow().getString("relation"));
        assertTrue(link(fromSub, farm).isPresent(), "a sub-recruiter supplied the employer too: " + fromSub);
        assertEquals("México", Http.json(http.get("/api/v1/recruiters/" + id(r2, "RECRUITER"))).getString("country"));

        JsonObject again = importCsv("RECRUITER_LIST", "CASE_NUMBER,EMPLOYER_NAME,RECRUITER_NAME,RECRUITER_CITY,"
                + "RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n" + one + ",\"" + farm + "\",\"" + r1 + "\",León,Mexico,\""
                + s1 + "\"\n");
        assertTrue(again.getBoolean("changedNothing"), again.toString());
    }

    @Test
    void aRecruiterListWithoutARecruiterColumnIsRefusedAndNothingIsImported() {
        String sub = "Solo Sub " + run;
        JsonObject refused = importFile("RECRUITER_LIST", "list.csv", ("Case Number,Employer Name,"
                + "Sub-Recruiter Name\n" + caseNumber('5') + ",Farm " + run + ",\"" + sub + "\"\n")
                .getBytes(StandardCharsets.UTF_8), 400);
        assertTrue(refused.toString().contains("RECRUITER_NAME"), refused.toString());
        JsonObject noCase = importFile("RECRUITER_LIST", "list.csv", ("Recruiter Name,Country\nX " + run
                + ",Mexico\n").getBytes(StandardCharsets.UTF_8), 400);
        assertTrue(noCase.toString().contains("CASE_NUMBER"), noCase.toString());
        assertEquals(0, Http.json(http.get("/api/v1/directory/search?q=" + sub.replace(' ', '+'))).getJsonArray("items")
                .stream().filter(i -> i.asJsonObject().getString("name").equals(sub)).count(), "nothing imported");
    }

    /** Files a case naming both, links it to both entries, and moves it to VERIFIED; its id. */
    private long verifiedCase(String farm, long employer, long recruiter) {
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"RECRUITMENT_FEE\"],"
                + "\"visaType\":\"H2A\",\"employerName\":\"" + farm + "\",\"narrative\":\"Me cobraron por la visa.\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        String receipt = Http.json(filed).getString("receipt");
        assertNotNull(receipt);
        long id = Http.json(http.get("/api/v1/staff/cases?q=" + farm.replace(' ', '+') + "&size=100", "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .mapToLong(c -> c.getJsonNumber("id").longValue()).max().orElseThrow();
        for (String body : List.of("{\"entryId\":" + employer + ",\"kind\":\"EMPLOYER\"}",
                "{\"entryId\":" + recruiter + ",\"kind\":\"RECRUITER\"}")) {
            assertEquals(200, http.postJson("/api/v1/staff/cases/" + id + "/directory", body, "Authorization",
                    "Bearer " + SUPERVISOR).statusCode());
        }
        for (String move : List.of("{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Recibo del cobro revisado\"}")) {
            HttpResponse<String> moved = http.postJson("/api/v1/staff/cases/" + id + "/transitions", move,
                    "Authorization", "Bearer " + SUPERVISOR);
            assertEquals(200, moved.statusCode(), moved.body());
        }
        return id;
    }

    @Test
    void aLinkOnlyVerifiedCasesShowAppearsFromTheFifthCase() {
        String farm = "Reported Farm " + run;
        long employer = employer(farm, caseNumber('6'));
        String name = "Reclutador Reportado " + run;
        importCsv("RECRUITER_LIST", "CASE_NUMBER,RECRUITER_NAME\n" + caseNumber('7') + ",\"" + name + "\"\n");
        long recruiter = id(name, "RECRUITER");
        for (int i = 0; i < 4; i++) {
            verifiedCase(farm, employer, recruiter);
        }
        assertTrue(link(chain("employers", employer), name).isEmpty(), "four cases are fewer than JORNADA_MIN_REPORTS");
        assertTrue(link(chain("recruiters", recruiter), farm).isEmpty());
        verifiedCase(farm, employer, recruiter);
        JsonObject shown = link(chain("employers", employer), name).orElseThrow();
        assertEquals(Set.of("VERIFIED_CASES"), sources(shown));
        assertEquals(5, shown.getInt("verifiedComplaints"));
        assertEquals(5, link(chain("recruiters", recruiter), farm).orElseThrow().getInt("verifiedComplaints"));
        String everything = Http.json(http.get("/api/v1/recruiters/" + recruiter)).toString().toLowerCase();
        assertFalse(everything.contains("caseid") || everything.contains("receipt") || everything.contains("cobraron"),
                everything);
    }

    @Test
    void staffLinkAndUnlinkPairsAuditedAndOnlySupervisorsAndAdminsMayDecide() {
        String farm = "Curated Farm " + run;
        String one = caseNumber('8');
        long employer = employer(farm, one);
        String listed = "Listed Wrongly " + run;
        String through = "Through Wrongly " + run;
        importCsv("RECRUITER_LIST", "CASE_NUMBER,RECRUITER_NAME,SUB_RECRUITER_NAME\n" + one + ",\"" + listed + "\",\""
                + through + "\"\n");
        String unlisted = "Known Locally " + run;
        importCsv("RECRUITER_LIST", "CASE_NUMBER,RECRUITER_NAME\n" + caseNumber('9') + ",\"" + unlisted + "\"\n");
        long wrong = id(listed, "RECRUITER");
        long local = id(unlisted, "RECRUITER");
        assertTrue(link(chain("employers", employer), listed).isPresent());

        HttpResponse<String> linked = http.postJson("/api/v1/staff/chain-links", "{\"one\":" + employer + ",\"other\":"
                + local + ",\"decision\":\"LINKED\",\"note\":\"Workers name him; the list does not\"}",
                "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, linked.statusCode(), linked.body());
        assertEquals(Set.of("STAFF"), sources(link(chain("employers", employer), unlisted).orElseThrow()));
        assertEquals(200, http.postJson("/api/v1/staff/chain-links", "{\"one\":" + wrong + ",\"other\":" + employer
                + ",\"decision\":\"UNLINKED\"}", "Authorization", "Bearer " + SUPERVISOR).statusCode());
        assertTrue(link(chain("employers", employer), listed).isEmpty(), "hidden whatever the list says");
        assertTrue(link(chain("employers", employer), through).isEmpty(), "and the sub-recruiter that came through it");
        assertTrue(link(chain("recruiters", id(through, "RECRUITER")), farm).isEmpty());
        assertTrue(link(chain("recruiters", wrong), farm).isEmpty(), "and from the other side");

        HttpResponse<String> twoEmployers = http.postJson("/api/v1/staff/chain-links", "{\"one\":" + employer
                + ",\"other\":" + employer(farm + " B", caseNumber('1')) + ",\"decision\":\"LINKED\"}",
                "Authorization", "Bearer " + SUPERVISOR, "Accept-Language", "en");
        assertEquals(400, twoEmployers.statusCode());
        assertTrue(twoEmployers.body().contains("\"other\""), twoEmployers.body());
        assertEquals(400, http.postJson("/api/v1/staff/chain-links", "{\"one\":" + employer + ",\"other\":" + local
                + ",\"decision\":\"MAYBE\"}", "Authorization", "Bearer " + SUPERVISOR).statusCode());
        String union = new StaffApiClient(http, ADMIN).newToken("UNION");
        assertEquals(403, http.postJson("/api/v1/staff/chain-links", "{\"one\":" + employer + ",\"other\":" + wrong
                + ",\"decision\":\"LINKED\"}", "Authorization", "Bearer " + union).statusCode());
        String audit = http.get("/api/v1/staff/audit?limit=200", "Authorization", "Bearer " + ADMIN).body();
        assertTrue(audit.contains("CHAIN_DECIDED") && audit.contains("LINKED " + employer + " and " + local)
                && audit.contains("UNLINKED " + wrong + " and " + employer), audit.length() > 2000
                        ? audit.substring(0, 2000) : audit);
    }

    @Test
    void bothProfileDirectionsReadOnAPhoneWithJavaScriptOff() throws Exception {
        String farm = "Granja Cadena " + run;
        String one = caseNumber('2');
        long employer = employer(farm, one);
        String recruiter = "Reclutadora Cadena " + run;
        importCsv("RECRUITER_LIST", "CASE_NUMBER,RECRUITER_NAME,RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n" + one + ",\""
                + recruiter + "\",Mexico,\"Enganchador Cadena " + run + "\"\n");
        browser = Browsers.phone(false);
        browser.get(Deployments.local(base) + "/employers/" + employer);
        Browsers.await(browser, By.id("chain"));
        String list = browser.findElement(By.id("chain")).getText();
        assertTrue(list.contains(recruiter) && list.contains("subreclutador que trabaja para " + recruiter)
                && list.contains("Fuente: lista de reclutadores declarados"), list);
        WalkChecks.page(browser, "chain-employer-360-nojs", true, "Granja", "Cadena", run, "Onions", "GA");
        Browsers.press(browser, false, By.linkText(recruiter), By.id("chain-title"));
        assertTrue(browser.getCurrentUrl().contains("/recruiters/"), browser.getCurrentUrl());
        String back = browser.findElement(By.id("chain")).getText();
        assertTrue(back.contains(farm) && back.contains("empleador") && back.contains("20 trabajadores aprobados"), back);
        WalkChecks.page(browser, "chain-recruiter-360-nojs", true, "Granja", "Cadena", run, "Onions", "GA");
    }

    @Test
    void aReferralPacketNamesTheSubRecruiterFromTheListWithItsSource() throws Exception {
        String farm = "Packet Farm " + run;
        String one = caseNumber('3');
        long employer = employer(farm, one);
        String recruiter = "Reclutadora Paquete " + run;
        String sub = "Subreclutador Paquete " + run;
        importCsv("RECRUITER_LIST", "CASE_NUMBER,RECRUITER_NAME,SUB_RECRUITER_NAME\n" + one + ",\"" + recruiter + "\",\""
                + sub + "\"\n");
        long caseId = verifiedCase(farm, employer, id(recruiter, "RECRUITER"));
        JsonObject whd = Http.json(http.get("/api/v1/staff/cases/" + caseId + "/authorities", "Authorization",
                "Bearer " + SUPERVISOR)).getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("code").equals("WHD")).findFirst().orElseThrow();
        HttpResponse<byte[]> packet = http.getBytes("/api/v1/staff/cases/" + caseId + "/authorities/"
                + whd.getJsonNumber("authorityId").longValue() + "/packet", "Authorization", "Bearer " + SUPERVISOR);
        assertEquals(200, packet.statusCode());
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(packet.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(sub + " (sub-recruiter of " + recruiter + ")")
                || text.contains(sub + " (subreclutador de " + recruiter + ")"), text);
        assertTrue(text.contains("Foreign Labor Recruiter") || text.contains("list of recruiters disclosed")
                || text.contains("lista de reclutadores declarados"), text);
    }
}
