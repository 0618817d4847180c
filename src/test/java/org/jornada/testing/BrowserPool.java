package org.jornada.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;

/**
 * One browser per test class, not one per test (issue #26: starting chromium cost about fifty
 * launches a run). {@link Browsers#phone} and {@link Browsers#desktop} take an idle browser of
 * the same kind when there is one; {@link Browsers#close} gives it back reset as if new (no
 * cookie, no stored data, no cache, one tab at {@code about:blank}, its first window size), or
 * quits it when the reset fails. A class with {@code @ExtendWith(BrowserPool.PerClass.class)}
 * quits the idle ones after its last test; whatever is left is quit when the JVM ends.
 */
public final class BrowserPool {

    private record Pooled(String kind, Dimension size, Optional<ProcessHandle> driver) {
    }

    private static final Map<String, Deque<WebDriver>> IDLE = new HashMap<>();
    private static final Map<WebDriver, Pooled> MADE = new IdentityHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(BrowserPool::quitIdle, "browser-pool-end"));
    }

    private BrowserPool() {
    }

    /** Quits the idle browsers after a test class's last test. */
    public static final class PerClass implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) {
            quitIdle();
        }
    }

    /** An idle browser of this kind, or a new one made and remembered with its chromedriver process. */
    static WebDriver take(String kind, Supplier<WebDriver> make) {
        synchronized (BrowserPool.class) {
            Deque<WebDriver> idle = IDLE.get(kind);
            if (idle != null && !idle.isEmpty()) {
                return idle.pop();
            }
            Set<ProcessHandle> before = drivers();
            WebDriver browser = make.get();
            Optional<ProcessHandle> driver = drivers().stream().filter(p -> !before.contains(p)).findFirst();
            MADE.put(browser, new Pooled(kind, browser.manage().window().getSize(), driver));
            return browser;
        }
    }

    /** Gives the browser back reset, or quits it (and its processes) when it cannot be reset. */
    static void giveBack(WebDriver browser) {
        Pooled pooled;
        synchronized (BrowserPool.class) {
            pooled = MADE.get(browser);
        }
        if (pooled != null && within(Duration.ofSeconds(15), () -> reset(browser, pooled.size()))) {
            synchronized (BrowserPool.class) {
                IDLE.computeIfAbsent(pooled.kind(), k -> new ArrayDeque<>()).push(browser);
            }
            return;
        }
        quit(browser);
    }

    /** Quits every idle browser. */
    public static void quitIdle() {
        List<WebDriver> idle;
        synchronized (BrowserPool.class) {
            idle = IDLE.values().stream().flatMap(Deque::stream).collect(Collectors.toList());
            IDLE.clear();
        }
        idle.forEach(BrowserPool::quit);
    }

    private static void reset(WebDriver browser, Dimension size) {
        List<String> tabs = new ArrayList<>(browser.getWindowHandles());
        for (String tab : tabs.subList(1, tabs.size())) {
            browser.switchTo().window(tab).close();
        }
        browser.switchTo().window(tabs.get(0));
        String address = browser.getCurrentUrl();
        ChromiumDriver chromium = (ChromiumDriver) browser;
        chromium.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        chromium.executeCdpCommand("Network.clearBrowserCache", Map.of());
        if (address.startsWith("http")) {
            java.net.URI uri = java.net.URI.create(address);
            chromium.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin",
                    uri.getScheme() + "://" + uri.getAuthority(), "storageTypes", "all"));
        }
        browser.get("about:blank");
        if (!browser.manage().window().getSize().equals(size)) {
            browser.manage().window().setSize(size);
        }
    }

    /**
     * Quits the browser; if chromedriver or chromium do not end within 20 seconds (seen after some
     * form posts), ends this browser's processes: a hung browser must never hang the build.
     */
    private static void quit(WebDriver browser) {
        Pooled pooled;
        synchronized (BrowserPool.class) {
            pooled = MADE.remove(browser);
        }
        within(Duration.ofSeconds(20), browser::quit);
        if (pooled != null) {
            pooled.driver().ifPresent(driver -> {
                driver.descendants().forEach(ProcessHandle::destroyForcibly);
                driver.destroyForcibly();
            });
        }
    }

    private static boolean within(Duration limit, Runnable work) {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        try {
            worker.submit(work).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return false;
        } finally {
            worker.shutdownNow();
        }
    }

    private static Set<ProcessHandle> drivers() {
        return ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.contains("chromedriver")).orElse(false))
                .collect(Collectors.toSet());
    }
}
