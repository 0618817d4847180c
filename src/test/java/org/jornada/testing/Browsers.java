package org.jornada.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian chromium emulating a 360x740 Android phone (the cheap phones workers carry), driven through Debian's chromedriver (never
 * a downloaded one). {@code CHROME_BIN} and {@code CHROMEDRIVER} override the paths.
 */
public final class Browsers {

    private Browsers() {
    }

    /**
     * A phone, scripts on or off: an idle one of the class's ({@link BrowserPool}) or a new one;
     * give it back with {@link #close}.
     */
    public static WebDriver phone(boolean javascript) {
        return BrowserPool.take("phone-" + javascript, () -> newPhone(javascript));
    }

    /**
     * A phone with scripts on whose microphone plays {@code wav} (chromium's fake capture device,
     * its permission prompt answered yes): for recording a voice note in the page (issue #29).
     */
    public static WebDriver phoneWithMicrophone(java.nio.file.Path wav) {
        return BrowserPool.take("phone-mic-" + wav, () -> newPhone(true, "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream", "--use-file-for-fake-audio-capture=" + wav.toAbsolutePath()));
    }

    private static WebDriver newPhone(boolean javascript, String... more) {
        String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        if (!javascript) {
            // chromedriver cannot tell when a page has loaded while page scripts are off; tests
            // wait for the element they expect instead (Browsers.await).
            options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.NONE);
        }
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--lang=es", "--user-data-dir=" + Files.createTempDirectory("jornada-chrome"));
            options.addArguments(more);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> metrics = Map.of("width", 360, "height", 740, "pixelRatio", 2.0);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", metrics));
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("intl.accept_languages", "es");
        options.setExperimentalOption("prefs", prefs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        if (!javascript) {
            scripts(chrome, false);
            SCRIPTS_OFF.add(chrome);
        }
        return chrome;
    }

    /** The browsers made with page scripts off, for the checks that must run a script of their own. */
    private static final java.util.Set<WebDriver> SCRIPTS_OFF =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    /**
     * Page scripts off (or on again) through chromium's own switch, the one its developer tools'
     * "Disable JavaScript" uses: pages keep their no-script markup and behaviour across
     * navigations, while the test can still switch scripts on for a moment to run a check (axe)
     * on the page as it was built without them. (The content-setting preference used before
     * also stopped axe-core, which then waited out the 30-second script timeout on every page and
     * found nothing.)
     */
    static void scripts(WebDriver browser, boolean on) {
        ((org.openqa.selenium.chromium.ChromiumDriver) browser).executeCdpCommand(
                "Emulation.setScriptExecutionDisabled", Map.of("value", !on));
    }

    /** Whether this browser was made with page scripts off ({@link #phone(boolean)}). */
    static boolean scriptsOff(WebDriver browser) {
        return SCRIPTS_OFF.contains(browser);
    }

    /** Headless chromium at 1280x900 in English, as an advocate's laptop, scripts on. */
    public static WebDriver desktop() {
        return desktop(1280, 900);
    }

    /** Headless chromium at the given window size in English, scripts on (the advocate's walk: 1366x768). */
    public static WebDriver desktop(int width, int height) {
        return desktop(width, height, "en");
    }

    /** Headless chromium at the given window size whose reader asks for {@code language}, scripts on. */
    public static WebDriver desktop(int width, int height, String language) {
        return BrowserPool.take("desktop-" + width + "x" + height + "-" + language, () -> newDesktop(width, height, language));
    }

    private static WebDriver newDesktop(int width, int height, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
        try {
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--lang=" + language, "--window-size=" + width + "," + height,
                    "--user-data-dir=" + Files.createTempDirectory("jornada-chrome"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return chrome;
    }

    /**
     * A wait that reads again while a page is being replaced: chromedriver says so as a stale
     * element or, since chromium 156, as "Node with given id does not belong to the document" (a
     * plain WebDriverException). A condition not met in time still fails with a timeout.
     */
    public static org.openqa.selenium.support.ui.FluentWait<WebDriver> waiting(WebDriver browser, Duration timeout) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, timeout)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /** Waits up to 30 seconds for an element, for pages loaded with page scripts off. */
    public static org.openqa.selenium.WebElement await(WebDriver browser, org.openqa.selenium.By by) {
        return waiting(browser, Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * Presses a button or link as a keyboard user does with scripts off (Enter) or clicks it with
     * scripts on, waits for the old page to go, then for what must appear.
     */
    public static org.openqa.selenium.WebElement press(WebDriver browser, boolean javascript,
            org.openqa.selenium.By control, org.openqa.selenium.By expected) {
        org.openqa.selenium.WebElement element = browser.findElement(control);
        org.openqa.selenium.WebElement page = browser.findElement(org.openqa.selenium.By.tagName("html"));
        if (javascript) {
            element.click();
        } else {
            element.sendKeys(org.openqa.selenium.Keys.ENTER);
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // the old page is gone (stale, or no longer in the document)
            }
        });
        return await(browser, expected);
    }

    /**
     * Saves the whole page as {@code target/walk/NAME.png} (at the page's full height), so that anyone
     * can look at what a browser test saw after a run.
     */
    public static void screenshot(WebDriver browser, String name) {
        try {
            java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "walk"));
            byte[] png;
            if (browser instanceof org.openqa.selenium.chromium.ChromiumDriver chromium) {
                java.util.Map<String, Object> metrics = chromium.executeCdpCommand("Page.getLayoutMetrics", java.util.Map.of());
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> size = (java.util.Map<String, Object>) metrics.get("cssContentSize");
                java.util.Map<String, Object> shot = chromium.executeCdpCommand("Page.captureScreenshot", java.util.Map.of(
                        "captureBeyondViewport", true, "clip", java.util.Map.of("x", 0, "y", 0,
                                "width", ((Number) size.get("width")).doubleValue(),
                                "height", ((Number) size.get("height")).doubleValue(), "scale", 1)));
                png = java.util.Base64.getDecoder().decode((String) shot.get("data"));
            } else {
                png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            }
            java.nio.file.Files.write(folder.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Gives the browser back to its class's pool reset as new, or quits it (and ends its
     * processes) when it cannot be reset ({@link BrowserPool}).
     */
    /**
     * The site's cookies but the quick exit's time mark ({@code jornada-exited}, milliseconds only, which
     * closes the forms opened before the exit): what a phone keeps beyond it, as "name=value".
     */
    public static java.util.List<String> cookiesBesidesTheExitMark(WebDriver browser) {
        return browser.manage().getCookies().stream()
                .filter(c -> !(c.getName().equals("jornada-exited") && c.getValue().matches("\\d{1,15}")))
                .map(c -> c.getName() + "=" + c.getValue()).toList();
    }

    public static void close(WebDriver browser) {
        if (browser != null) {
            BrowserPool.giveBack(browser);
        }
    }
}
