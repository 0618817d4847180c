package org.jornada.directory.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.StaffApiClient;
import org.jornada.testing.WalkChecks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * "¿Es real esta oferta?" (issue #28) over real HTTP on the real database: each red flag from a
 * fixture that raises it alone, imported through the staff import API (disclosure rows, the
 * recruiter list, WHD, debarments) under names no other test uses; a 400 naming the field; the
 * page on a 360 px phone in Spanish with JavaScript off, within 14 KB, sending its recruiter to
 * the report form.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class JobCheckIT {

    private static final String SUPERVISOR = "it-bootstrap-token-0123456789abcdef";
    private static final String ADMIN = "it-admin-token-0123456789abcdef0123";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int FY = TODAY.getMonthValue() >= 10 ? TODAY.getYear() + 1 : TODAY.getYear();

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    /** A certified job of a new employer (with its own agent), its worksite in {@code state}. */
    private record Job(String employer, String caseNumber, String agent) {
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private Job certified(String state, LocalDate begin, LocalDate end, int fiscalYear) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Job job = new Job(unique("Granja Prueba"), String.format("H-300-%05d-%06d", random.nextInt(10000, 99999),
                random.nextInt(100000, 999999)), unique("Abogados Campo"));
        importCsv("H2A_DISCLOSURE", "H-2A_Disclosure_Data_FY" + fiscalYear + ".csv", fiscalYear,
                "CASE_NUMBER,CASE_STATUS,EMPLOYER_NAME,EMPLOYER_CITY,EMPLOYER_STATE,JOB_TITLE,PRIMARY_CROP,WAGE_OFFER,PER,"
                + "TOTAL_WORKERS_H-2A_REQUESTED,TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,LAWFIRM_NAME_BUSINESS_NAME,"
                + "REQUESTED_BEGIN_DATE,REQUESTED_END_DATE\n" + job.caseNumber() + ",Determination Issued - Certification,\""
                + job.employer() + "\",Tifton,GA,Farmworker,Onions,16.08,Hour,40,38," + state + ",\"" + job.agent() + "\","
                + begin + "," + end + "\n");
        return job;
    }

    private Job thisSeason() {
        return certified("GA", TODAY.plusMonths(2), TODAY.plusMonths(8), FY);
    }

    /** A row of the Foreign Labor Recruiter List for the job: its recruiter and sub-recruiter. */
    private void disclose(Job job, String recruiter, String subRecruiter) {
        importCsv("RECRUITER_LIST", "Foreign_Labor_Recruiter_List_FY" + FY + ".csv", FY,
                "CASE_NUMBER,EMPLOYER_NAME,RECRUITER_NAME,RECRUITER_CITY,RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n"
                + job.caseNumber() + ",\"" + job.employer() + "\",\"" + recruiter + "\",León,Mexico,\"" + subRecruiter + "\"\n");
    }

    private void importCsv(String kind, String fileName, int fiscalYear, String csv) {
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(http.url("/api/v1/staff/imports/"
                + kind + "?fileName=" + fileName + "&fiscalYear=" + fiscalYear)))
                .POST(HttpRequest.BodyPublishers.ofString(csv)), "Authorization", "Bearer " + SUPERVISOR,
                "Content-Type", "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private JsonObject check(String query) {
        HttpResponse<String> answer = http.get("/api/v1/job-check?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return Http.json(answer);
    }

    private static List<String> codes(JsonObject answer) {
        return answer.getJsonArray("flags").getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList();
    }

    @Test
    void aCertifiedJobWithItsDisclosedRecruiterRaisesNoFlagAndNamesTheWholeChain() {
        Job job = thisSeason();
        String recruiter = unique("Reclutadora Bajío");
        String sub = unique("Juan Enganchador");
        disclose(job, recruiter, sub);
        JsonObject answer = check("employer=" + q(job.employer()) + "&recruiter=" + q(recruiter) + "&state=GA");
        assertTrue(answer.getBoolean("found"), answer.toString());
        assertEquals(List.of(), codes(answer), answer.toString());
        JsonObject cert = answer.getJsonArray("certifications").getJsonObject(0);
        assertEquals(job.caseNumber(), cert.getString("caseNumber"));
        assertEquals(job.employer(), cert.getString("employer"));
        assertEquals("GA", cert.getString("state"));
        assertEquals(38, cert.getInt("workersCertified"));
        assertEquals("16.08", cert.getJsonNumber("wageOffer").bigDecimalValue().toPlainString());
        assertEquals("Onions", cert.getString("crop"));
        assertEquals(job.agent(), cert.getJsonArray("agents").getJsonObject(0).getString("name"));
        String recruiters = cert.getJsonArray("recruiters").toString();
        assertTrue(recruiters.contains(recruiter) && recruiters.contains(sub), recruiters);
        assertEquals(3, answer.getJsonArray("rules").size());
        assertTrue(answer.getJsonArray("rules").getJsonObject(0).getString("citation").contains("655.135(j)"));
        assertEquals(job.caseNumber(), check("caseNumber=" + q(job.caseNumber().replace("-", " ").toLowerCase()))
                .getJsonArray("certifications").getJsonObject(0).getString("caseNumber"), "a case number typed loosely");
        assertEquals(List.of(), codes(check("recruiter=" + q(sub))), "the sub-recruiter alone finds the job");
    }

    @Test
    void anEmployerCertifiedOnlyInPastSeasonsIsNotCertifiedAlone() {
        Job old = certified("GA", TODAY.minusYears(3), TODAY.minusYears(3).plusMonths(6), FY - 3);
        JsonObject answer = check("employer=" + q(old.employer()) + "&state=GA");
        assertFalse(answer.getBoolean("found"));
        assertEquals(List.of("NOT_CERTIFIED"), codes(answer), answer.toString());
        assertEquals(List.of("NOT_CERTIFIED"), codes(check("caseNumber=H-300-00000-000000")));
    }

    @Test
    void anotherStateThanTheCertifiedOneIsDatesDoNotMatchAlone() {
        Job job = thisSeason();
        JsonObject answer = check("employer=" + q(job.employer()) + "&state=FL");
        assertTrue(answer.getBoolean("found"));
        assertEquals(List.of("DATES_DO_NOT_MATCH"), codes(answer), answer.toString());
        assertTrue(answer.getJsonArray("flags").getJsonObject(0).getString("text").contains("Georgia"));
    }

    @Test
    void aCaseWhoseWorkEndedIsDatesDoNotMatchAlone() {
        Job ended = certified("GA", TODAY.minusMonths(14), TODAY.minusMonths(8), FY - 1);
        assertEquals(List.of("DATES_DO_NOT_MATCH"), codes(check("caseNumber=" + q(ended.caseNumber()))));
    }

    @Test
    void aRecruiterTheEmployerDidNotDiscloseIsRecruiterNotDisclosedAlone() {
        Job job = thisSeason();
        disclose(job, unique("Reclutadora Verdadera"), unique("Ana Subagente"));
        JsonObject answer = check("employer=" + q(job.employer()) + "&recruiter=" + q(unique("Agencia Desconocida")) + "&state=GA");
        assertEquals(List.of("RECRUITER_NOT_DISCLOSED"), codes(answer), answer.toString());
        assertTrue(answer.getJsonArray("flags").getJsonObject(0).getString("text").contains("incompleta"));
    }

    @Test
    void aDebarredEmployerIsDebarredAlone() {
        Job job = thisSeason();
        importCsv("DEBARMENT", "debarment.csv", FY, "Entity,Entity Type,Employer Location,Start of Debarment,"
                + "End of Debarment,Violation,CFR Citation\n\"" + job.employer() + "\",Employer,\"Tifton, GA\","
                + TODAY.minusMonths(3) + "," + TODAY.plusYears(2) + ",WHD Debarment,20 CFR 655.182\n");
        JsonObject answer = check("employer=" + q(job.employer()) + "&state=GA");
        assertEquals(List.of("DEBARRED"), codes(answer), answer.toString());
    }

    @Test
    void anEmployerWithWhdH2aFindingsIsWhdFindingsAlone() {
        Job job = thisSeason();
        importCsv("WHD", "whd_whisard.csv", FY, "case_id,trade_nm,legal_name,street_addr_1_txt,cty_nm,st_cd,zip_cd,"
                + "naic_cd,naics_code_description,case_violtn_cnt,cmp_assd_cnt,ee_violtd_cnt,bw_atp_amt,ee_atp_cnt,"
                + "findings_start_date,findings_end_date,flsa_violtn_cnt,flsa_bw_atp_amt,flsa_cmp_assd_amt,h2a_violtn_cnt,"
                + "h2a_bw_atp_amt,h2a_ee_atp_cnt,h2a_cmp_assd_amt,h2b_violtn_cnt,h2b_bw_atp_amt,h2b_ee_atp_cnt,"
                + "mspa_violtn_cnt,mspa_bw_atp_amt,mspa_ee_atp_cnt,mspa_cmp_assd_amt,ld_dt\n"
                + ThreadLocalRandom.current().nextInt(3_000_000, 9_000_000) + ",,\"" + job.employer() + "\",1 Farm Rd,"
                + "Tifton,GA,31794,111219,Vegetables,5,1,12,9000.00,12,2023-03-01,2023-10-31,0,0,0,5,9000.00,12,2000.00,"
                + "0,0,0,0,0,0,0,2025-10-01 00:00:00\n");
        JsonObject answer = check("employer=" + q(job.employer()) + "&state=GA");
        assertEquals(List.of("WHD_FINDINGS"), codes(answer), answer.toString());
    }

    @Test
    void verifiedComplaintsAreAFlagFromTheMinimumNumberUp() {
        Job job = thisSeason();
        long employerId = check("employer=" + q(job.employer())).getJsonArray("certifications").getJsonObject(0)
                .getJsonNumber("employerId").longValue();
        StaffApiClient staff = new StaffApiClient(http, ADMIN);
        for (int i = 1; i <= 5; i++) {
            // each worker's words name the farm with a word of its own (never the start of the name's hex
            // word), so that the staff search finds that one case
            String own = List.of("Uno", "Dos", "Tres", "Cuatro", "Cinco").get(i - 1);
            long caseId = staff.verifiedCase(job.employer() + " " + own, SUPERVISOR, null).id();
            assertEquals(200, staff.post("/api/v1/staff/cases/" + caseId + "/directory", SUPERVISOR,
                    "{\"entryId\":" + employerId + ",\"kind\":\"EMPLOYER\"}").statusCode());
            List<String> flags = codes(check("employer=" + q(job.employer()) + "&state=GA"));
            assertEquals(i < 5 ? List.of() : List.of("VERIFIED_COMPLAINTS"), flags, i + " verified cases");
        }
    }

    @Test
    void anUnusableQueryIsA400NamingTheField() {
        assertProblem("", "caseNumber");
        assertProblem("state=GA", "caseNumber");
        assertProblem("caseNumber=" + q("1 OR 1=1"), "caseNumber");
        assertProblem("employer=Granja&state=ZZ", "state");
        assertProblem("employer=" + "x".repeat(201), "employer");
        assertProblem("employer=" + q("<script>alert(1)</script>"), "employer");
        assertProblem("recruiter=" + q("Juan\u202Ecarticle"), "recruiter");
        HttpResponse<String> english = http.get("/api/v1/job-check?lang=en&state=GA");
        assertTrue(english.body().contains("Write the case number"), english.body());
    }

    private void assertProblem(String query, String field) {
        HttpResponse<String> answer = http.get("/api/v1/job-check?" + query);
        assertEquals(400, answer.statusCode(), query + ": " + answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(answer.body().contains("\"" + field + "\""), query + ": " + answer.body());
        assertFalse(answer.headers().firstValue("Set-Cookie").isPresent(), "no session");
    }

    @Test
    void thePageAnswersInSpanishOnA360PhoneWithoutJavaScriptAndSendsTheRecruiterToTheReportForm() {
        Job job = thisSeason();
        disclose(job, unique("Reclutadora Norte"), unique("Pedro Subagente"));
        String other = unique("Agencia Desconocida");
        WebDriver browser = Browsers.phone(false);
        try {
            browser.get(Deployments.local(base) + "/");
            Browsers.await(browser, By.id("choice-job-check")).sendKeys(org.openqa.selenium.Keys.ENTER);
            Browsers.await(browser, By.id("check"));
            browser.findElement(By.id("employer")).sendKeys(job.employer());
            browser.findElement(By.id("recruiter")).sendKeys(other);
            new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("state"))).selectByValue("GA");
            Browsers.press(browser, false, By.id("check"), By.id("answer"));
            String address = browser.getCurrentUrl();
            assertTrue(address.contains("/job-check?") && address.contains("state=GA"), address);
            assertEquals(List.of("lang", "caseNumber", "employer", "recruiter", "state"), List.of(address.substring(
                    address.indexOf('?') + 1).split("&")).stream().map(p -> p.substring(0, p.indexOf('='))).toList(),
                    "the shareable link holds only the question");
            assertEquals("RECRUITER_NOT_DISCLOSED", browser.findElement(By.cssSelector("#flags li")).getAttribute("data-code"));
            assertTrue(browser.findElement(By.id("rules")).getText().contains("Nadie le puede cobrar"));
            assertTrue(browser.findElement(By.id("call-hotline")).getText().contains("1-888-373-7888"));
            WalkChecks.page(browser, "job-check-es", true, job.employer(), other, "Abogados", "Campo", "Onions", "Farmworker");
            assertEquals(List.of(), WalkChecks.overflow(browser));
            HttpResponse<String> page = http.get(address.substring(address.indexOf("/job-check")));
            int bytes = page.body().getBytes(StandardCharsets.UTF_8).length;
            assertTrue(bytes <= 14 * 1024, "the page weighs " + bytes + " bytes");
            assertFalse(page.headers().firstValue("Set-Cookie").isPresent(), "no session");
            Browsers.press(browser, false, By.id("report-recruiter"), By.id("recruiterName"));
            assertEquals(other, browser.findElement(By.id("recruiterName")).getAttribute("value"));
            assertEquals(job.employer(), browser.findElement(By.id("employerName")).getAttribute("value"));
        } finally {
            Browsers.close(browser);
        }
    }
}
