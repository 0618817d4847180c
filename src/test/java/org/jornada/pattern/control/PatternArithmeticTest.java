package org.jornada.pattern.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PatternArithmeticTest {

    @Test
    void theRateIsComplaintsPer100CertifiedWorkersComputedByHand() {
        // 12 complaints against an employer certified for 480 workers: 12 × 100 / 480 = 2.5
        assertEquals(new BigDecimal("2.5"), Rates.per100(12L, 480L));
        // 7 / 45 × 100 = 15.555… → 15.6
        assertEquals(new BigDecimal("15.6"), Rates.per100(7L, 45L));
        assertNull(Rates.per100(3L, 19L), "too few certified workers for a rate");
        assertNull(Rates.per100(null, 500L), "a hidden count gives no rate (it would give the count back)");
        assertNull(Rates.per100(5L, null), "no certification data: no rate");
    }

    @Test
    void countsUnderTheMinimumAreHiddenAndZerosAreShown() {
        assertTrue(Suppression.hides(4, 5));
        assertFalse(Suppression.hides(5, 5));
        assertFalse(Suppression.hides(0, 5), "nobody stands behind a zero");
        assertEquals(3, Suppression.minimum(1), "never below 3, whatever the setting");
        assertEquals(5, Suppression.minimum(5));
    }

    // Issue 23: complementary suppression (a second hidden cell beside a lone one) protected one
    // table only; two views with different filters gave a hidden count back by subtraction. It is
    // replaced by rounding every shown count to a multiple of the minimum; its tests went with it.
    @Test
    void everyShownCountIsTheNearestMultipleOfTheMinimumAndTheSameCountAlwaysReadsTheSame() {
        assertNull(Suppression.shown(1, 5));
        assertNull(Suppression.shown(4, 5));
        assertEquals(0L, Suppression.shown(0, 5), "a zero is shown as it is");
        assertEquals(5L, Suppression.shown(5, 5));
        assertEquals(5L, Suppression.shown(7, 5));
        assertEquals(10L, Suppression.shown(8, 5), "7.5 and up round to 10");
        assertEquals(10L, Suppression.shown(12, 5));
        assertEquals(15L, Suppression.shown(13, 5));
        assertEquals(1_000_000L, Suppression.shown(999_998, 5));
        assertEquals(6L, Suppression.shown(8, 6), "with the minimum 6: 6 to 8 read 6");
        assertEquals(12L, Suppression.shown(9, 6), "a half rounds up");
        assertEquals(0L, Suppression.shownOrZero(3, 5), "a hidden count sorts and alerts as 0");
        assertArrayEquals(new Object[] {5, 7, 8, 10, 4}, Suppression.ruleArguments(5), "what the pages say");
        for (long count = 5; count < 500; count++) {
            assertEquals(0, Suppression.shown(count, 5) % 5);
            assertTrue(Suppression.shown(count, 5) >= 5, "a shown count is never below the minimum");
            assertTrue(Math.abs(Suppression.shown(count, 5) - count) <= 2, "at most half the base away");
        }
    }

    @Test
    void theRateIsComputedFromTheShownCount() {
        // 8 complaints shown as 10, 50 workers certified: 10 × 100 / 50 = 20.0, not 16.0
        assertEquals(new BigDecimal("20.0"), Rates.per100(Suppression.shown(8, 5), 50L));
    }

    @Test
    void aBurstWellAboveAnEntitysOwnUsualRateRaisesAnAlertAndNoiseDoesNot() {
        // a made-up history: 24 complaints in the 360 days before → 2 per 30 days
        double usual = Alerts.usualPer30Days(24, 360);
        assertEquals(2.0, usual, 1e-9);
        // P(X ≥ 9 | 2) ≈ 0.00024: well above
        assertTrue(Alerts.upperTail(9, 2.0) < 0.001);
        assertTrue(Alerts.wellAbove(9, usual, 5));
        // P(X ≥ 5 | 2) ≈ 0.053: ordinary variation, no alert
        assertEquals(0.0527, Alerts.upperTail(5, 2.0), 0.0005);
        assertFalse(Alerts.wellAbove(5, usual, 5));
        // a new entity with no history: the usual rate is taken as 0.5; 3 complaints are below the minimum, no alert
        assertFalse(Alerts.wellAbove(3, Alerts.usualPer30Days(0, 360), 5), "an alert never implies a hidden count");
        assertTrue(Alerts.wellAbove(5, Alerts.usualPer30Days(0, 360), 5));
        assertEquals(1.0, Alerts.upperTail(0, 3.0), 1e-12);
    }
}
