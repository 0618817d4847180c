package org.jornada.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jornada.platform.control.AttemptLimiter;
import org.junit.jupiter.api.Test;

class AttemptLimiterTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void allowsTenWrongCodesAnHourThenAsksToWait() throws Exception {
        MovableClock clock = new MovableClock();
        AttemptLimiter limiter = newLimiter(clock);
        String client = limiter.clientKey("203.0.113.7");
        for (int i = 0; i < AttemptLimiter.MAX_FAILURES; i++) {
            assertFalse(limiter.isBlocked(client), "try " + (i + 1) + " must be allowed");
            limiter.recordFailure(client);
        }
        assertTrue(limiter.isBlocked(client));
        assertEquals(Duration.ofHours(1), limiter.waitFor(client));
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertTrue(limiter.isBlocked(client));
        clock.now = clock.now.plus(Duration.ofMinutes(1));
        assertFalse(limiter.isBlocked(client));
    }

    @Test
    void countsEachClientApartAndNeverKeepsTheAddress() throws Exception {
        AttemptLimiter limiter = newLimiter(new MovableClock());
        String a = limiter.clientKey("203.0.113.7");
        String b = limiter.clientKey("198.51.100.2");
        assertNotEquals(a, b);
        assertFalse(a.contains("203"));
        assertEquals(a, limiter.clientKey("203.0.113.7"));
        for (int i = 0; i < AttemptLimiter.MAX_FAILURES; i++) {
            limiter.recordFailure(a);
        }
        assertTrue(limiter.isBlocked(a));
        assertFalse(limiter.isBlocked(b));
        assertNotEquals(a, new AttemptLimiter().clientKey("203.0.113.7"), "the salt lives in memory only");
    }

    private static AttemptLimiter newLimiter(Clock clock) throws Exception {
        var constructor = AttemptLimiter.class.getDeclaredConstructor(Clock.class);
        constructor.setAccessible(true);
        return constructor.newInstance(clock);
    }
}
