package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.TestFiles;
import org.jornada.testing.WalkChecks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The header's language switch loses nothing: on a form page (the report, the wage check, a
 * rating) it is a button of the form, so the form comes back in the other language with what was
 * typed, ticked and attached; on a page asked with a question in its address (the directory's
 * search, the job check) the link keeps the question. On a phone, in Spanish first, with
 * JavaScript off and on. No cookie and no session either way.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class LanguageSwitchIT {

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private boolean javascript;

    @AfterEach
    void close() {
        Browsers.close(browser);
    }

    private void open(boolean withJavaScript, String path, By ready) {
        Deployments.awaitUp(base);
        javascript = withJavaScript;
        browser = Browsers.phone(withJavaScript);
        browser.get(Deployments.local(base) + path);
        Browsers.await(browser, ready);
    }

    private String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private void tap(WebElement control) {
        if (javascript) {
            // below the sticky header, as a thumb scrolls to it
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", control);
            control.click();
        } else {
            control.sendKeys(Keys.SPACE); // chromedriver's clicks hang while page scripts are off
        }
    }

    private void reportTypedAndSwitched(boolean withJavaScript) throws Exception {
        open(withJavaScript, "/report", By.id("submit"));
        browser.findElement(By.id("employerName")).sendKeys("Viveros Pérez");
        browser.findElement(By.id("narrative")).sendKeys("No hay agua en el campo desde el lunes.");
        WebElement visa = browser.findElement(By.cssSelector("input[name$='visa'][value='H2A']"));
        tap(visa);
        Path photo = Files.createTempFile("foto", ".jpg");
        Files.write(photo, TestFiles.jpegWithGps());
        browser.findElement(By.id("files")).sendKeys(photo.toString());

        Browsers.press(browser, javascript, By.id("switch-language"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("submit"));
        assertEquals("Report a problem", browser.findElement(By.tagName("h1")).getText());
        assertEquals("Viveros Pérez", value("employerName"));
        assertEquals("No hay agua en el campo desde el lunes.", value("narrative"));
        assertTrue(browser.findElement(By.cssSelector("input[name$='visa'][value='H2A']")).isSelected());
        assertTrue(browser.findElement(By.id("held-notice")).getText().contains("We kept 1 file"),
                "the photo is held, not asked for again: " + browser.findElement(By.id("held-notice")).getText());
        assertTrue(browser.findElements(By.cssSelector(".error-summary")).isEmpty(), "a switch asks nothing");
        assertEquals("Español", value("switch-language"), "the switch now leads back");
        WalkChecks.page(browser, "report-switched-" + (withJavaScript ? "js" : "nojs"), false);
        assertEquals(List.of(), WalkChecks.overflow(browser));

        // sent in English with no problem ticked: asked in English, nothing lost
        assertTrue(Browsers.press(browser, javascript, By.id("submit"), By.cssSelector(".error-summary")).getText()
                .contains("Tick at least one problem"));
        assertEquals("No hay agua en el campo desde el lunes.", value("narrative"));
        WebElement water = browser.findElement(By.cssSelector("input[type=checkbox][value='HEAT_WATER_SHADE']"));
        tap(javascript ? browser.findElement(By.cssSelector("label[for='" + water.getAttribute("id") + "']")) : water);
        assertTrue(water.isSelected());
        Browsers.press(browser, javascript, By.id("submit"), By.id("receipt-code"));
        assertEquals("We received 1 file (photos, documents or recordings).",
                browser.findElement(By.id("files-received")).getText(), "the photo chosen in Spanish arrived");
        assertTrue(browser.manage().getCookies().isEmpty(), "no cookie: " + browser.manage().getCookies());
    }

    @Test
    void theReportFormSwitchedToEnglishKeepsTheStoryTheAnswersAndThePhotoWithJavaScriptOff() throws Exception {
        reportTypedAndSwitched(false);
    }

    @Test
    void theReportFormSwitchedToEnglishKeepsTheStoryTheAnswersAndThePhotoWithJavaScriptOn() throws Exception {
        reportTypedAndSwitched(true);
    }

    @Test
    void enterInABoxOfTheReportNeitherSwitchesTheLanguageNorSendsTheForm() throws Exception {
        open(false, "/report", By.id("submit"));
        WebElement story = browser.findElement(By.id("narrative"));
        for (String box : List.of("employerName", "contact-value")) {
            WebElement field = browser.findElement(By.id(box));
            field.sendKeys("Agrícola");
            field.sendKeys(Keys.ENTER);
        }
        Thread.sleep(1500); // a form sent by Enter would have been answered by now
        assertTrue(story.isDisplayed(), "still the same page (a new one would make this element stale)");
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElements(By.id("name-choices")).isEmpty(), "no search step, no jump up the page");
        assertEquals("Agrícola", value("employerName"));
        assertEquals("Agrícola", value("contact-value"));
    }

    @Test
    void theWageCheckSwitchedToEnglishKeepsEveryBoxWithJavaScriptOff() {
        open(false, "/wage-check", By.id("check"));
        browser.findElement(By.id("hourlyRate")).sendKeys("16.16");
        browser.findElement(By.id("periods[0]-hours")).sendKeys("48");
        browser.findElement(By.id("periods[0]-paid")).sendKeys("604,80");
        browser.findElement(By.id("deductions[0]-kind")).sendKeys("renta del cuarto");
        Browsers.press(browser, false, By.cssSelector("button.lang"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("check"));
        assertEquals("16.16", value("hourlyRate"));
        assertEquals("48", value("periods[0]-hours"));
        assertEquals("604,80", value("periods[0]-paid"));
        assertEquals("renta del cuarto", value("deductions[0]-kind"));
        assertTrue(browser.findElements(By.cssSelector(".error-summary")).isEmpty(), "a switch checks nothing yet");
        assertTrue(browser.findElements(By.id("answer")).isEmpty());
    }

    @Test
    void aRatingSwitchedToEnglishKeepsTheStarsAndTheCommentWithJavaScriptOff() {
        Deployments.awaitUp(base);
        long farm = org.jornada.testing.DirectoryFixtures.newEmployer(new org.jornada.testing.Http(Deployments.local(base)),
                "it-bootstrap-token-0123456789abcdef", "Rancho Bilingüe " + java.util.UUID.randomUUID().toString().substring(0, 6));
        open(false, "/rate?kind=employers&id=" + farm, By.id("send-rating"));
        browser.findElement(By.cssSelector("input[name='overall-choice'][value='2']")).sendKeys(Keys.SPACE);
        browser.findElement(By.cssSelector("fieldset.aspect input[value='1']")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("text")).sendKeys("Nos cobraron la vivienda.");
        Browsers.press(browser, false, By.id("switch-language"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("send-rating"));
        assertTrue(browser.findElement(By.cssSelector("input[name='overall-choice'][value='2']")).isSelected());
        assertTrue(browser.findElement(By.cssSelector("fieldset.aspect input[value='1']")).isSelected(),
                "the first aspect's answer is kept too");
        assertEquals("Nos cobraron la vivienda.", value("text"));
        assertTrue(browser.findElements(By.cssSelector(".error-summary, #form-notice")).isEmpty(), "a switch asks nothing");
        assertTrue(Browsers.press(browser, false, By.id("send-rating"), By.id("rated-outcome")).getText().contains("read"),
                "sent in English once switched");
    }

    @Test
    void theWageChecksAnswerIsShownAgainInEnglishAfterTheSwitch() {
        open(true, "/wage-check", By.id("check"));
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("state", "NC");
        fields.put("jobOrderFiledOn", "2025-02-01");
        fields.put("periods[0]-from", "2025-05-05");
        fields.put("periods[0]-to", "2025-05-11");
        fields.put("periods[0]-hours", "48");
        fields.put("periods[0]-paid", "604,80");
        fields.put("contract-start", "2025-04-01");
        fields.put("contract-end", "2025-09-30");
        fields.put("contract-hoursPerWeek", "40");
        org.openqa.selenium.JavascriptExecutor page = (org.openqa.selenium.JavascriptExecutor) browser;
        fields.forEach((id, value) -> page.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value));
        page.executeScript("document.getElementById('reimbursed-no').checked = true");
        Browsers.press(browser, true, By.id("check"), By.id("answer"));
        String owed = browser.findElement(By.id("total-owed")).getText();
        Browsers.press(browser, true, By.cssSelector("button.lang"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("answer"));
        String amount = owed.replaceAll(".*(\\$[0-9,.]*[0-9]).*", "$1");
        assertTrue(owed.startsWith("Le deben") && amount.startsWith("$"), owed);
        assertEquals("You are owed at least " + amount + ".", browser.findElement(By.id("total-owed")).getText(),
                "the same answer, in English");
        assertEquals("48", value("periods[0]-hours"));
    }

    @Test
    void theFollowUpsCodeTypedBeforeTheSwitchOpensTheCaseInEnglishAndTheReceiptHasNoSwitch() {
        Deployments.awaitUp(base);
        String receipt = org.jornada.testing.Http.json(new org.jornada.testing.Http(Deployments.local(base)).postJson(
                "/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],\"narrative\":\"No pagan las horas.\"}"))
                .getString("receipt");
        open(false, "/follow-up", By.id("open-case"));
        browser.findElement(By.id("code")).sendKeys(receipt);
        Browsers.press(browser, false, By.id("switch-language"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("open-case"));
        assertEquals(receipt, value("code"), "the code typed is kept");
        Browsers.press(browser, false, By.id("open-case"), By.id("case-state"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElements(By.cssSelector(".top .lang")).isEmpty(),
                "an opened case has no switch: a link would end its single-use view");

        browser.get(Deployments.local(base) + "/report");
        Browsers.await(browser, By.id("submit"));
        browser.findElement(By.cssSelector("input[type=checkbox][value='UNPAID_HOURS']")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("narrative")).sendKeys("No pagan las horas.");
        Browsers.press(browser, false, By.id("submit"), By.id("receipt-code"));
        assertTrue(browser.findElements(By.cssSelector(".top .lang")).isEmpty(),
                "the receipt is shown once: no link that would end it with the code");
    }

    @Test
    void theJobCheckSwitchedBeforeAskingKeepsWhatWasTypedWithJavaScriptOff() {
        open(false, "/job-check", By.id("check"));
        browser.findElement(By.id("recruiter")).sendKeys("Juan el del pueblo");
        Browsers.press(browser, false, By.cssSelector("button.lang"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("check"));
        assertEquals("Juan el del pueblo", value("recruiter"), "typed, not yet asked, and kept");
        assertTrue(browser.findElements(By.cssSelector(".error-summary")).isEmpty(), "a switch asks nothing");
        String back = browser.findElement(By.cssSelector("button.lang")).getText();
        assertEquals("Español", back);
    }

    @Test
    void theDirectorysSearchLinkKeepsTheQuestionInTheOtherLanguage() {
        open(false, "/directory?q=ag", By.cssSelector("a.lang"));
        String link = browser.findElement(By.cssSelector("a.lang")).getAttribute("href");
        assertTrue(link.endsWith("/directory?lang=en&q=ag"), link);
        Browsers.press(browser, false, By.cssSelector("a.lang"), By.cssSelector("html[lang='en']"));
        assertTrue(browser.getCurrentUrl().contains("q=ag"), browser.getCurrentUrl());
        String back = browser.findElement(By.cssSelector("a.lang")).getAttribute("href");
        assertTrue(back.endsWith("/directory?lang=es&q=ag"), back);
    }
}
