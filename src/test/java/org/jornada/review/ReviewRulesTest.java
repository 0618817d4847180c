package org.jornada.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jornada.review.control.ReviewRateLimit;
import org.jornada.review.control.TextFlags;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void aClientMaySendFiveReviewsAnHourThenWaits() {
        Moving clock = new Moving();
        ReviewRateLimit limit = new ReviewRateLimit(clock, ReviewRateLimit.PER_HOUR);
        for (int i = 0; i < ReviewRateLimit.PER_HOUR; i++) {
            assertEquals(Duration.ZERO, limit.take("client-a"));
            clock.now = clock.now.plusSeconds(60);
        }
        Duration wait = limit.take("client-a");
        assertEquals(Duration.ofMinutes(55), wait, "until the first of the five is an hour old");
        assertEquals(Duration.ZERO, limit.take("client-b"), "another client is not affected");
        clock.now = clock.now.plus(wait);
        assertEquals(Duration.ZERO, limit.take("client-a"));
    }

    @Test
    void phoneNumbersEmailsAndNamesAreFlaggedForTheModerator() {
        List<TextFlags.Flag> flags = TextFlags.of("El mayordomo Juan Pérez nos quitó el pasaporte. Llamen al "
                + "+1 (912) 555-0100 o escriban a primo.lopez@example.com");
        assertTrue(flags.contains(new TextFlags.Flag(TextFlags.Kind.NAME, "Juan Pérez")), flags.toString());
        assertTrue(flags.contains(new TextFlags.Flag(TextFlags.Kind.PHONE, "+1 (912) 555-0100")), flags.toString());
        assertTrue(flags.contains(new TextFlags.Flag(TextFlags.Kind.EMAIL, "primo.lopez@example.com")), flags.toString());
        assertTrue(TextFlags.of("Pagaban bien y a tiempo, la vivienda era limpia.").isEmpty());
    }
}
