package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitRulesTest {

    /** Time the test moves. */
    private static final class Moving implements TimeMeter {
        long nanos = 1_000_000_000L;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }

        void advance(Duration d) {
            nanos += d.toNanos();
        }
    }

    private static LocalBuckets buckets(Moving time) {
        Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
        Map<Limit, Limit.Rule> rules = new EnumMap<>(Limit.class);
        for (Limit limit : Limit.values()) {
            Limit.Rule rule = limit.rule(Optional.empty());
            rules.put(limit, rule);
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(l -> l.capacity(rule.capacity()).refillGreedy(rule.capacity(), rule.period())).build());
        }
        return new LocalBuckets(configurations, rules, time);
    }

    @Test
    void tenWrongReceiptCodesAnHourThenOneEverySixMinutesNeverAnHourLongLock() {
        Moving time = new Moving();
        LocalBuckets buckets = buckets(time);
        for (int i = 0; i < 10; i++) {
            assertTrue(buckets.bucket(Limit.RECEIPT_MISSES, "farm-wifi").tryConsume(1), "miss " + (i + 1));
        }
        var probe = buckets.bucket(Limit.RECEIPT_MISSES, "farm-wifi").tryConsumeAndReturnRemaining(1);
        assertFalse(probe.isConsumed());
        assertEquals(Duration.ofMinutes(6), Duration.ofNanos(probe.getNanosToWaitForRefill()),
                "the next try waits for one token (an hour / 10), not for the hour");
        assertTrue(buckets.bucket(Limit.RECEIPT_MISSES, "another-client").tryConsume(1), "other clients unaffected");
        time.advance(Duration.ofMinutes(6));
        assertTrue(buckets.bucket(Limit.RECEIPT_MISSES, "farm-wifi").tryConsume(1));
    }

    @Test
    void aBurstOfComplaintsFromOneClientSpendsFiveThenTheRestAreHeld() {
        Moving time = new Moving();
        LocalBuckets buckets = buckets(time);
        int free = 0;
        for (int i = 0; i < 300; i++) {
            if (buckets.bucket(Limit.COMPLAINT_BURST, "flooder").tryConsume(1)) {
                free++;
            }
        }
        assertEquals(5, free, "five complaints reach the queue, 295 are held apart");
    }

    @Test
    void limitsAreConfiguredAsCountPerSecondsAndBadValuesKeepTheDefault() {
        assertEquals(new Limit.Rule(3, Duration.ofSeconds(60)), Limit.RECEIPT_MISSES.rule(Optional.of("3/60")));
        assertEquals(new Limit.Rule(10, Duration.ofHours(1)), Limit.RECEIPT_MISSES.rule(Optional.of("lots")));
        assertEquals(new Limit.Rule(10, Duration.ofHours(1)), Limit.RECEIPT_MISSES.rule(Optional.of("0/60")));
        assertEquals("JORNADA_LIMIT_SIGN_IN_FAILURES", Limit.SIGN_IN_FAILURES.setting());
        assertTrue(Limit.isValid("100000000/1"));
        assertFalse(Limit.isValid("1000000000/1"), "ten digits: the default applies (and the log says so)");
        assertFalse(Limit.isValid("5/0"));
    }
}
