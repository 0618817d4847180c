package org.jornada.complaint.boundary;

import org.jornada.testing.Http;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.net.URI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.testing.BrowserPool;
import org.jornada.testing.Browsers;
import org.jornada.testing.Deployments;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The worker pages in headless chromium on a 390x844 phone, in Spanish, with JavaScript on and
 * off: filing, validation that keeps what was typed, the receipt, the follow-up thread, the
 * language switch, and axe-core accessibility checks.
 */
@ExtendWith({ArquillianExtension.class, BrowserPool.PerClass.class})
@RunAsClient
class WorkerPagesIT {

    private static final String RECEIPT = "\\d{4} \\d{4} \\d{4} \\d{4} \\d{4}";
    /** JORNADA_BOOTSTRAP_TOKEN of the test deployment (pom.xml): a SUPERVISOR token. */
    private static final String BOOTSTRAP = "it-bootstrap-token-0123456789abcdef";

    @ArquillianResource
    URL base;

    private WebDriver browser;
    private boolean javascript;


    @AfterEach
    void close() {
        Browsers.close(browser);
    }

    private void open(boolean withJavaScript) {
        Deployments.awaitUp(base);
        javascript = withJavaScript;
        browser = Browsers.phone(withJavaScript);
    }

    /** Loads a page and waits for it (with scripts off chromedriver cannot tell it has loaded). */
    private void load(String path, By ready) {
        browser.get(url(path));
        Browsers.await(browser, ready);
        String htmlClass = String.valueOf(browser.findElement(By.tagName("html")).getAttribute("class"));
        if (!javascript) {
            assertFalse(htmlClass.contains("js"), "page scripts ran although JavaScript is off");
        }
    }

    /** Presses a button or link as a keyboard user does, then waits for what must appear. */
    private WebElement press(By control, By expected) {
        return Browsers.press(browser, javascript, control, expected);
    }

    private String url(String path) {
        return Deployments.local(base) + path;
    }

    private static Path photo() throws Exception {
        Path file = Files.createTempFile("talon-de-pago", ".jpg");
        Files.write(file, TestFiles.jpegWithGps());
        return file;
    }

    private void tick(String code) {
        WebElement box = browser.findElement(By.cssSelector("input[type=checkbox][value='" + code + "']"));
        if (javascript) {
            browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
        } else {
            box.sendKeys(Keys.SPACE); // chromedriver's clicks hang while page scripts are off
        }
        assertTrue(box.isSelected(), code + " should be ticked");
    }

    private String fileThroughTheForm(String category, String narrative, boolean withPhoto) throws Exception {
        load("/report", By.id("submit"));
        assertEquals("es", browser.findElement(By.tagName("html")).getAttribute("lang"));
        tick(category);
        WebElement visa = browser.findElement(By.cssSelector("input[name$='visa'][value='H2A']"));
        if (javascript) {
            visa.click();
        } else {
            visa.sendKeys(Keys.SPACE);
        }
        assertTrue(visa.isSelected());
        browser.findElement(By.id("employerName")).sendKeys("Agrícola San José");
        browser.findElement(By.id("narrative")).sendKeys(narrative);
        if (withPhoto) {
            browser.findElement(By.id("files")).sendKeys(photo().toString());
        }
        String code = press(By.id("submit"), By.id("receipt-code")).getText();
        assertTrue(code.matches(RECEIPT), code);
        assertFalse(browser.getCurrentUrl().contains(code.replace(" ", "")), "the receipt is never in the URL");
        assertFalse(browser.getCurrentUrl().contains(code.substring(0, 4) + "%20"));
        return code;
    }

