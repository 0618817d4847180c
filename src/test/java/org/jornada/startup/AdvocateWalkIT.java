package org.jornada.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jornada.staff.control.Totp;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Http;
import org.jornada.testing.OrgDay;
import org.jornada.testing.RunningJar;
import org.jornada.testing.StaffApiClient;
import org.jornada.testing.WalkChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An advocate's desk in a real browser (1366x768, English) on the shipped jar's EMBEDDED H2 default
 * (the rest of the suite walks staff pages on MariaDB): a case from the queue to a named referral
 * approved by a second supervisor, sent as an .eml into the data folder's outbox, its filing
 * recorded and the news on the worker's /follow-up; a case with two referrals to one authority and
 * a returned one, each moved from its own row of a page opened before the worker answered; and a
 * tour of every staff and union page as each demo role, releasing a held complaint on the way. At
 * every page {@link WalkChecks#page}: the screenshot under target/walk/, nothing wider than the
 * window, no word broken, no axe-core WCAG 2.2 AA violation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.extension.ExtendWith(BrowserPool.PerClass.class)
class AdvocateWalkIT {

    private static final String ADMIN_TOKEN = "walk-admin-token-0123456789abcdef0123456";
    private static final String SECOND = "supervisor-two";
    private static final String SECOND_PASSWORD = "second-supervisor-pass-2026";

    private static RunningJar jar;
    private static Http http;
    private static StaffApiClient api;
    /** Each account's TOTP secret once enrolled, to sign in again. */
    private static final Map<String, String> SECRETS = new HashMap<>();
    private static int step;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", null);
        env.put("DB_USER", null);
        env.put("DB_PASSWORD", null);
        env.put("JORNADA_SMTP_HOST", null);
        env.put("JORNADA_ORG_NAME", "Centro de Trabajadores DEMO");
        env.put("JORNADA_ORG_PHONE", "+1 (912) 555-0100");
        env.put("JORNADA_ORG_EMAIL", "ayuda@example.org");
        env.put("JORNADA_ORG_HOURS", "lunes a sábado, 8 a 20 h");
        env.put("JORNADA_ADMIN_TOKEN", ADMIN_TOKEN);
        env.put("JORNADA_ADMIN_PASSWORD", "walk-admin-password-2026");
        env.put("JORNADA_OUTBOX_EVERY_SECONDS", "1");
        // Three complaints per client and half hour before the next is held: the tour's held complaint.
        env.put("JORNADA_LIMIT_COMPLAINT_BURST", "3/1800");
        jar = RunningJar.start(env, Files.createTempDirectory("jornada-walk"));
        http = jar.http();
        api = new StaffApiClient(http, ADMIN_TOKEN);
    }

    @AfterAll
    static void stop() throws Exception {
        if (jar != null) {
            String log = jar.log();
            jar.close();
            assertFalse(log.contains("org.h2.jdbc.JdbcSQL"), "an SQL statement H2 refused: " + log.lines()
                    .filter(l -> l.contains("org.h2.jdbc.JdbcSQL")).findFirst().orElse(""));
        }
    }

    // ------------------------------------------------------------------------------------------
    // The walk of one case: queue, case, checklist, consent, NAMED referral, four eyes, mail, filing

    @Test
    @Order(1)
    void aCaseGoesFromTheQueueToANamedReferralApprovedByASecondSupervisorMailedAndFiled() throws Exception {
        String employer = "Walk Farms " + UUID.randomUUID().toString().substring(0, 6);
        String receipt = file(employer);
        long office = api.officeWithEmail();
        String officeCode = officeCode(office);

        // The admin makes a second supervisor on the accounts page first (Browsers.close ends
        // every browser this JVM started, so the admin's comes and goes before the others open).
        makeSecondSupervisor();
        WebDriver first = Browsers.desktop(1366, 768);
        WebDriver second = null;
        try {
            signIn(first, "demo-supervisor", DemoData.STAFF_PASSWORD);
            first.get(http.url("/staff/queue?saved=all"));
            check(first, "queue");
            first.findElement(By.xpath("//td[contains(., '" + employer + "')]/ancestor::tr//a[@class='case-link']")).click();
            Browsers.await(first, By.id("case-title"));
            long caseId = Long.parseLong(first.getCurrentUrl().replaceAll(".*/staff/cases/(\\d+).*", "$1"));
            check(first, "case");
            // The worker gave no month: the clocks count from the day the report arrived, and the page
            // says the real deadlines may be earlier (DeadlineRules: a start known to the month only).
            assertTrue(first.findElement(By.id("clocks-start-unknown")).getText().contains("may be earlier"),
                    text(first));

            // The checklist: every item done; its hint says what that does, and it is true.
            for (int done = 0; done < 5; done++) {
                List<WebElement> open = first.findElements(By.xpath("//form[@id='checklist']//a[normalize-space()='mark done']"));
                assertFalse(open.isEmpty(), "an item left to do");
                clickAndReload(first, open.get(0));
            }
            assertTrue(first.findElements(By.xpath("//form[@id='checklist']//a[normalize-space()='mark done']")).isEmpty());
            check(first, "checklist-done");
            String hint = first.findElement(By.xpath("//section[@aria-labelledby='checklist-title']//p[@class='hint']")).getText();
            String state = first.findElement(By.id("case-state")).getText();
            assertEquals("Verified", state, "the checklist's hint (\"" + hint + "\") says what happens: with every"
                    + " item done the case is verified");
            assertEquals("VERIFIED", api.get("/api/v1/staff/cases/" + caseId, supervisorToken()).getString("state"));
            // "each move in its history", as the hint says: the page shows the three moves, oldest first
            List<String> moves = first.findElements(By.cssSelector("#history li")).stream().map(WebElement::getText).toList();
            assertEquals(3, moves.size(), String.valueOf(moves));
            assertTrue(moves.get(0).contains("Received → Triaged") && moves.get(2).contains("Verifying → Verified"),
                    String.valueOf(moves));

            // Ask the worker; the page stays open while the worker answers yes on their own.
            clickAndReload(first, first.findElement(By.cssSelector("button[data-authority='" + officeCode + "']")));
            check(first, "consent-asked");
            assertTrue(first.findElement(By.id("consent-" + officeCode)).getText().contains("waiting"),
                    first.findElement(By.id("consent-" + officeCode)).getText());
            answerYes(receipt);

            // The page opened before the answer: NAMED is chosen and honoured, or refused with a
            // message, never turned into an anonymous draft.
            prepare(first, officeCode, "NAMED");
            check(first, "named-prepared");
            List<WebElement> rows = first.findElements(By.cssSelector("#referrals > li"));
            assertEquals(1, rows.size(), "one referral: " + text(first));
            assertTrue(rows.get(0).getText().contains("named"), rows.get(0).getText());
            long referral = Long.parseLong(rows.get(0).getAttribute("id").replace("referral-", ""));
            assertEquals("NAMED", referral(referral).getString("identity"));

            move(first, referral, "SUBMIT", Map.of());
            check(first, "submitted");
            // The one who prepared it may not approve it: the page does not offer it and says who
            // may; a replayed choice (the option put back into the page) is refused by the command.
            WebElement waiting = first.findElement(By.id("referral-" + referral));
            assertTrue(waiting.getText().contains("Waiting for approval by a supervisor who did not prepare it"),
                    waiting.getText());
            assertTrue(waiting.findElements(By.cssSelector(".move-referral option[value='APPROVE']")).isEmpty(),
                    "the preparer is offered APPROVE: " + waiting.getText());
            WebElement replay = (WebElement) ((JavascriptExecutor) first).executeScript(
                    "var form = arguments[0].closest('form'), id = arguments[1];"
                    + "var step = document.createElement('input'); step.type = 'hidden'; step.name = 'move-step-' + id;"
                    + " step.value = 'APPROVE'; form.appendChild(step);"
                    + "var b = document.createElement('button'); b.type = 'submit'; b.name = 'referral-moves:move';"
                    + " b.value = id; b.textContent = 'replay'; form.appendChild(b); return b;", waiting, String.valueOf(referral));
            clickAndReload(first, replay);
            assertEquals("SUBMITTED", referral(referral).getString("state"), "the preparer cannot approve");
            assertTrue(text(first).contains("another supervisor") || text(first).contains("did not prepare")
                    || text(first).toLowerCase().contains("not allowed"), "why: " + text(first));
            check(first, "preparer-refused");

            // A second supervisor (made by the admin on the accounts page, before) approves and sends.
            second = Browsers.desktop(1366, 768);
            signIn(second, SECOND, SECOND_PASSWORD);
            second.get(http.url("/staff/cases/" + caseId));
            check(second, "second-case");
            move(second, referral, "APPROVE", Map.of());
            assertEquals("APPROVED", referral(referral).getString("state"), text(second));
            check(second, "approved");
            move(second, referral, "SEND", Map.of());
            check(second, "sent");
            Path outbox = jar.dataDir().resolve("outbox");
            await(() -> Files.isDirectory(outbox) && list(outbox).stream().anyMatch(p -> p.toString().endsWith(".eml")),
                    "an .eml in the data folder's outbox/");
            String eml = Files.readString(list(outbox).stream().filter(p -> p.toString().endsWith(".eml")).findFirst()
                    .orElseThrow());
            assertTrue(eml.contains(officeCode.toLowerCase() + "@example.org"), "to the office");

            second.get(http.url("/staff/cases/" + caseId));
            move(second, referral, "FILE", Map.of("channel", "EMAIL", "filedOn", OrgDay.today().toString(),
                    "reference", "WHD-2026-0042"));
            check(second, "filed");
            assertEquals("SENT", referral(referral).getString("state"), text(second));

            // The worker reads the news on /follow-up.
            JsonObject worker = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}"));
            assertFalse(worker.getJsonArray("news").isEmpty(), worker.toString());
            assertFalse(worker.getJsonArray("referrals").isEmpty(), worker.toString());
        } finally {
            Browsers.close(first);
            Browsers.close(second);
        }
    }

    // ------------------------------------------------------------------------------------------
    // A case with two referrals to one authority, two consent requests and a returned referral

    @Test
    @Order(2)
    void eachReferralOfACaseMovesFromItsOwnRowOnAPageOpenedBeforeTheWorkerAnswered() throws Exception {
        String employer = "Twin Farms " + UUID.randomUUID().toString().substring(0, 6);
        String receipt = file(employer);
        long office = api.officeWithEmail();
        String officeCode = officeCode(office);
        long caseId = caseOf(employer);
        String supervisorToken = supervisorToken();
        for (String to : List.of("{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}", "{\"to\":\"VERIFIED\",\"reason\":\"Stubs\"}")) {
            assertEquals(200, api.post("/api/v1/staff/cases/" + caseId + "/transitions", supervisorToken, to).statusCode());
        }
        if (!SECOND_MADE[0]) {
            makeSecondSupervisor(); // the first walk stopped before it made them
        }
        WebDriver first = Browsers.desktop(1366, 768);
        WebDriver second = Browsers.desktop(1366, 768);
        try {
            signIn(first, "demo-supervisor", DemoData.STAFF_PASSWORD);
            signIn(second, SECOND, SECOND_PASSWORD);
            first.get(http.url("/staff/cases/" + caseId));
            // Two consent requests: the first answered no, the second yes, while the page is open.
            clickAndReload(first, first.findElement(By.cssSelector("button[data-authority='" + officeCode + "']")));
            answer(receipt, false);
            first.get(http.url("/staff/cases/" + caseId));
            clickAndReload(first, first.findElement(By.cssSelector("button[data-authority='" + officeCode + "']")));
            answer(receipt, true);
            prepare(first, officeCode, "ANONYMOUS");
            long older = newestReferral(first);
            prepare(first, officeCode, "NAMED");
            long newer = newestReferral(first);
            assertEquals("NAMED", referral(newer).getString("identity"), text(first));
            check(first, "two-referrals");
            move(first, older, "SUBMIT", Map.of());
            move(first, newer, "SUBMIT", Map.of());

            // The second supervisor's page opens now; the first submits a third referral meanwhile,
            // so the rows shift under the open page.
            second.get(http.url("/staff/cases/" + caseId));
            prepare(first, officeCode, "ANONYMOUS");
            long third = newestReferral(first);
            move(second, newer, "APPROVE", Map.of());
            assertEquals("APPROVED", referral(newer).getString("state"), "approved the newer one: " + text(second));
            assertEquals("SUBMITTED", referral(older).getString("state"));
            assertEquals("DRAFT", referral(third).getString("state"));
            move(second, older, "RETURN", Map.of("note", "Add the pay stubs of March"));
            assertEquals("RETURNED", referral(older).getString("state"), text(second));
            check(second, "two-referrals-returned");
            String rows = second.findElement(By.id("referrals")).getText();
            assertTrue(rows.contains("#" + older) && rows.contains("#" + newer),
                    "each referral says which it is (number, state, kind, date): " + rows);
        } finally {
            Browsers.close(first);
            Browsers.close(second);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Every staff and union page, as each demo role

    @Test
    @Order(3)
    void everyStaffAndUnionPagePassesTheWalkChecksAsEachRoleAndASupervisorReleasesAHeldComplaint() throws Exception {
        WebDriver anonymous = Browsers.desktop(1366, 768);
        try {
            anonymous.get(http.url("/staff/sign-in"));
            Browsers.await(anonymous, By.id("signin"));
            check(anonymous, "sign-in");
        } finally {
            Browsers.close(anonymous);
        }
        long someCase = caseOf("DEMO");
        tour("demo-advocate", List.of("/staff/queue", "/staff/queue?saved=mine", "/staff/cases/" + someCase,
                "/staff/retention", "/union/rankings", "/union/trends", "/union/maps", "/union/chain"));
        tour("demo-union", List.of("/union/rankings", "/union/trends", "/union/maps", "/union/chain", "/staff/union"));
        tour("demo-admin", List.of("/staff/admin/accounts", "/staff/admin/authorities", "/staff/admin/wage-tables",
                "/staff/audit", "/staff/directory", "/staff"));

        // A burst of complaints from one client: the next is held; the supervisor finds it in the queue's held list and releases it.
        String held = null;
        for (int i = 0; i < 5 && held == null; i++) {
            String employer = "Burst Farms " + UUID.randomUUID().toString().substring(0, 6);
            file(employer);
            if (!api.get("/api/v1/staff/cases?held=true&q=" + employer.replace(' ', '+'), supervisorToken())
                    .getJsonArray("items").isEmpty()) {
                held = employer;
            }
        }
        assertTrue(held != null, "a burst of complaints from one client is held");
        WebDriver supervisor = Browsers.desktop(1366, 768);
        try {
            signIn(supervisor, "demo-supervisor", DemoData.STAFF_PASSWORD);
            for (String path : List.of("/staff/queue", "/staff/queue?saved=urgent-unassigned",
                    "/staff/queue?saved=deadline-14", "/staff/referrals", "/staff/referrals?state=DUE", "/staff/reviews",
                    "/staff/retention", "/staff/audit", "/staff/directory", "/union/rankings", "/union/trends",
                    "/union/maps", "/union/chain", "/staff/referral?id=1")) {
                supervisor.get(http.url(path));
                check(supervisor, "supervisor" + path.replaceAll("[^a-z0-9]+", "-"));
            }
            supervisor.get(http.url("/staff/queue?saved=held"));
            check(supervisor, "supervisor-held");
            supervisor.findElement(By.xpath("//td[contains(., '" + held + "')]/ancestor::tr//a[@class='case-link']")).click();
            Browsers.await(supervisor, By.id("case-title"));
            check(supervisor, "supervisor-held-case");
            clickAndReload(supervisor, supervisor.findElement(By.id("held-form:release-hold")));
            check(supervisor, "supervisor-released");
            // Back in the case list (the demo's busy queue has more than one page: search for it).
            supervisor.get(http.url("/staff/queue"));
            supervisor.findElement(By.id("queue:text")).sendKeys(held);
            supervisor.findElement(By.id("queue:apply")).click();
            String releasedName = held;
            // the search re-renders the list: a list read while it is being replaced is read again
            String listed = org.jornada.testing.Browsers.waiting(supervisor, java.time.Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> {
                        String text = d.findElement(By.id("queue:cases")).getText();
                        return text.contains(releasedName) ? text : null;
                    });
            assertTrue(listed.contains(held), "the released complaint is in the queue");
        } finally {
            Browsers.close(supervisor);
        }
    }

    // ------------------------------------------------------------------------------------------

    private static void tour(String user, List<String> paths) throws Exception {
        WebDriver browser = Browsers.desktop(1366, 768);
        try {
            signIn(browser, user, DemoData.STAFF_PASSWORD);
            for (String path : paths) {
                browser.get(http.url(path));
                check(browser, user.replace("demo-", "") + path.replaceAll("[^a-z0-9]+", "-"));
            }
        } finally {
            Browsers.close(browser);
        }
    }

    /**
     * {@link WalkChecks#page} at this step; what it finds is collected, so that one run names every
     * page's problems, and each test fails at its end when any page had one ({@link #noPageProblems}).
     */
    private static void check(WebDriver browser, String name) {
        try {
            WalkChecks.page(browser, String.format("advocate-%02d-%s", ++step, name), false);
        } catch (AssertionError problem) {
            PROBLEMS.add(problem.getMessage());
        }
    }

    private static final boolean[] SECOND_MADE = {false};

    private static final List<String> PROBLEMS = new java.util.ArrayList<>();

    @org.junit.jupiter.api.BeforeEach
    void noProblemsYet() {
        PROBLEMS.clear();
    }

    @org.junit.jupiter.api.AfterEach
    void noPageProblems() {
        assertTrue(PROBLEMS.isEmpty(), PROBLEMS.size() + " pages failed the walk checks:\n" + String.join("\n", PROBLEMS));
    }

    /** Password, then the second factor: enrolled on the first sign-in, a code from the app after. */
    private static void signIn(WebDriver browser, String user, String password) throws Exception {
        browser.get(http.url("/staff/sign-in"));
        Browsers.await(browser, By.id("signin:username")).sendKeys(user);
        browser.findElement(By.id("signin:password")).sendKeys(password);
        String secret = SECRETS.get(user);
        if (secret != null) {
            browser.findElement(By.id("signin:code")).sendKeys(freshCode(secret));
        }
        clickAndReload(browser, browser.findElement(By.id("signin:submit")));
        if (secret == null) {
            check(browser, "enrol-" + user);
            secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
            SECRETS.put(user, secret);
            browser.findElement(By.id("enrol:enrolCode")).sendKeys(freshCode(secret));
            clickAndReload(browser, browser.findElement(By.id("enrol:confirm")));
            check(browser, "recovery-codes-" + user);
            clickAndReload(browser, browser.findElement(By.id("recovery:proceed")));
        }
        assertTrue(browser.findElements(By.id("who")).size() == 1, user + " signed in: " + text(browser));
    }

    private static final Map<String, Long> LAST_WINDOW = new HashMap<>();

    /**
     * A TOTP code of a window not used before by that secret (a code is taken once): the current
     * window's, or the next one's, which the portal takes as one step of drift, as an authenticator
     * a little ahead would show it; only a third code within one window waits for the clock.
     */
    private static String freshCode(String secret) {
        long window = Instant.now().getEpochSecond() / 30;
        long use = Math.max(window, LAST_WINDOW.getOrDefault(secret, -1L) + 1);
        if (use > window + 1) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(250))
                    .until(() -> Instant.now().getEpochSecond() / 30 >= use - 1);
        }
        LAST_WINDOW.put(secret, use);
        return Totp.code(secret, Instant.ofEpochSecond(use * 30 + 1));
    }

    private static void clickAndReload(WebDriver browser, WebElement control) {
        WebElement page = browser.findElement(By.tagName("html"));
        control.click();
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(30)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        Browsers.await(browser, By.tagName("body"));
    }

    /** On the case page: the authority's row, the identity chosen, "Prepare". */
    private static void prepare(WebDriver browser, String authorityCode, String identity) {
        WebElement row = browser.findElement(By.cssSelector("div.prepare[data-authority='" + authorityCode + "']"));
        Select select = new Select(row.findElement(By.tagName("select")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                row.findElement(By.tagName("select")), identity);
        assertEquals(identity, select.getFirstSelectedOption().getAttribute("value"));
        clickAndReload(browser, row.findElement(By.tagName("button")));
    }

    /** On the case page: the referral's own row, its step and fields, "Take this step". */
    private static void move(WebDriver browser, long referral, String stepName, Map<String, String> fields) {
        WebElement row = browser.findElement(By.cssSelector("#referral-" + referral + " .move-referral"));
        List<WebElement> selects = row.findElements(By.tagName("select"));
        new Select(selects.get(0)).selectByValue(stepName);
        fields.forEach((name, value) -> {
            WebElement field = row.findElement(By.cssSelector("[data-field='" + name + "']"));
            if ("select".equals(field.getTagName())) {
                new Select(field).selectByValue(value);
            } else {
                ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, value);
            }
        });
        clickAndReload(browser, row.findElement(By.tagName("button")));
    }

    private static long newestReferral(WebDriver browser) {
        return Long.parseLong(browser.findElements(By.cssSelector("#referrals > li")).get(0).getAttribute("id")
                .replace("referral-", ""));
    }

    private static String text(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** A worker files a complaint (UNPAID_HOURS, so that the WHD offices take it); the receipt. */
    private static String file(String employer) {
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas extra.\","
                + "\"consentToContact\":true,\"contact\":{\"channel\":\"WHATSAPP\",\"value\":\"+52 55 1234 5678\"}}");
        assertEquals(201, filed.statusCode(), filed.body());
        return Http.json(filed).getString("receipt");
    }

    private static String readerToken;

    /** A supervisor's API token (for the test's own reading), made once. */
    private static synchronized String supervisorToken() throws Exception {
        if (readerToken == null) {
            org.jornada.testing.StaffBrowser admin = new org.jornada.testing.StaffBrowser(http);
            admin.signInFirstTime("admin", "walk-admin-password-2026");
            readerToken = api.newCaseWorkerToken("SUPERVISOR", admin);
        }
        return readerToken;
    }

    private static long caseOf(String employer) throws Exception {
        return api.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), supervisorToken()).getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject referral(long id) throws Exception {
        return api.get("/api/v1/staff/referrals/" + id, supervisorToken());
    }

    private static String officeCode(long office) throws Exception {
        return api.get("/api/v1/staff/authorities", ADMIN_TOKEN).getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getJsonNumber("id").longValue() == office).findFirst().orElseThrow()
                .getString("code");
    }

    private static void answerYes(String receipt) {
        answer(receipt, true);
    }

    /** The worker answers the waiting question on their own phone (the follow-up API). */
    private static void answer(String receipt, boolean yes) {
        JsonObject read = Http.json(http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}"));
        long question = read.getJsonArray("consentRequests").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, http.postJson("/api/v1/followup/consent", "{\"receipt\":\"" + receipt + "\",\"requestId\":"
                + question + ",\"allow\":" + yes + "}").statusCode());
    }

    /** The admin makes the second supervisor on the accounts page (with a first password). */
    private static void makeSecondSupervisor() throws Exception {
        WebDriver admin = Browsers.desktop(1366, 768);
        try {
            signIn(admin, "demo-admin", DemoData.STAFF_PASSWORD);
            admin.get(http.url("/staff/admin/accounts"));
            check(admin, "accounts");
            admin.findElement(By.id("create:username")).sendKeys(SECOND);
            ((JavascriptExecutor) admin).executeScript("document.getElementById('create:role_input').value = 'SUPERVISOR';");
            admin.findElement(By.id("create:password")).sendKeys(SECOND_PASSWORD);
            clickAndReload(admin, admin.findElement(By.id("create:create-button")));
            check(admin, "accounts-created");
            assertTrue(admin.findElement(By.id("accounts")).getText().contains(SECOND), text(admin));
            // Each row's role menu shows that account's role (one shared value showed "Advocate" on
            // every row, one click from demoting a supervisor); the admin's own row offers no change.
            for (WebElement row : admin.findElements(By.cssSelector("#accounts tbody tr"))) {
                String cells = row.getText();
                List<WebElement> menu = row.findElements(By.cssSelector("select[id$='new-role_input']"));
                if (cells.startsWith("demo-admin")) {
                    assertTrue(menu.isEmpty() && row.findElements(By.cssSelector("[id$='disable-button']")).isEmpty(),
                            "the admin's own row offers a role change or disabling: " + cells);
                } else {
                    String shown = (String) ((JavascriptExecutor) admin).executeScript(
                            "return arguments[0].value;", menu.get(0));
                    String role = cells.startsWith(SECOND) || cells.startsWith("demo-supervisor") ? "SUPERVISOR"
                            : cells.startsWith("demo-union") ? "UNION" : cells.startsWith("demo-advocate") ? "ADVOCATE" : shown;
                    assertEquals(role, shown, "the role menu of " + cells);
                }
            }
            SECOND_MADE[0] = true;
        } finally {
            Browsers.close(admin);
        }
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) {
        org.awaitility.Awaitility.await("never: " + what).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250)).until(condition::getAsBoolean);
    }
}
