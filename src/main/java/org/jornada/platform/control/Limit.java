package org.jornada.platform.control;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The rate limits of the portal, each a token bucket of {@code capacity} tokens refilled evenly
 * over {@code period}: a client may spend the whole capacity at once, then one token every
 * {@code period / capacity}. Every limit can be set with {@code JORNADA_LIMIT_<NAME>=count/seconds}
 * (e.g. {@code JORNADA_LIMIT_RECEIPT_MISSES=10/3600}); the numbers and why are in docs/security.md.
 */
public enum Limit {
    /** Wrong receipt codes per client: a right code always opens its case, whatever this says. */
    RECEIPT_MISSES(10, Duration.ofHours(1)),
    /** Complaints per client before the next ones are held apart for a supervisor (a burst). */
    COMPLAINT_BURST(5, Duration.ofMinutes(30)),
    /** Complaints per client at all: past this the client is asked to wait (nothing is lost). */
    COMPLAINT_CEILING(1000, Duration.ofHours(1)),
    /** Reviews per client. */
    REVIEWS(5, Duration.ofHours(1)),
    /** Reviews of one directory entry per client that count at once; the next ones wait for a moderator. */
    REVIEWS_PER_ENTRY(1, Duration.ofDays(30)),
    /** Failed staff sign-ins per client address and username; other usernames are not touched. */
    SIGN_IN_FAILURES(5, Duration.ofMinutes(15));

    private final int defaultCapacity;
    private final Duration defaultPeriod;

    Limit(int capacity, Duration period) {
        this.defaultCapacity = capacity;
        this.defaultPeriod = period;
    }

    /** The setting's name: {@code JORNADA_LIMIT_RECEIPT_MISSES}. */
    public String setting() {
        return "JORNADA_LIMIT_" + name();
    }

    /** Whether a configured value reads as {@code count/seconds}, both positive (at most 9 digits each). */
    public static boolean isValid(String configured) {
        return configured != null && configured.strip().matches("0*[1-9]\\d{0,8}/0*[1-9]\\d{0,8}");
    }

    /** Capacity and period, from {@code count/seconds} when given and valid, else the defaults. */
    public Rule rule(Optional<String> configured) {
        return configured.map(String::strip).filter(v -> v.matches("\\d{1,9}/\\d{1,9}")).map(v -> {
            String[] parts = v.split("/");
            return new Rule(Integer.parseInt(parts[0]), Duration.ofSeconds(Long.parseLong(parts[1])));
        }).filter(r -> r.capacity() > 0 && !r.period().isZero()).orElse(new Rule(defaultCapacity, defaultPeriod));
    }

    /** A limit's numbers. */
    public record Rule(int capacity, Duration period) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d per %s", capacity, period);
        }
    }
}
