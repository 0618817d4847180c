package org.jornada.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Counts wrong receipt codes per client, in memory only. A client is known by an HMAC of its
 * network address under a random salt that lives only in this process's memory: the address
 * itself is never kept, logged or stored. {@value #MAX_FAILURES} wrong codes per hour are
 * allowed, then the client waits until the hour since its first failure has passed.
 */
@ApplicationScoped
public class AttemptLimiter {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 200_000;

    private final SecretKeySpec salt;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();

    private static final class Window {
        final Instant start;
        int failures;

        Window(Instant start) {
            this.start = start;
        }
    }

    public AttemptLimiter() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        salt = new SecretKeySpec(random, "HmacSHA256");
    }

    AttemptLimiter(Clock clock) {
        this();
        this.clock = clock;
    }

    /** The in-memory key for a client address; the address goes no further than this call. */
    public String clientKey(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(salt);
            byte[] digest = mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How long the client must wait before trying again; zero when it may try now. */
    public Duration waitFor(String clientKey) {
        Window window = windows.get(clientKey);
        if (window == null) {
            return Duration.ZERO;
        }
        Instant now = Instant.now(clock);
        Instant end = window.start.plus(WINDOW);
        if (!now.isBefore(end)) {
            windows.remove(clientKey, window);
            return Duration.ZERO;
        }
        synchronized (window) {
            return window.failures >= MAX_FAILURES ? Duration.between(now, end) : Duration.ZERO;
        }
    }

    public boolean isBlocked(String clientKey) {
        return !waitFor(clientKey).isZero();
    }

    public void recordFailure(String clientKey) {
        Instant now = Instant.now(clock);
        if (windows.size() > MAX_TRACKED) {
            windows.values().removeIf(w -> !w.start.plus(WINDOW).isAfter(now));
        }
        Window window = windows.compute(clientKey,
                (key, old) -> old == null || !old.start.plus(WINDOW).isAfter(now) ? new Window(now) : old);
        synchronized (window) {
            window.failures++;
        }
    }
}
