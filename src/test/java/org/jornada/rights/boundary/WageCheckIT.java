package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.WalkChecks;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code POST /api/v1/wage-check} over HTTP against the tables V21 loads into MariaDB: the answer
 * names the table row it used and says when a figure is not from the official table.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class WageCheckIT {

    @ArquillianResource
    URL base;

    private Http http;

    @BeforeEach
    void open() {
        Deployments.awaitUp(base);
        http = new Http(Deployments.local(base));
    }

    @Test
    void anH2aWorkerInNorthCarolinaPaidBelowThe2025AewrGetsTheShortfallWithTheTableItCameFrom() {
        // V21: NC 2025 AEWR 16.16 from 2024-12-16, status secondary (ginpress.org). 40 h x 16.16 = 646.40,
        // paid 560.00: short 86.40.
        HttpResponse<String> answer = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"NC\","
                + "\"jobOrderFiledOn\":\"2025-02-01\",\"payBasis\":\"HOURLY\",\"hourlyRate\":14.00,\"periods\":"
                + "[{\"from\":\"2025-05-05\",\"to\":\"2025-05-11\",\"hours\":40,\"paid\":560.00}]}", "Accept-Language", "es");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject a = Http.json(answer);
        assertEquals(new BigDecimal("16.16"), a.getJsonObject("floor").getJsonNumber("hourly").bigDecimalValue());
        JsonObject table = a.getJsonObject("floor").getJsonObject("table");
        assertEquals("secondary", table.getString("status"));
        assertEquals("2024-12-16", table.getString("effective"));
        assertTrue(table.getString("name").contains("89 FR 101628"), table.getString("name"));
        assertEquals(new BigDecimal("86.40"), a.getJsonNumber("totalShortfall").bigDecimalValue());
        String assumptions = a.getJsonArray("assumptions").toString();
        assertTrue(assumptions.contains("no de la tabla oficial"), assumptions);
        assertTrue(assumptions.contains("un defensor lo revisar"), "never a promise: " + assumptions);
        // paid 14.00 an hour, above the federal 7.25: no FLSA claim (issue #25), the job order's clocks from
        // the first short week (reference section 3: SWA complaints within 2 years, 20 CFR 658.411(d)(6))
        assertEquals("SWA_COMPLAINT", a.getJsonArray("deadlines").getJsonObject(0).getString("rule"));
        assertEquals("2027-05-11", a.getJsonArray("deadlines").getJsonObject(0).getString("dueOn"));
        // the page's first lines, in the same words (WageAnswerWords)
        java.util.List<String> summary = a.getJsonArray("summary").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertEquals("Le deben por lo menos $86.40.", summary.get(0));
        assertTrue(summary.contains("La ley pedía por lo menos $16.16 por hora. A sus cheques les faltan $86.40.")
                && summary.contains("El primer plazo para reclamar termina el 11 de mayo de 2027."), summary.toString());
    }

    @Test
    void aWrongFieldIsNamedInTheWorkersLanguage() {
        HttpResponse<String> bad = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"NC\","
                + "\"periods\":[{\"from\":\"2025-05-05\",\"hours\":\"cuarenta\"}]}", "Accept-Language", "es");
        assertEquals(400, bad.statusCode());
        assertEquals("periods[0].hours", Http.json(bad).getString("field"));
        assertTrue(bad.body().contains("Escriba un n"), bad.body());
        HttpResponse<String> visa = http.postJson("/api/v1/wage-check", "{\"visa\":\"H-1B\",\"state\":\"NC\"}",
                "Accept-Language", "en");
        assertEquals("visa", Http.json(visa).getString("field"));
        assertTrue(visa.body().contains("H-2A or H-2B"));
        assertEquals(400, http.postJson("/api/v1/wage-check", "{\"visa\":\"H-2A\",\"state\":\"NC\",\"tip\":1}").statusCode(),
                "an unknown field");
    }

    /**
     * Issue #25: the answer as a worker reads it on a 360x740 phone, scripts on and off, in Spanish
     * and English: its first lines, twelve paychecks as one card each, the advocate's part folded
     * until opened (without JavaScript: a details element). Each state passes {@link WalkChecks#page}
     * (fits, no word broken, axe, no English on the Spanish page) and leaves target/walk/wage-*.png.
     * NC 2025 AEWR 16.16 (V21): 12 weeks of 48 h paid 604.80 (12.60/h); housing 50 (H-2A: free,
     * 655.122(d)); contract Apr 1 - Sep 30 2025 at 40 h a week, its first and last weeks with no paycheck.
     */
    @Test
    void twelvePaychecksReadOnAPhoneWithAndWithoutJavaScriptInSpanishAndEnglish() {
        for (boolean scripts : new boolean[] {true, false}) {
            browser = Browsers.phone(scripts);
            try {
                for (String lang : new String[] {"es", "en"}) {
                    readTheAnswer(scripts, lang);
                }
            } finally {
                Browsers.close(browser);
                browser = null;
            }
        }
    }

    private WebDriver browser;

    @org.junit.jupiter.api.AfterEach
    void closeBrowser() {
        Browsers.close(browser);
    }

    private void readTheAnswer(boolean scripts, String lang) {
        String step = "wage-" + (scripts ? "js-" : "nojs-") + lang;
        boolean spanish = "es".equals(lang);
        browser.get(Deployments.local(base) + "/wage-check?lang=" + lang);
        Browsers.await(browser, By.id("check"));
        JavascriptExecutor page = (JavascriptExecutor) browser;
        // eleven more paychecks: the rows field as "add a paycheck" leaves it after ten presses, then the press
        page.executeScript("document.querySelector('input[name=rows]').value = '11'");
        Browsers.press(browser, scripts, By.id("add-period"), By.id("period-11"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("state", "NC");
        fields.put("jobOrderFiledOn", "2025-02-01");
        for (int i = 0; i < 12; i++) {
            LocalDate from = LocalDate.of(2025, 5, 5).plusWeeks(i);
            fields.put("periods[" + i + "]-from", from.toString());
            fields.put("periods[" + i + "]-to", from.plusDays(6).toString());
            fields.put("periods[" + i + "]-hours", "48");
            fields.put("periods[" + i + "]-paid", "604,80");
        }
        fields.put("deductions[0]-type", "HOUSING");
        fields.put("deductions[0]-amount", "50");
        fields.put("deductions[0]-kind", "renta del cuarto");
        fields.put("costs-recruitmentFees", "1500");
        fields.put("costs-visaFees", "190");
        fields.put("costs-inboundTravel", "400");
        fields.put("contract-start", "2025-04-01");
        fields.put("contract-end", "2025-09-30");
        fields.put("contract-hoursPerWeek", "40");
        // set as the phone's own pickers set them (typing twelve date pairs is PhoneWalkIT's part)
        fields.forEach((id, value) -> page.executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(id)), value));
        page.executeScript("document.getElementById('reimbursed-no').checked = true");
        Browsers.press(browser, scripts, By.id("check"), By.id("answer"));

        assertEquals(12, browser.findElements(By.cssSelector("#periods-table tbody tr")).size());
        String first = browser.findElement(By.id("total-owed")).getText();
        // 576 h x 16.16 = 9,308.16 owed, 7,257.60 paid: 2,050.56 short; + housing 50.00 + travel 400.00 (owed
        // since Jul 1 2025, half the contract) = 2,500.56
        assertEquals(spanish ? "Le deben por lo menos $2,500.56." : "You are owed at least $2,500.56.", first);
        String summary = browser.findElement(By.id("summary")).getText();
        assertTrue(summary.contains(spanish ? "Faltan cheques de 99 días." : "Paychecks are missing for 99 days."), summary);
        assertTrue(summary.contains(spanish ? "11 de mayo de 2027" : "May 11, 2027"), summary);
        assertEquals(1, browser.findElement(By.id("answer")).getText().split(spanish ? "no una promesa"
                : "not a promise", -1).length - 1, "the caveat once");
        assertEquals("block", page.executeScript("return getComputedStyle(document.querySelector("
                + "'#periods-table tbody tr')).display"), "one card per paycheck on a phone");
        assertFalse(browser.findElement(By.id("floor")).isDisplayed(), "the advocate's part is folded");
        page.executeScript("window.scrollTo(0, 0)");
        WalkChecks.page(browser, step + "-answer", spanish, ALLOWED);

        WebElement fold = browser.findElement(By.cssSelector("#advocate > summary"));
        if (scripts) {
            fold.click();
        } else {
            fold.sendKeys(Keys.ENTER); // chromedriver's clicks hang while page scripts are off; Enter opens it alike
        }
        org.jornada.testing.Browsers.waiting(browser, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("advocate")).getAttribute("open") != null);
        assertTrue(browser.findElement(By.id("floor")).isDisplayed(), "opened by a tap, scripts or not");
        assertTrue(browser.findElement(By.id("floor")).getText().contains("16.16"));
        assertTrue(browser.findElement(By.id("three-fourths")).getText().contains("655.122(i)"));
        assertTrue(browser.findElement(By.id("reimbursements")).getText().contains("$1,500.00"));
        assertTrue(browser.findElement(By.id("deductions")).getText().contains("655.122(d)"));
        page.executeScript("window.scrollTo(0, 0)");
        WalkChecks.page(browser, step + "-advocate", spanish, ALLOWED);
    }

    /** Names and citations that stay as they are on a Spanish page. */
    private static final String[] ALLOWED = {"Jornada", "English", "AEWR", "NC", "DOL", "H-2A", "H-2B", "CFR", "FR",
        "U.S.C."};
}
