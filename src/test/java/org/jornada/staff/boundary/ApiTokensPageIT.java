package org.jornada.staff.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.staff.control.Totp;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.WalkChecks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * API tokens for case-reading accounts, issued and revoked on the accounts page (issue #26): a
 * signed-in admin confirms each with a fresh code from their authenticator, the token is shown
 * once, works on the staff API as its account until revoked, and a wrong or spent code changes
 * nothing. One browser for the class, signed in once as one admin.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class ApiTokensPageIT {

    private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef0123";
    private static final String SUPERVISOR_TOKEN = "it-bootstrap-token-0123456789abcdef";
    private static final String PASSWORD = "long enough staff passphrase 42";
    private static final String REFUSED = "That authenticator code is wrong or already used";

    private static WebDriver browser;
    private static String admin;
    private static String secret;
    /** The code the admin signed in with (its time step is spent). */
    private static String signInCode;
    /** The newest time step whose code the admin has used. */
    private static long lastStep;

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void signedInAdmin() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
        if (browser == null) {
            browser = Browsers.desktop();
            admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> created = http.postJson("/api/v1/staff/accounts", "{\"username\":\"" + admin
                    + "\",\"role\":\"ADMIN\",\"password\":\"" + PASSWORD + "\"}", "Authorization", "Bearer " + ADMIN_TOKEN);
            assertEquals(201, created.statusCode(), created.body());
            signIn();
        }
    }

    @AfterAll
    static void closeBrowser() {
        Browsers.close(browser);
        browser = null;
    }

    @Test
    void anAdminIssuesASupervisorTokenWithAFreshCodeSeesItOnceAndItReadsCasesUntilRevokedOnThePage() {
        String employer = "Token Farms " + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],\"employerName\":\""
                + employer + "\",\"narrative\":\"Nos deben dos semanas.\"}").statusCode());
        Map.Entry<String, Long> supervisor = newSupervisor();
        String label = "laptop " + UUID.randomUUID().toString().substring(0, 4);

        String issueCode = freshCode();
        issue(supervisor.getValue(), label, issueCode);
        Browsers.await(browser, By.id("new-token"));
        String token = browser.findElement(By.id("new-token-value")).getAttribute("value");
        assertTrue(token.startsWith("jt_") && token.length() > 40, token);
        assertTrue(browser.findElement(By.id("new-token-once")).getText().contains("it will not be shown again"));
        assertTrue(browser.findElement(By.id("new-token-title")).getText().contains(supervisor.getKey()));
        assertTrue(text("messages").contains("Token issued for " + supervisor.getKey()), text("messages"));
        assertTrue(browser.getCurrentUrl().endsWith("/staff/admin/accounts"), "the POST was redirected: "
                + browser.getCurrentUrl());
        WalkChecks.page(browser, "accounts-token-issued", false);
        narrow("accounts-token-issued-narrow");

        browser.navigate().refresh();
        Browsers.await(browser, By.id("tokens"));
        assertTrue(browser.findElements(By.id("new-token")).isEmpty(), "a reload does not show the token again");
        assertFalse(browser.getPageSource().contains(token), "nor anywhere in the page");
        String row = row(label).getText();
        assertTrue(row.contains(supervisor.getKey()) && row.contains("Supervisor"), row);

        HttpResponse<String> cases = http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'),
                "Authorization", "Bearer " + token);
        assertEquals(200, cases.statusCode(), "the token reads cases as its supervisor: " + cases.body());
        assertTrue(cases.body().contains(employer), cases.body());

        revoke(label, issueCode);
        assertTrue(text("messages").contains(REFUSED), "the code spent on issuing does not revoke: " + text("messages"));
        assertEquals(200, http.get("/api/v1/staff/cases", "Authorization", "Bearer " + token).statusCode());

        revoke(label, freshCode());
        Browsers.await(browser, By.cssSelector("#messages .msg-info"));
        assertTrue(text("messages").contains("Token revoked"), text("messages"));
        assertTrue(browser.findElements(By.xpath("//table//span[@class='token-label' and text()='" + label + "']"))
                .isEmpty(), "a revoked token is no longer listed");
        assertEquals(401, http.get("/api/v1/staff/cases", "Authorization", "Bearer " + token).statusCode());

        List<JsonObject> trail = audit();
        assertTrue(trail.stream().anyMatch(e -> admin.equals(e.getString("actor")) && "TOKEN_ISSUED".equals(
                e.getString("action")) && e.getString("detail", "").contains("'" + label + "' (SUPERVISOR) for staff "
                + supervisor.getValue())), "the issue is audited");
        assertTrue(trail.stream().anyMatch(e -> admin.equals(e.getString("actor"))
                && "TOKEN_REVOKED".equals(e.getString("action"))), "the revocation is audited");
        assertTrue(trail.stream().anyMatch(e -> supervisor.getKey().equals(e.getString("actor"))
                && "CASE_LISTED".equals(e.getString("action"))), "the API read is the supervisor's");
        assertTrue(trail.stream().noneMatch(e -> e.toString().contains(token)), "no audit entry holds the token");
    }

    @Test
    void aWrongCodeOrTheCodeThatSignedInIssuesNothingAndSaysWhyAndIsAudited() {
        Map.Entry<String, Long> supervisor = newSupervisor();
        String label = "refused " + UUID.randomUUID().toString().substring(0, 4);
        for (String code : List.of(wrongCode(), signInCode)) {
            issue(supervisor.getValue(), label, code);
            Browsers.await(browser, By.cssSelector("#messages .msg-error"));
            assertTrue(text("messages").contains(REFUSED), text("messages"));
            // said again beside the token forms, a long scroll below the page's top, and shown there
            assertTrue(text("token-messages").contains(REFUSED), text("token-messages"));
            // the page scrolls to it once loaded: waited for, not read at the first instant; scrolled
            // to the top edge, a long page may leave it a fraction of a pixel above 0
            String where = "var r = document.getElementById('token-messages').getBoundingClientRect();"
                    + " return (r.top >= -1 && r.bottom <= window.innerHeight + 1) + ' top ' + r.top + ' bottom '"
                    + " + r.bottom + ' window ' + window.innerHeight + ' scrolled ' + window.scrollY"
                    + " + ' page ' + document.documentElement.scrollHeight;";
            String seen;
            try {
                seen = org.jornada.testing.Browsers.waiting(browser, java.time.Duration.ofSeconds(10))
                        .until((java.util.function.Function<org.openqa.selenium.WebDriver, String>) d -> {
                            String now = (String) ((JavascriptExecutor) d).executeScript(where);
                            return now.startsWith("true") ? now : null;
                        });
            } catch (org.openqa.selenium.TimeoutException notInView) {
                seen = (String) ((JavascriptExecutor) browser).executeScript(where);
            }
            assertTrue(seen.startsWith("true"), "the reason is in view: " + seen);
            assertTrue(browser.findElements(By.id("new-token")).isEmpty());
            assertEquals(label, browser.findElement(By.id("issue:label")).getAttribute("value"),
                    "a refused form keeps what was typed");
            assertTrue(browser.findElement(By.id("issue:code")).getAttribute("value").isEmpty(),
                    "but never the code");
            assertFalse(text("tokens").contains(label), "no token issued with " + code);
        }
        long refusals = audit().stream().filter(e -> admin.equals(e.getString("actor"))
                && "ACCESS_DENIED".equals(e.getString("action")) && e.getString("detail", "").startsWith(
                        "token for staff " + supervisor.getValue() + ": authenticator code")).count();
        assertEquals(2, refusals, "each refusal is audited");
    }

    // ------------------------------------------------------------------------------------------

    private void signIn() {
        browser.get(url("/staff/admin/accounts"));
        Browsers.await(browser, By.id("signin:submit"));
        browser.findElement(By.id("signin:username")).sendKeys(admin);
        browser.findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
        Browsers.await(browser, By.id("secret"));
        secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        Instant now = Instant.now();
        lastStep = now.getEpochSecond() / Totp.STEP_SECONDS;
        signInCode = Totp.code(secret, now);
        browser.findElement(By.id("enrol:enrolCode")).sendKeys(signInCode);
        browser.findElement(By.id("enrol:confirm")).click();
        Browsers.await(browser, By.id("recovery:proceed")).click();
        Browsers.await(browser, By.id("issue:issue-button"));
    }

    /**
     * A code of a time step after every one the admin used (the server takes one step either side
     * of now): the next step at once, or after waiting for the clock to reach the last one used.
     */
    private static String freshCode() {
        long next = lastStep + 1;
        org.awaitility.Awaitility.await("the clock reaches the step before the next code").atMost(java.time.Duration.ofSeconds(40))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> Instant.now().getEpochSecond() / Totp.STEP_SECONDS + 1 >= next);
        long step = Math.max(next, Instant.now().getEpochSecond() / Totp.STEP_SECONDS);
        lastStep = step;
        return Totp.code(secret, Instant.ofEpochSecond(step * Totp.STEP_SECONDS));
    }

    /** Six digits that are no code of the steps around now. */
    private static String wrongCode() {
        long now = Instant.now().getEpochSecond() / Totp.STEP_SECONDS;
        List<String> near = java.util.stream.LongStream.rangeClosed(now - 3, now + 3)
                .mapToObj(s -> Totp.code(secret, Instant.ofEpochSecond(s * Totp.STEP_SECONDS))).toList();
        int guess = 123456;
        while (near.contains(String.format("%06d", guess))) {
            guess++;
        }
        return String.format("%06d", guess);
    }

    private void issue(long accountId, String label, String code) {
        browser.get(url("/staff/admin/accounts"));
        Browsers.await(browser, By.id("issue:issue-button"));
        ((JavascriptExecutor) browser).executeScript("document.getElementById('issue:holder_input').value = arguments[0];",
                Long.toString(accountId));
        browser.findElement(By.id("issue:label")).sendKeys(label);
        browser.findElement(By.id("issue:code")).sendKeys(code);
        Browsers.press(browser, true, By.id("issue:issue-button"), By.id("tokens"));
    }

    private void revoke(String label, String code) {
        WebElement row = row(label);
        row.findElement(By.cssSelector("input[id$='revoke-code']")).sendKeys(code);
        Browsers.press(browser, true, By.id(row.findElement(By.cssSelector("button[id$='revoke-button']"))
                .getAttribute("id")), By.id("tokens"));
    }

    private WebElement row(String label) {
        return browser.findElement(By.xpath("//table//span[@class='token-label' and text()='" + label + "']"
                + "/ancestor::tr[1]"));
    }

    /** The page at a phone's width: a screenshot to look at, and nothing wider than the screen. */
    private void narrow(String name) {
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            Browsers.screenshot(browser, name);
            List<String> wide = WalkChecks.overflow(browser);
            assertTrue(wide.isEmpty(), "the page, its new token and both tables fit 360 px: " + wide);
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** A new SUPERVISOR account (as an admin signed in creates one): its name and id. */
    private Map.Entry<String, Long> newSupervisor() {
        String username = "supervisor-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username", username,
                "role", "SUPERVISOR", "password", PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        return Map.entry(username, Long.parseLong(created.body().strip()));
    }

    private List<JsonObject> audit() {
        return Http.json(http.get("/api/v1/staff/audit?limit=1000", "Authorization", "Bearer " + SUPERVISOR_TOKEN))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().collect(Collectors.toList());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private String url(String path) {
        return Deployments.local(base) + path;
    }

    @Test
    void aTokenWhoseAccountWasDisabledIsListedAsNotWorking() {
        Map.Entry<String, Long> supervisor = newSupervisor();
        String label = "disabled " + UUID.randomUUID().toString().substring(0, 4);
        issue(supervisor.getValue(), label, freshCode());
        Browsers.await(browser, By.id("new-token"));
        assertFalse(row(label).getText().contains("account disabled"), row(label).getText());
        assertEquals(200, http.postJson("/api/v1/staff/accounts/" + supervisor.getValue() + "/disable", "{}",
                "Authorization", "Bearer " + ADMIN_TOKEN).statusCode());
        browser.get(url("/staff/admin/accounts"));
        Browsers.await(browser, By.id("tokens"));
        // still listed, so that it can be revoked, but not as if it worked
        assertTrue(row(label).getText().contains("account disabled: the token does not work"), row(label).getText());
    }
}
