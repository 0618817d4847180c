package org.jornada.pattern.boundary;

import static org.jornada.pattern.boundary.PatternApiFixtures.crop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * {@code /union/chain} in headless chromium as a UNION account: the chain of {@link ChainViewIT}
 * shown as the API gives it, the hidden cell read "fewer than 5", no way to the cases behind a
 * number, the page reached from the other pattern pages, its download, and the walk checks (nothing
 * wider than the screen, no word broken, axe) at a laptop's width and at 360 px, with screenshots
 * in {@code target/walk/chain-union-*.png}.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class ChainPageIT {

    private static final String PASSWORD = "long enough staff passphrase 42";

    @ArquillianResource
    URL base;

    private Http http;
    private PatternApiFixtures data;
    private WebDriver browser;

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
        data = new PatternApiFixtures(http);
    }

    @AfterEach
    void close() {
        Browsers.close(browser);
    }

    private String url(String path) {
        return Deployments.local(base) + path;
    }

    /** A new UNION account with a password, signed in through the pages (its second factor enrolled), at {@code startAt}. */
    private void signInAsUnion(String startAt) {
        String username = "union-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postJson("/api/v1/staff/accounts", "{\"username\":\"" + username
                + "\",\"role\":\"UNION\",\"password\":\"" + PASSWORD + "\"}", "Authorization",
                "Bearer " + PatternApiFixtures.ADMIN);
        assertEquals(201, created.statusCode(), created.body());
        signIn(username, startAt);
    }

    /** A new ADVOCATE (as an admin signed in makes one: the test deployment's account servlet), signed in at {@code startAt}. */
    private void signInAsAdvocate(String startAt) {
        String username = "advocate-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = http.postForm("/test-support/accounts", Map.of("username", username,
                "role", "ADVOCATE", "password", PASSWORD));
        assertEquals(201, created.statusCode(), created.body());
        signIn(username, startAt);
    }

    private void signIn(String username, String startAt) {
        browser.get(url(startAt));
        Browsers.await(browser, By.id("signin:submit"));
        browser.findElement(By.id("signin:username")).sendKeys(username);
        browser.findElement(By.id("signin:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signin:submit")).click();
        Browsers.await(browser, By.id("secret"));
        String secret = browser.findElement(By.id("secret")).getText().replace(" ", "");
        browser.findElement(By.id("enrol:enrolCode")).sendKeys(Totp.code(secret, Instant.now()));
        browser.findElement(By.id("enrol:confirm")).click();
        Browsers.await(browser, By.id("recovery-codes"));
        browser.findElement(By.id("recovery:proceed")).click();
    }

    @Test
    void aUnionAccountReadsTheChainOnAPageThatFitsAPhone() {
        ChainViewIT.Chain chain = ChainViewIT.chainOfTwoEmployers(http, data);
        String view = "/union/chain?state=ID" + crop();
        browser = Browsers.desktop(1366, 768);
        signInAsUnion(view);
        Browsers.await(browser, By.id("chain"));
        WebElement row = browser.findElement(By.cssSelector("#chain tr[data-entity='" + chain.recruiter() + "']"));
        String text = row.getText();
        assertTrue(text.contains(chain.recruiterName()) && text.contains(chain.farmName()) && text.contains("12.5"),
                text);
        assertTrue(row.findElement(By.cssSelector("li[data-employer='" + chain.orchard() + "']")).getText()
                .contains("fewer than 5"), "the orchard's 3 complaints are hidden: " + text);
        assertTrue(row.findElement(By.cssSelector("li[data-employer='" + chain.farm() + "'] .employer-complaints"))
                .getText().contains("10"), text);
        assertEquals(url("/recruiters/" + chain.recruiter()), row.findElement(By.cssSelector("th a")).getAttribute("href"),
                "the name opens the recruiter's public profile");
        WebElement top = browser.findElement(By.cssSelector("#chain-top tr[data-entity='" + chain.farm() + "']"));
        assertTrue(top.getText().contains(chain.recruiterName()), top.getText());
        assertTrue(browser.findElements(By.cssSelector("a.cases-behind")).isEmpty(),
                "a UNION account is offered no way to the cases behind a number");
        WalkChecks.page(browser, "chain-union-1366", false, chain.recruiterName(), chain.farmName());

        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 740,
                "deviceScaleFactor", 1, "mobile", true));
        try {
            browser.get(url(view));
            Browsers.await(browser, By.id("chain"));
            WalkChecks.page(browser, "chain-union-360", false);
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }

        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        String exportAddress = browser.findElement(By.id("export-csv")).getAttribute("href");
        HttpResponse<String> file = http.get(exportAddress.substring(Deployments.local(base).length()), "Cookie",
                "JSESSIONID=" + session, "Accept-Language", "en");
        assertEquals(200, file.statusCode());
        assertTrue(file.body().contains(chain.recruiterName() + ",5,2,80,10,12.5," + chain.farmName()), file.body());

        browser.get(url("/union/rankings"));
        Browsers.await(browser, By.id("nav-chain")).click();
        Browsers.await(browser, By.id("chain-recruiters-title"));
        assertTrue(browser.getCurrentUrl().endsWith("/union/chain"), browser.getCurrentUrl());
    }

    @Test
    void anAdvocateOpensTheCasesBehindAnEmployersCountAndARecruitersOwnCount() {
        ChainViewIT.Chain chain = ChainViewIT.chainOfTwoEmployers(http, data);
        browser = Browsers.desktop(1366, 768);
        signInAsAdvocate("/union/chain?state=ID" + crop());
        Browsers.await(browser, By.id("chain"));
        WebElement row = browser.findElement(By.cssSelector("#chain tr[data-entity='" + chain.recruiter() + "']"));
        String own = row.findElement(By.cssSelector(".chain-own a.cases-behind")).getAttribute("href");
        assertTrue(own.contains("kind=RECRUITER") && own.contains("entity=" + chain.recruiter()), own);
        WebElement farm = row.findElement(By.cssSelector("li[data-employer='" + chain.farm() + "'] a.cases-behind"));
        assertTrue(farm.getAttribute("href").contains("kind=EMPLOYER&entity=" + chain.farm()), farm.getAttribute("href"));
        assertTrue(row.findElements(By.cssSelector("li[data-employer='" + chain.orchard() + "'] a.cases-behind")).size() == 1,
                "a hidden count links too: staff read those cases anyway");
        farm.click();
        Browsers.await(browser, By.id("behind-count"));
        assertEquals("8 cases", browser.findElement(By.id("behind-count")).getText().strip(),
                "the farm's 8 cases behind the 10 shown");
        browser.get(own);
        Browsers.await(browser, By.id("behind-count"));
        assertEquals("6 cases", browser.findElement(By.id("behind-count")).getText().strip(),
                "the 6 cases naming the recruiter behind the 5 shown");
    }
}
