package org.jornada.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Http;
import org.jornada.testing.RunningJar;
import org.jornada.testing.StaffApiClient;
import org.jornada.testing.StaffBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's first run (issue #24): {@code java -jar target/jornada.jar} on a fresh embedded
 * database, here with retention periods of its own. The log has no warning but the allowed ones
 * and ends with one summary; signing in as staff leaves no stack trace; the About page states the
 * periods the portal erases by; the demo fills the union's trends with more than one period.
 */
@org.junit.jupiter.api.extension.ExtendWith(BrowserPool.PerClass.class)
class FirstRunIT {

    private static final String ADMIN = "first-run-admin-token-0123456789abcdef";
    private static final int CONTACT_DAYS = 200;
    private static final int CASE_DAYS = 800;

    /**
     * Warnings a first start may still print, each with why it stays. Everything else at WARNING
     * or SEVERE fails the test.
     */
    private static final List<String> ALLOWED_WARNINGS = List.of(
            // Payara Micro unpacks itself under java.io.tmpdir at every start and says so; it is
            // made again at the next start, so nothing is lost if the system cleans it.
            "Payara Micro Runtime directory is located in a temporary file location");

    private static RunningJar jar;
    private static Path dataDir;
    private static String startLog;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("jornada-first-run");
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", null);
        env.put("DB_USER", null);
        env.put("DB_PASSWORD", null);
        env.put("JORNADA_SMTP_HOST", null);
        env.put("JORNADA_CLUSTER", null);
        env.put("JORNADA_DEMO", null);
        env.put("JORNADA_ADMIN_TOKEN", ADMIN);
        env.put("JORNADA_RETENTION_CONTACT_DAYS", Integer.toString(CONTACT_DAYS));
        env.put("JORNADA_RETENTION_CASE_DAYS", Integer.toString(CASE_DAYS));
        jar = RunningJar.startAsUser(env, dataDir);
        // the log as it stands when the portal is ready, before any test asks anything
        Thread.sleep(2000);
        startLog = plain(jar.log());
    }

    @AfterAll
    static void stop() throws Exception {
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void theFirstStartLogsNoWarningButTheAllowedOnesAndEndsWithOneSummary() {
        List<String> problems = startLog.lines().filter(l -> l.contains("[WARNING]") || l.contains("[SEVERE]"))
                .filter(l -> ALLOWED_WARNINGS.stream().noneMatch(l::contains)).collect(Collectors.toList());
        assertTrue(problems.isEmpty(), "warnings a newcomer takes for errors:\n" + String.join("\n", problems));
        assertFalse(startLog.contains("no value found"), "MicroProfile Config's jornada.jdbc.* warnings");

        int summary = startLog.lastIndexOf("======== Jornada ========");
        assertTrue(summary > 0, "the start-up summary: " + tail(startLog));
        String block = startLog.substring(summary);
        String url = "http://localhost:" + jar.port() + "/";
        for (String expected : List.of("Ready: open " + url, "Data folder: " + dataDir, "Database: embedded H2",
                "demo-advocate (ADVOCATE)", "demo-supervisor (SUPERVISOR)", "demo-supervisor2 (SUPERVISOR)", "demo-admin (ADMIN)", "demo-union (UNION)",
                DemoData.STAFF_PASSWORD, DemoData.RECEIPTS.get(0))) {
            assertTrue(block.contains(expected), "the summary names " + expected + ":\n" + block);
        }
        // Only the pattern views' background read may land after it (it runs beside the start).
        String after = block.substring(block.indexOf("=========================") + 25);
        List<String> later = after.lines().filter(l -> l.startsWith("[20") && !l.contains("Pattern data read"))
                .collect(Collectors.toList());
        assertTrue(later.isEmpty(), "the summary is the last block of the start: " + later);
        assertTrue(startLog.indexOf("Loaded demo data") < summary);
        assertTrue(startLog.lines().count() < 150, "a short start: " + startLog.lines().count() + " lines");
    }

    @Test
    void signingInAsStaffLeavesNoStackTraceAndNoWarningInTheLog() throws Exception {
        // demo-advocate: the supervisors' first sign-ins belong to the referral test below
        StaffBrowser supervisor = new StaffBrowser(jar.http());
        supervisor.signInFirstTime("demo-advocate", DemoData.STAFF_PASSWORD);
        assertEquals(200, supervisor.get("/staff/queue").statusCode());
        assertEquals(200, supervisor.get("/staff/referrals").statusCode());
        Thread.sleep(1000);
        String log = plain(jar.log());
        assertFalse(log.contains("NotSerializableException"), tail(log));
        assertFalse(log.contains("Hazelcast is not enabled"), tail(log));
        assertFalse(log.lines().anyMatch(l -> l.startsWith("\tat ") || l.startsWith("    at ")), "a stack trace: "
                + tail(log));
        List<String> problems = log.lines().filter(l -> l.contains("[WARNING]") || l.contains("[SEVERE]"))
                .filter(l -> ALLOWED_WARNINGS.stream().noneMatch(l::contains)).collect(Collectors.toList());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theAboutPageStatesTheConfiguredRetentionPeriodsAndTheWorkersOwnDeletionInSpanishAndEnglish() {
        String spanish = keepSection(jar.http().get("/about").body());
        assertTrue(spanish.contains("A los " + CONTACT_DAYS + " días: su contacto, sus fotos, PDF y notas de voz."),
                spanish);
        assertTrue(spanish.contains("A los " + CASE_DAYS + " días: todo lo demás que podría señalarle"), spanish);
        assertTrue(spanish.contains("puede borrar ahora su contacto o todo su reporte"), spanish);
        assertFalse(spanish.contains("no borra nada"), "the old, false sentence");
        String english = keepSection(jar.http().get("/about?lang=en").body());
        assertTrue(english.contains("After " + CONTACT_DAYS + " days: your contact details, your photos"), english);
        assertTrue(english.contains("After " + CASE_DAYS + " days: everything else that could point to you"), english);
        assertTrue(english.contains("you can delete your contact details or your whole report now"), english);
        assertFalse(english.contains("does not delete anything"), "the old, false sentence");
    }

    @Test
    void theDemoShowsTheUnionTrendsOverMoreThanOnePeriod() throws Exception {
        String union = new StaffApiClient(jar.http(), ADMIN).newToken("UNION");
        JsonObject trends = Http.json(jar.http().get("/api/v1/patterns/trends", "Authorization", "Bearer " + union));
        long shown = trends.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getBoolean("suppressed") && t.get("complaints") != JsonValue.NULL).count();
        assertTrue(shown >= 2, "periods with a count shown: " + trends);
        // the trends' default window holds this season and the last one, whatever the month
        JsonObject seasons = Http.json(jar.http().get("/api/v1/patterns/trends?by=SEASON",
                "Authorization", "Bearer " + union));
        long shownSeasons = seasons.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(t -> !t.getBoolean("suppressed")).count();
        assertTrue(shownSeasons >= 2, "two seasons with counts: " + seasons);
    }

    /**
     * The chain view (issue #28) on the embedded H2 database: the directory's join of the recruiter
     * list to the certifications by case suffix, and the view's own queries, answer there too.
     */
    @Test
    void theChainViewAnswersOnTheEmbeddedDatabase() throws Exception {
        int year = java.time.LocalDate.now().getYear();
        String caseNumber = "H-300-" + (year % 100) + "002-" + (100_000 + new java.util.Random().nextInt(899_999));
        String disclosure = "CASE_NUMBER,CASE_STATUS,EMPLOYER_NAME,TOTAL_WORKERS_H-2A_REQUESTED,"
                + "TOTAL_WORKERS_H-2A_CERTIFIED,WORKSITE_STATE,REQUESTED_BEGIN_DATE,REQUESTED_END_DATE\n" + caseNumber
                + ",Determination Issued - Certification,Embedded Chain Farms,40,40,ME," + year + "-04-01," + year
                + "-10-31\n";
        String list = "CASE_NUMBER,EMPLOYER_NAME,RECRUITER_NAME,RECRUITER_CITY,RECRUITER_COUNTRY,SUB_RECRUITER_NAME\n"
                + caseNumber + ",Embedded Chain Farms,Reclutadora Embebida,Celaya,Mexico,\n";
        for (String[] file : List.of(new String[] {"H2A_DISCLOSURE", disclosure}, new String[] {"RECRUITER_LIST", list})) {
            HttpResponse<String> imported = jar.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    jar.http().url("/api/v1/staff/imports/" + file[0] + "?fiscalYear=" + year)))
                    .header("Content-Type", "text/csv").POST(java.net.http.HttpRequest.BodyPublishers.ofString(file[1])),
                    "Authorization", "Bearer " + ADMIN);
            assertEquals(200, imported.statusCode(), imported.body());
        }
        String union = new StaffApiClient(jar.http(), ADMIN).newToken("UNION");
        JsonObject chain = Http.json(jar.http().get("/api/v1/patterns/chain?state=ME", "Authorization", "Bearer " + union));
        JsonObject recruiter = chain.getJsonArray("recruiters").getValuesAs(JsonObject.class).stream()
                .filter(r -> "Reclutadora Embebida".equals(r.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("the recruiter of the list: " + chain));
        assertEquals(40, recruiter.getInt("certifiedWorkers"));
        assertEquals("Embedded Chain Farms", recruiter.getJsonArray("employers").getJsonObject(0).getString("name"));
        HttpResponse<String> csv = jar.http().get("/api/v1/patterns/chain.csv?state=ME", "Authorization", "Bearer " + union);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("Reclutadora Embebida"), csv.body());
    }

    @Test
    void theDemoHasCasesInEveryWorkflowStateReachedByAuditedMovesAndTwoComplaintsHeldApart() throws Exception {
        StaffBrowser supervisor = staff("demo-supervisor2");
        java.util.Set<String> states = new java.util.TreeSet<>();
        for (int id = 1; id <= 60; id++) {
            HttpResponse<String> page = supervisor.get("/staff/cases/" + id);
            java.util.regex.Matcher state = java.util.regex.Pattern.compile("id=\"case-state\">([^<]+)<")
                    .matcher(page.body());
            if (page.statusCode() == 200 && state.find()) {
                states.add(state.group(1));
            }
        }
        assertEquals(new java.util.TreeSet<>(List.of("Received", "Triaged", "Verifying", "Verified", "Escalated",
                "Resolved", "Closed", "Duplicate")), states);
        assertTrue(Http.text(supervisor.get("/staff/queue").body()).contains("2 reports held as a possible flood"));
        String audit = Http.text(supervisor.get("/staff/audit").body());
        assertTrue(audit.contains("VERIFIED -> ESCALATED") || audit.contains("STATE_CHANGED"), "moves are audited");
    }

    @Test
    void theDemoHasAReferralFiledAndOneWaitingThatOnlyTheSupervisorWhoDidNotPrepareItCanApprove() throws Exception {
        StaffBrowser preparer = staff("demo-supervisor");
        String filed = Http.text(preparer.get("/staff/referrals?state=SENT").body());
        assertTrue(filed.contains("WHD") || filed.contains("Wage and Hour"), "a referral filed by hand: " + filed);
        String waiting = preparer.get("/staff/referrals").body();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("/staff/cases/(\\d+)").matcher(
                waiting.substring(waiting.indexOf("referral-list")));
        assertTrue(link.find(), "a referral waits for approval: " + Http.text(waiting));
        String caseUrl = "/staff/cases/" + link.group(1);
        String sent = preparer.get("/staff/referrals?state=SENT").body();
        assertTrue(sent.substring(sent.indexOf("referral-list")).contains(caseUrl + "\""),
                "the same case has the filed referral: " + filed);

        org.openqa.selenium.WebDriver browser = signedIn(preparer);
        try {
            browser.get(jar.http().url(caseUrl));
            org.openqa.selenium.WebElement row = waitingRow(browser);
            // the preparer is not offered the approval, and is told who may give it
            assertTrue(row.getText().contains("waiting for a supervisor's approval"), row.getText());
            assertTrue(row.getText().contains("Waiting for approval by a supervisor who did not prepare it"),
                    row.getText());
            assertTrue(row.findElements(org.openqa.selenium.By.cssSelector(".move-referral option[value='APPROVE']"))
                    .isEmpty(), "the preparer is offered APPROVE");
        } finally {
            org.jornada.testing.Browsers.close(browser);
        }

        StaffBrowser second = staff("demo-supervisor2");
        browser = signedIn(second);
        try {
            browser.get(jar.http().url(caseUrl));
            org.openqa.selenium.WebElement row = waitingRow(browser);
            String id = row.getAttribute("id");
            new org.openqa.selenium.support.ui.Select(row.findElement(org.openqa.selenium.By.cssSelector(
                    ".move-referral select"))).selectByValue("APPROVE");
            row.findElement(org.openqa.selenium.By.cssSelector(".move-referral button")).click();
            org.jornada.testing.Browsers.waiting(browser, java.time.Duration.ofSeconds(30)).until(
                    org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                            org.openqa.selenium.By.id(id), "approved, not sent yet"));
        } finally {
            org.jornada.testing.Browsers.close(browser);
        }
    }

    @Test
    void theUnionTrendsPageDrawsItsChartForBothSeasonsByDefaultAndForASinglePeriod() throws Exception {
        StaffBrowser union = new StaffBrowser(jar.http());
        union.signInFirstTime("demo-union", DemoData.STAFF_PASSWORD);
        String table = Http.text(union.get("/union/trends").body());
        int year = java.time.YearMonth.now(java.time.ZoneOffset.UTC).getYear();
        assertTrue(table.contains((year - 1) + "-") && table.contains(year + "-"), "both seasons by default: " + table);
        org.openqa.selenium.WebDriver browser = signedIn(union);
        try {
            String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).minusMonths(1).toString();
            for (String view : List.of("/union/trends", "/union/trends?from=" + month + "&to=" + month)) {
                browser.get(jar.http().url(view));
                org.jornada.testing.Browsers.await(browser, org.openqa.selenium.By.id("trend-chart_canvas"));
                Object bars = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "var c = window.Chart && Chart.getChart(document.getElementById('trend-chart_canvas'));"
                                + " return c ? c.data.datasets[0].data.filter(function (v) { return v > 0; }).length : -1;");
                org.jornada.testing.Browsers.screenshot(browser, "first-run-trends" + (view.contains("from") ? "-one" : ""));
                assertTrue(((Number) bars).intValue() >= 1, view + ": the chart draws its bars, got " + bars);
            }
        } finally {
            org.jornada.testing.Browsers.close(browser);
        }
    }

    private static final Map<String, StaffBrowser> SIGNED_IN = new HashMap<>();

    /** A demo account signed in once (its first sign-in enrols the second factor), shared by the tests. */
    private static synchronized StaffBrowser staff(String username) throws Exception {
        if (!SIGNED_IN.containsKey(username)) {
            StaffBrowser browser = new StaffBrowser(jar.http());
            browser.signInFirstTime(username, DemoData.STAFF_PASSWORD);
            SIGNED_IN.put(username, browser);
        }
        return SIGNED_IN.get(username);
    }

    /** A desktop browser carrying this staff member's signed-in session. */
    private static org.openqa.selenium.WebDriver signedIn(StaffBrowser staff) {
        org.openqa.selenium.WebDriver browser = org.jornada.testing.Browsers.desktop(1366, 768);
        browser.get(jar.http().url("/about"));
        for (java.net.HttpCookie cookie : staff.cookies()) {
            browser.manage().addCookie(new org.openqa.selenium.Cookie(cookie.getName(), cookie.getValue(), "/"));
        }
        return browser;
    }

    private static org.openqa.selenium.WebElement waitingRow(org.openqa.selenium.WebDriver browser) {
        org.jornada.testing.Browsers.await(browser, org.openqa.selenium.By.cssSelector("[id^='referral-']"));
        return browser.findElements(org.openqa.selenium.By.cssSelector("[id^='referral-']")).stream()
                .filter(r -> r.getText().contains("waiting for a supervisor's approval")).findFirst()
                .orElseThrow(() -> new AssertionError("no referral waiting on the case page"));
    }

    /** The "For how long" section of the About page, as text. */
    private static String keepSection(String html) {
        int start = html.indexOf("aria-labelledby=\"keep-title\"");
        assertTrue(start > 0, "the About page has its retention section");
        return html.substring(start, html.indexOf("</section>", start)).replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ");
    }

    private static String plain(String log) {
        return log.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    private static String tail(String log) {
        return log.substring(Math.max(0, log.length() - 4000));
    }
}
