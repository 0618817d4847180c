package org.jornada.review.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many reviews one client may send: {@value #PER_HOUR} an hour by default
 * ({@code JORNADA_REVIEWS_PER_HOUR}), counted in memory only, by the in-memory client key (an
 * HMAC of the address under a salt that never leaves memory).
 */
@ApplicationScoped
public class ReviewRateLimit {

    public static final int PER_HOUR = 5;
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final int MAX_TRACKED = 100_000;

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();
    private Clock clock = Clock.systemUTC();
    private final int perHour;

    public ReviewRateLimit() {
        this.perHour = org.jornada.platform.control.DataDirectory.setting("JORNADA_REVIEWS_PER_HOUR",
                "jornada.reviews.per.hour").filter(v -> v.strip().matches("\\d{1,6}")).map(v -> Integer.parseInt(v.strip()))
                .filter(v -> v > 0).orElse(PER_HOUR);
    }

    public ReviewRateLimit(Clock clock, int perHour) {
        this.clock = clock;
        this.perHour = perHour;
    }

    /** Takes one review for the client; answers how long to wait instead when over the limit. */
    public Duration take(String clientKey) {
        Instant now = Instant.now(clock);
        if (sent.size() > MAX_TRACKED) {
            sent.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(WINDOW)));
        }
        Deque<Instant> times = sent.computeIfAbsent(clientKey, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                return Duration.between(now, times.peekFirst().plus(WINDOW));
            }
            times.addLast(now);
            return Duration.ZERO;
        }
    }
}
