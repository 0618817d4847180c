package org.jornada.channel.boundary;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The on-call page ({@code /staff/admin/on-call}) walked as an ADMIN at desktop width: a refused
 * entry says why beside each field and keeps what was typed; an entry added, edited into a night
 * shift, and removed, each after a redirect, each audited.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class OnCallPageIT {

    private static final String ADMIN_TOKEN = "it-admin-token-0123456789abcdef0123";
    private static final String SUPERVISOR_TOKEN = "it-bootstrap-token-0123456789abcdef";
    private static final String PASSWORD = "long enough staff passphrase 42";

    private static WebDriver browser;

    @ArquillianResource
    URL base;

    @AfterAll
    static void closeBrowser() {
        Browsers.close(browser);
        browser = null;
    }

    @Test
    void anAdminAddsEditsAndRemovesAnOnCallEntryAndARefusalSaysWhyBesideTheFields() {
        Deployments.awaitUp(base);
        Http http = new Http(Deployments.local(base));
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(201, http.postJson("/api/v1/staff/accounts", "{\"username\":\"" + admin
                + "\",\"role\":\"ADMIN\",\"password\":\"" + PASSWORD + "\"}", "Authorization", "Bearer " + ADMIN_TOKEN)
                .statusCode());
        String advocate = "advocate-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username", advocate, "role",
                "ADVOCATE", "password", PASSWORD));
        long advocateId = Long.parseLong(created.body().strip());
        browser = Browsers.desktop();
        signIn(http, admin);

        browser.get(http.url("/staff/admin/on-call"));
        Browsers.await(browser, By.id("entry:add-button"));
        choose("entry:staffAccountId_input", Long.toString(advocateId));
        browser.findElement(By.id("entry:email")).sendKeys("not-a-mail");
        browser.findElement(By.id("entry:phone")).sendKeys("+1 912 555 0142");
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('input[name=\"entry:days\"]')"
                + ".forEach(function (c) { c.checked = false; });");
        Browsers.press(browser, true, By.id("entry:add-button"), By.id("entry:email-message"));
        assertTrue(text("entry:email-message").contains("Enter a mail address"), text("entry:email-message"));
        assertTrue(text("entry:days-message").contains("at least one day"), text("entry:days-message"));
        assertTrue(text("messages").contains("Enter a mail address"), "and above the form: " + text("messages"));
        assertEquals("not-a-mail", browser.findElement(By.id("entry:email")).getAttribute("value"), "kept");
        assertEquals("+1 912 555 0142", browser.findElement(By.id("entry:phone")).getAttribute("value"), "kept");
        WalkChecks.page(browser, "on-call-refused", false);

        String mail = advocate + "@example.org";
        browser.findElement(By.id("entry:email")).clear();
        browser.findElement(By.id("entry:email")).sendKeys(mail);
        ((JavascriptExecutor) browser).executeScript("document.querySelectorAll('input[name=\"entry:days\"]')"
                + ".forEach(function (c, i) { c.checked = i < 5; });");
        Browsers.press(browser, true, By.id("entry:add-button"), By.id("entries"));
        assertTrue(text("messages").contains("Added to the on-call list"), text("messages"));
        assertTrue(browser.getCurrentUrl().endsWith("/staff/admin/on-call"), browser.getCurrentUrl());
        String row = row(advocate);
        assertTrue(row.contains(mail) && row.contains("+19125550142") && row.contains("08:00–18:00"), row);
        WalkChecks.page(browser, "on-call-added", false);

        browser.findElement(By.cssSelector("a.oncall-edit[data-user='" + advocate + "']")).click();
        Browsers.await(browser, By.id("entry:save-button"));
        assertEquals(mail, browser.findElement(By.id("entry:email")).getAttribute("value"), "the form holds the entry");
        browser.findElement(By.id("entry:from")).clear();
        browser.findElement(By.id("entry:from")).sendKeys("22:00");
        browser.findElement(By.id("entry:to")).clear();
        browser.findElement(By.id("entry:to")).sendKeys("06:00");
        Browsers.press(browser, true, By.id("entry:save-button"), By.id("entries"));
        assertTrue(text("messages").contains("Entry saved"), text("messages"));
        assertTrue(row(advocate).contains("22:00–06:00"), row(advocate));

        String remove = browser.findElement(By.xpath("//span[@class='oncall-user' and text()='" + advocate
                + "']/ancestor::tr[1]//button[contains(@id,'remove-button')]")).getAttribute("id");
        Browsers.press(browser, true, By.id(remove), By.id("entries"));
        assertTrue(text("messages").contains("Entry removed"), text("messages"));
        assertTrue(browser.findElements(By.xpath("//span[@class='oncall-user' and text()='" + advocate + "']")).isEmpty());

        List<JsonObject> trail = Http.json(http.get("/api/v1/staff/audit?limit=500", "Authorization", "Bearer "
                + SUPERVISOR_TOKEN)).getJsonArray("items").getValuesAs(JsonObject.class);
        for (String action : List.of("ON_CALL_ADDED", "ON_CALL_EDITED", "ON_CALL_REMOVED")) {
            assertTrue(trail.stream().anyMatch(e -> admin.equals(e.getString("actor")) && action.equals(e.getString(
                    "action"))), action);
        }
        assertFalse(trail.stream().anyMatch(e -> e.toString().contains(mail) || e.toString().contains("9125550142")),
                "no address or phone in the trail");
    }

    private void signIn(Http http, String admin) {
        browser.get(http.url("/staff/admin/on-call"));
        Browsers.await(browser, By.id("signin:submit"));
        browser.findElement(By.id("signin:username")).sendKeys(admin);
        browser.findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
        Browsers.await(browser, By.id("secret"));
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol:enrolCode")).sendKeys(Totp.code(secret, Instant.now()));
        browser.findElement(By.id("enrol:confirm")).click();
        Browsers.await(browser, By.id("recovery:proceed")).click();
        Browsers.await(browser, By.id("entry:add-button"));
    }

    private void choose(String hiddenSelect, String value) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                hiddenSelect, value);
    }

    private String row(String username) {
        return browser.findElement(By.xpath("//span[@class='oncall-user' and text()='" + username
                + "']/ancestor::tr[1]")).getText();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }
}