    @Test
    void aWorkerFilesAComplaintWithAPhotoWithJavaScriptOn() throws Exception {
        open(true);
        fileThroughTheForm("RECRUITMENT_FEE", "Me cobraron 9,000 pesos por la visa.", true);
        assertTrue(String.valueOf(browser.findElement(By.tagName("html")).getAttribute("class")).contains("js"));
        assertEquals("Recibimos su reporte", browser.findElement(By.tagName("h1")).getText().replace("✔ ", ""));
        assertTrue(browser.findElement(By.id("files-received")).getText().startsWith("Recibimos 1 archivo"));
        assertTrue(browser.findElements(By.id("urgent")).isEmpty(), "no hotline for a non-urgent case");
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, "nothing scrolls sideways on a phone: " + width);
    }

    @Test
    void theWorkerSaysWhereTheyWereRecruitedAndAsksForAWorkersOrganizationWithJavaScriptOff() throws Exception {
        open(false);
        load("/report", By.id("submit"));
        tick("UNPAID_HOURS");
        String employer = "Granja Reclutada " + java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("employerName")).sendKeys(employer);
        browser.findElement(By.id("recruitedIn")).sendKeys("Oaxaca");
        assertEquals("MX-OAX", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("recruitedIn")))
                .getFirstSelectedOption().getAttribute("value"));
        browser.findElement(By.id("narrative")).sendKeys("Nos reclutaron en Oaxaca y no pagan las horas.");
        browser.findElement(By.id("wantsOrganizing")).sendKeys(Keys.SPACE);
        press(By.id("submit"), By.id("submit"));
        assertTrue(browser.findElement(By.tagName("main")).getText()
                .contains("Para que una organización de trabajadores lo contacte"),
                "no contact given: the form says why and keeps what was typed");
        assertEquals("MX-OAX", new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("recruitedIn")))
                .getFirstSelectedOption().getAttribute("value"), "the choice is kept");
        browser.findElement(By.cssSelector("input[name$='channel'][value='PHONE']")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("contact-value")).sendKeys("+1 912 555 0177");
        browser.findElement(By.id("consentToContact")).sendKeys(Keys.SPACE);
        if (!browser.findElement(By.id("wantsOrganizing")).isSelected()) {
            browser.findElement(By.id("wantsOrganizing")).sendKeys(Keys.SPACE);
        }
        assertTrue(press(By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT));

        Http http = new Http(Deployments.local(base));
        jakarta.json.JsonObject listed = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'),
                "Authorization", "Bearer " + BOOTSTRAP));
        long id = listed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        jakarta.json.JsonObject shown = Http.json(http.get("/api/v1/staff/cases/" + id, "Authorization",
                "Bearer " + BOOTSTRAP));
        assertEquals("MX-OAX", shown.getString("recruitedIn"));
        assertTrue(shown.getBoolean("wantsOrganizing"));
    }

    @Test
    void aWorkerFilesWithJavaScriptOffAndADangerCaseShowsTheHotlineFirst() throws Exception {
        open(false);
        load("/report", By.id("submit"));
        tick("THREATS");
        browser.findElement(By.id("narrative")).sendKeys("Dicen que nos deportan si hablamos.");
        assertTrue(press(By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT));
        WebElement first = browser.findElement(By.cssSelector("main > *"));
        assertEquals("urgent", first.getAttribute("id"), "the hotline comes first on the page");
        assertTrue(first.getText().contains("1-888-373-7888"));
        assertTrue(first.getText().contains("233733"));
        assertTrue(first.getText().contains("911"));
        assertEquals("tel:911", browser.findElement(By.id("call-911")).getAttribute("href"), "911 is a link a phone dials");
        assertEquals("tel:+18883737888", first.findElement(By.id("call-hotline")).getAttribute("href"));
        assertTrue(first.findElement(By.id("text-hotline")).getAttribute("href").startsWith("sms:233733"));
        assertFalse(browser.findElement(By.tagName("main")).getText().contains("2 días"),
                "no promise of a delay on an urgent receipt");
    }

    @Test
    void aLinkToTheReportWithACategoryOpensTheFormWithItTickedWithJavaScriptOff() throws Exception {
        open(false);
        load("/report?category=DOCUMENTS_TAKEN", By.id("submit"));
        assertTrue(browser.findElement(By.cssSelector("input[type=checkbox][value='DOCUMENTS_TAKEN']")).isSelected());
        assertEquals(1, browser.findElements(By.cssSelector("input[type=checkbox]:checked")).size(), "only that one");
        browser.findElement(By.id("narrative")).sendKeys("El patr\u00f3n guarda nuestros pasaportes.");
        assertTrue(press(By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT), "and it files as ticked");
        load("/report?category=NOT_A_CATEGORY", By.id("submit"));
        assertTrue(browser.findElements(By.cssSelector("input[type=checkbox]:checked")).isEmpty(), "a wrong one is ignored");
    }

    @Test
    void aWorkerRatesAnEmployerFromItsPageWithJavaScriptOffAndTheRatingCounts() {
        open(false);
        Http api = new Http(Deployments.local(base));
        long farm = org.jornada.testing.DirectoryFixtures.newEmployer(api, BOOTSTRAP, "Rancho Calificado");
        for (int i = 0; i < 4; i++) { // four other workers rated it before (through the API)
            assertEquals(201, api.postJson("/api/v1/reviews", "{\"entityType\":\"EMPLOYER\",\"entityId\":" + farm
                    + ",\"overall\":2,\"season\":\"2026\"}").statusCode());
        }
        load("/employers/" + farm, By.id("rate-link"));
        press(By.id("rate-link"), By.id("send-rating"));
        assertTrue(browser.findElement(By.id("rate-title")).getText().contains("Rancho Calificado"));
        press(By.id("send-rating"), By.cssSelector(".error-summary"));
        assertTrue(browser.findElement(By.cssSelector(".error-summary")).getText().contains("del 1 al 5"),
                "a rating without the overall choice is sent back with the reason");
        WebElement four = browser.findElement(By.cssSelector("input[name='overall-choice'][value='4']"));
        four.sendKeys(Keys.SPACE);
        assertTrue(four.isSelected());
        browser.findElement(By.cssSelector("fieldset.aspect input[value='5']")).sendKeys(Keys.SPACE);
        String outcome = press(By.id("send-rating"), By.id("rated-outcome")).getText();
        assertTrue(outcome.contains("Ya cuenta"), outcome);
        press(By.id("back-to-profile"), By.id("rating-overall"));
        assertTrue(browser.findElement(By.id("rating-overall")).getText().contains("(5 trabajadores)"),
                browser.findElement(By.id("rating-overall")).getText());
        assertNull(browser.manage().getCookieNamed("JSESSIONID"), "rating sets no cookie");

        load("/rate?kind=employers&id=" + farm, By.id("send-rating"));
        browser.findElement(By.cssSelector("input[name='overall-choice'][value='1']")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("text")).sendKeys("Nos cobraron la vivienda.");
        assertTrue(press(By.id("send-rating"), By.id("rated-outcome")).getText().contains("Una persona la va a leer"),
                "a comment waits to be read");
    }

    @Test
    void theQuickExitStaysInReachWhileTheLongFormScrolls() {
        open(false);
        load("/report", By.id("submit"));
        WebElement exit = browser.findElement(By.id("quick-exit"));
        assertEquals("sticky", exit.findElement(By.xpath("..")).getCssValue("position"));
        browser.findElement(By.id("submit")).sendKeys(Keys.PAGE_DOWN); // scroll to the form's end
        assertTrue(exit.isDisplayed(), "the quick exit is still on screen at the end of the form");
        assertEquals("off", browser.findElement(By.id("report")).getAttribute("autocomplete"));
    }

    @Test
    void afterTheQuickExitBackDoesNotShowTheStoryWithJavaScriptOffOrOn() {
        for (boolean scripts : new boolean[] {false, true}) {
            open(scripts);
            load("/", By.id("main"));
            load("/report", By.id("submit"));
            browser.findElement(By.id("employerName")).sendKeys("Agrícola San José");
            browser.findElement(By.id("narrative")).sendKeys("El mayordomo me quitó el pasaporte.");
            String form = browser.getCurrentUrl();
            if (scripts) {
                browser.findElement(By.id("quick-exit")).click();
            } else {
                browser.findElement(By.id("quick-exit")).sendKeys(Keys.ENTER);
            }
            org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().startsWith(Deployments.local(base)));
            browser.navigate().back();
            org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().startsWith(Deployments.local(base))
                    && !d.findElements(By.id("main")).isEmpty());
            for (WebElement narrative : browser.findElements(By.id("narrative"))) {
                assertEquals("", narrative.getAttribute("value"), "Back shows an empty form (scripts " + scripts + ")");
            }
            for (WebElement employer : browser.findElements(By.id("employerName"))) {
                assertEquals("", employer.getAttribute("value"));
            }
            assertEquals(List.of(), Browsers.cookiesBesidesTheExitMark(browser), "the exit leaves no cookie behind but its time");
            if (scripts) {
                assertFalse(browser.getCurrentUrl().equals(form), "with scripts, the form left the history");
            }
            Browsers.close(browser);
            browser = null;
        }
    }

    @Test
    void aWorkerLooksUpTheEmployersKnownNameWithJavaScriptOffThenWithItOn() throws Exception {
        seedDirectory();
        open(false);
        load("/report", By.id("submit"));
        browser.findElement(By.id("employerName")).sendKeys("huertos penasco");
        browser.findElement(By.id("narrative")).sendKeys("No hay baños en el campo.");
        assertTrue(browser.findElement(By.id("find-names-hint")).getText().contains("los archivos y la nota de voz que eligió también"),
                "before the step, the page says chosen files are kept through it");
        WebElement choices = press(By.id("find-names"), By.id("name-choices"));
        assertEquals("name-choices", browser.switchTo().activeElement().getAttribute("id"),
                "after the step the page opens at the name choices");
        assertEquals("huertos penasco", browser.findElement(By.id("employerName")).getAttribute("value"),
                "the search step keeps what was typed");
        assertEquals("No hay baños en el campo.", browser.findElement(By.id("narrative")).getAttribute("value"));
        WebElement known = choices.findElements(By.cssSelector("input[name='employerChoice']")).stream()
                .filter(radio -> radio.getAttribute("value").startsWith("Huertos Peñasco")).findFirst()
                .orElseThrow(() -> new AssertionError("no known name offered: " + choices.getText()));
        String chosen = known.getAttribute("value");
        known.sendKeys(Keys.SPACE);
        assertTrue(known.isSelected());
        tick("NO_SANITATION");
        assertTrue(press(By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT));
        HttpResponse<String> cases = new Http(Deployments.local(base)).get(
                "/api/v1/staff/cases?size=100&q=" + java.net.URLEncoder.encode("Peñasco", StandardCharsets.UTF_8),
                "Authorization", "Bearer " + BOOTSTRAP);
        assertEquals(200, cases.statusCode(), cases.body());
        assertTrue(Http.json(cases).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> chosen.equals(c.getString("employerName", null))
                        && c.getJsonArray("categories").toString().contains("NO_SANITATION")),
                "the case carries the chosen known name: " + cases.body());
        browser.quit();

        open(true);
        load("/report", By.id("submit"));
        browser.findElement(By.id("employerName")).sendKeys("huertos del rio");
        org.jornada.testing.Browsers.waiting(browser, Duration.ofSeconds(10)).until(driver -> !driver.findElements(
                By.cssSelector("#employer-names option")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("#employer-names option")).stream()
                .anyMatch(o -> o.getAttribute("value").startsWith("Huertos Peñasco")), "typed names get a list");
        assertTrue(browser.manage().getCookies().isEmpty(), "no cookie from the suggestions either");
    }

    /** A one-row H-2A file with a name no other test uses, imported through the staff API (idempotent). */
    private void seedDirectory() throws Exception {
        byte[] file = Files.readAllBytes(Path.of("src/test/resources/fixtures/worker-form/H-2A_Disclosure_Data_FY2021.csv"));
        Http http = new Http(Deployments.local(base));
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(http.url(
                "/api/v1/staff/imports/H2A_DISCLOSURE?fileName=H-2A_Disclosure_Data_FY2021.csv")))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)), "Authorization", "Bearer " + BOOTSTRAP);
        assertEquals(200, imported.statusCode(), imported.body());
    }

    @Test
    void withJavaScriptAFileOverTenMegabytesIsSaidAtOnceAndNotSent() throws Exception {
        open(true);
        load("/report", By.id("submit"));
        Path big = Files.createTempFile("jornada-grande", ".jpg");
        Files.write(big, new byte[11 * 1024 * 1024]);
        try {
            browser.findElement(By.id("files")).sendKeys(big.toString());
            org.jornada.testing.Browsers.waiting(browser, java.time.Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.cssSelector("#files + p.error")).getText().isEmpty());
            WebElement said = browser.findElement(By.cssSelector("#files + p.error"));
            assertTrue(said.getText().contains(big.getFileName().toString()) && said.getText().contains("pesa más de 10 MB"),
                    said.getText());
            assertEquals("", browser.findElement(By.id("files")).getAttribute("value"),
                    "taken off the field: its megabytes are not sent");
        } finally {
            Files.deleteIfExists(big);
        }
    }

    @Test
    void validationErrorsAppearInSpanishAndKeepWhatWasTyped() throws Exception {
        open(false);
        load("/report", By.id("submit"));
        browser.findElement(By.id("employerName")).sendKeys("Viveros Pérez");
        browser.findElement(By.id("narrative")).sendKeys("No hay agua en el campo.");
        browser.findElement(By.id("files")).sendKeys(photo().toString());

        WebElement summary = press(By.id("submit"), By.cssSelector(".error-summary"));
        assertTrue(summary.getText().contains("Marque al menos un problema"), summary.getText());
        assertTrue(browser.findElement(By.id("categories-error")).getText().contains("Marque al menos un problema"));
        assertEquals("Viveros Pérez", browser.findElement(By.id("employerName")).getAttribute("value"));
        assertEquals("No hay agua en el campo.", browser.findElement(By.id("narrative")).getAttribute("value"));
        assertTrue(browser.findElement(By.id("held-notice")).getText().contains("Guardamos cifrado 1 archivo: se enviará"),
                "the photo is kept for the next sending, not asked for again");
        assertTrue(browser.findElements(By.id("files-dropped")).isEmpty());

        tick("HEAT_WATER_SHADE");
        assertTrue(press(By.id("submit"), By.id("receipt-code")).getText().matches(RECEIPT));
        assertEquals("Recibimos 1 archivo (fotos, documentos o grabaciones).", browser.findElement(By.id("files-received")).getText(),
                "the receipt counts the photo sent with the first try");
    }

    @Test
    void theLanguageSwitchShowsThePageInEnglishWithoutASession() {
        open(false);
        load("/report", By.id("submit"));
        press(By.id("switch-language"), By.cssSelector("html[lang='en']"));
        Browsers.await(browser, By.id("submit"));
        assertEquals("Report a problem", browser.findElement(By.tagName("h1")).getText());
        assertTrue(press(By.id("submit"), By.cssSelector(".error-summary")).getText()
                .contains("Tick at least one problem"), "errors stay in English after the POST");
        assertTrue(browser.manage().getCookies().isEmpty(), "no cookie: " + browser.manage().getCookies());
        load("/about", By.cssSelector("a.lang"));
        press(By.cssSelector("a.lang"), By.cssSelector("html[lang='en']"));
        assertTrue(browser.manage().getCookies().isEmpty(), "no cookie: " + browser.manage().getCookies());
    }

    @Test
    void theFollowUpThreadTakesAnswersAndEvidence() throws Exception {
        open(false);
        String code = fileThroughTheForm("UNPAID_HOURS", "No pagan las horas de espera.", false);

        load("/follow-up", By.id("open-case"));
        browser.findElement(By.id("code")).sendKeys("0000 1111 2222 3333 4444");
        assertTrue(press(By.id("open-case"), By.id("code-error")).getText().contains("No encontramos"));

        browser.findElement(By.id("code")).clear();
        browser.findElement(By.id("code")).sendKeys(code.replace(" ", "-"));
        assertTrue(press(By.id("open-case"), By.id("case-state")).getText().startsWith("Recibido"));
        assertFalse(browser.getPageSource().contains(code), "the code is not echoed into the page");

        browser.findElement(By.id("text")).sendKeys("Tengo los talones de pago.");
        assertEquals("Mensaje enviado.", press(By.id("send"), By.id("notice")).getText());
        assertTrue(browser.findElement(By.id("thread")).getText().contains("Tengo los talones de pago."));

        browser.findElement(By.id("file")).sendKeys(photo().toString());
        assertTrue(press(By.id("upload"), By.id("notice")).getText().length() > 0);
        assertTrue(browser.findElement(By.id("notice")).getText().startsWith("Archivo recibido"),
                browser.findElement(By.id("notice")).getText());
        assertTrue(browser.findElement(By.id("thread")).getText().contains("Tengo los talones de pago."));
    }

    @Test
    void anAuthorityAsksForTheWorkersNameAndTheWorkerSaysNoOnTheFollowUpWithJavaScriptOff() {
        open(false);
        Http api = new Http(Deployments.local(base));
        String employer = "Consent Farm " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String receipt = Http.json(api.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan las horas de espera.\","
                + "\"contact\":{\"channel\":\"PHONE\",\"value\":\"+1 919 555 0166\"},\"consentToContact\":true}"))
                .getString("receipt");
        long id = Http.json(api.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + BOOTSTRAP)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long whd = Http.json(api.get("/api/v1/staff/authorities", "Authorization", "Bearer " + BOOTSTRAP))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(a -> "WHD".equals(a.getString("code"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        HttpResponse<String> asked = api.postJson("/api/v1/staff/cases/" + id + "/consent-requests",
                "{\"authorityId\":" + whd + "}", "Authorization", "Bearer " + BOOTSTRAP);
        assertEquals(201, asked.statusCode(), asked.body());

        load("/follow-up", By.id("open-case"));
        browser.findElement(By.id("code")).sendKeys(receipt);
        String question = press(By.id("open-case"), By.id("questions")).getText();
        assertTrue(question.contains("una forma de comunicarse con usted") && question.contains("sin ninguna forma de comunicarse"), question);
        assertEquals("Gracias. Guardamos su respuesta.",
                press(By.cssSelector("#questions input[data-answer='no']"), By.id("notice")).getText());
        assertTrue(browser.findElements(By.id("questions")).isEmpty(), "answered, the question is gone");
        jakarta.json.JsonObject answer = Http.json(api.get("/api/v1/staff/cases/" + id + "/consent-requests",
                "Authorization", "Bearer " + BOOTSTRAP)).getJsonArray("items").getJsonObject(0);
        assertEquals("NO", answer.getString("answer"));
        assertFalse(answer.isNull("answeredAt"));
    }

    @Test
    void theWorkerTakesBackAYesOnTheFollowUpWithJavaScriptOffAndTheNamedReferralStops() throws Exception {
        open(false);
        Http api = new Http(Deployments.local(base));
        String employer = "Withdraw Farm " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String receipt = Http.json(api.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"No pagan.\",\"contact\":{\"channel\":"
                + "\"WHATSAPP\",\"value\":\"+52 55 5123 0188\"},\"consentToContact\":true}")).getString("receipt");
        long id = Http.json(api.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + BOOTSTRAP)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        for (String move : new String[] {"{\"to\":\"TRIAGED\"}", "{\"to\":\"VERIFYING\"}",
                "{\"to\":\"VERIFIED\",\"reason\":\"Checked\"}"}) {
            assertEquals(200, api.postJson("/api/v1/staff/cases/" + id + "/transitions", move, "Authorization",
                    "Bearer " + BOOTSTRAP).statusCode());
        }
        long whd = Http.json(api.get("/api/v1/staff/authorities", "Authorization", "Bearer " + BOOTSTRAP))
                .getJsonArray("items").getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(a -> "WHD".equals(a.getString("code"))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        long question = Http.json(api.postJson("/api/v1/staff/cases/" + id + "/consent-requests",
                "{\"authorityId\":" + whd + "}", "Authorization", "Bearer " + BOOTSTRAP)).getJsonNumber("id").longValue();
        assertEquals(200, api.postJson("/api/v1/followup/consent", "{\"receipt\":\"" + receipt + "\",\"requestId\":"
                + question + ",\"allow\":true}").statusCode());
        long referral = Http.json(api.postJson("/api/v1/staff/cases/" + id + "/referrals", "{\"authorityId\":" + whd
                + ",\"identity\":\"NAMED\"}", "Authorization", "Bearer " + BOOTSTRAP)).getJsonNumber("id").longValue();
        assertEquals(200, api.postJson("/api/v1/staff/referrals/" + referral + "/submit", "", "Authorization",
                "Bearer " + BOOTSTRAP).statusCode());

        load("/follow-up", By.id("open-case"));
        browser.findElement(By.id("code")).sendKeys(receipt);
        String given = press(By.id("open-case"), By.id("given")).getText();
        assertTrue(given.contains("Usted dijo que sí el") && given.contains("puede recibir cómo comunicarse con usted"), given);
        Browsers.screenshot(browser, "worker-consent-given-360");
        String notice = press(By.cssSelector("#given input[data-withdraw]"), By.id("notice")).getText();
        assertTrue(notice.startsWith("Listo. No daremos a esa oficina"), notice);
        assertTrue(browser.findElements(By.id("given")).isEmpty(), "nothing left to take back");
        String news = browser.findElement(By.id("case-news")).getText();
        assertTrue(news.contains("Usted dijo que no el") && news.contains("no daremos a"), news);
        Browsers.screenshot(browser, "worker-consent-withdrawn-360");

        jakarta.json.JsonObject stopped = Http.json(api.get("/api/v1/staff/referrals/" + referral, "Authorization",
                "Bearer " + BOOTSTRAP));
        assertEquals("DRAFT", stopped.getString("state"), "the named referral waiting for approval stopped");
        assertTrue(stopped.getJsonArray("events").toString().contains("\"by\":0"), "by the worker: " + stopped);
        assertEquals(404, api.postJson("/api/v1/followup/consent/withdraw", "{\"receipt\":\"" + receipt
                + "\",\"authorityId\":" + whd + "}").statusCode(), "no yes left to take back");
    }

    @Test
    void theWorkerDeletesTheirContactThenTheWholeReportFromTheFollowUpWithJavaScriptOff() {
        open(false);
        Http api = new Http(Deployments.local(base));
        String employer = "Erase Farm " + java.util.UUID.randomUUID().toString().substring(0, 8);
        String receipt = Http.json(api.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"Nos deben tres semanas.\","
                + "\"contact\":{\"channel\":\"PHONE\",\"value\":\"+1 229 555 0199\"},\"consentToContact\":true}"))
                .getString("receipt");
        long id = Http.json(api.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + BOOTSTRAP)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        load("/follow-up", By.id("open-case"));
        browser.findElement(By.id("code")).sendKeys(receipt);
        press(By.id("open-case"), By.id("erase"));
        assertTrue(press(By.id("erase-contact"), By.id("understood-error")).getText().contains("Marque la casilla"),
                "nothing is deleted without the box ticked");
        jakarta.json.JsonObject before = Http.json(api.get("/api/v1/staff/cases/" + id, "Authorization",
                "Bearer " + BOOTSTRAP));
        assertTrue(before.containsKey("contact") && !before.isNull("contact"), "the contact is still there: " + before);
        browser.findElement(By.id("understood")).sendKeys(Keys.SPACE);
        assertTrue(press(By.id("erase-contact"), By.id("notice")).getText().startsWith("Sus datos de contacto se borraron"));
        assertTrue(browser.findElements(By.id("erase-contact")).isEmpty(), "no contact left to delete");
        jakarta.json.JsonObject afterContact = Http.json(api.get("/api/v1/staff/cases/" + id, "Authorization",
                "Bearer " + BOOTSTRAP));
        assertTrue(!afterContact.containsKey("contact") || afterContact.isNull("contact"), afterContact.toString());
        assertEquals("Nos deben tres semanas.", afterContact.getString("narrative"), "the report stays");

        browser.findElement(By.id("understood")).sendKeys(Keys.SPACE);
        assertTrue(press(By.id("erase-case"), By.id("notice")).getText().startsWith("Su reporte se borró"));
        assertTrue(browser.findElements(By.id("case-state")).isEmpty(), "the case is closed on the page");
        assertEquals(404, api.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}").statusCode(),
                "the receipt opens nothing any more");
        jakarta.json.JsonObject anonymised = Http.json(api.get("/api/v1/staff/cases/" + id, "Authorization",
                "Bearer " + BOOTSTRAP));
        assertEquals("", anonymised.getString("narrative"), anonymised.toString());
        assertTrue(!anonymised.containsKey("employerName") || anonymised.isNull("employerName"), anonymised.toString());
        assertEquals("UNPAID_HOURS", anonymised.getJsonArray("categories").getString(0), "the counts keep what they need");
    }

    @Test
    void workerPagesHaveNoAccessibilityViolations() throws Exception {
        open(true);
        load("/", By.id("main"));
        assertNoViolations("/");
        load("/report", By.id("submit"));
        assertNoViolations("/report");
        press(By.id("submit"), By.cssSelector(".error-summary"));
        assertNoViolations("/report with errors");
        fileThroughTheForm("DOCUMENTS_TAKEN", "Guardan mi pasaporte.", false);
        assertNoViolations("receipt");
        load("/follow-up", By.id("open-case"));
        assertNoViolations("/follow-up");
        load("/about", By.id("lost-code"));
        assertNoViolations("/about");
        long farm = org.jornada.testing.DirectoryFixtures.newEmployer(new Http(Deployments.local(base)), BOOTSTRAP,
                "Rancho Accesible");
        load("/employers/" + farm, By.id("rate-link"));
        assertNoViolations("/employers/{id}");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
        Object width = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        java.util.List<?> widths = (java.util.List<?>) width;
        assertTrue(((Number) widths.get(0)).longValue() <= ((Number) widths.get(1)).longValue(),
                "the profile scrolls sideways on a phone: " + widths);
        load("/rate?kind=employers&id=" + farm, By.id("send-rating"));
        assertNoViolations("/rate");
        press(By.id("send-rating"), By.cssSelector(".error-summary"));
        assertNoViolations("/rate with errors");
    }

    private void assertNoViolations(String page) {
        Results results = new AxeBuilder().analyze(browser);
        List<Rule> violations = results.getViolations();
        assertTrue(violations.isEmpty(), page + ": " + violations.stream()
                .map(v -> v.getId() + " " + v.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("; ")));
    }
}
