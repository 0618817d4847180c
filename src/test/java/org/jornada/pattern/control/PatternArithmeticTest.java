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

    @Test
    void aLoneHiddenCellIsJoinedByTheSmallestOtherSoThatSubtractionGivesNothingBack() {
        // total 30 shown; WAGES 20, HOUSING 3, COERCION 7: hiding only HOUSING, 30 − 20 − 7 = 3 gives it back
        boolean[] hidden = Suppression.row(new long[] {20, 3, 7}, true, 5);
        assertArrayEquals(new boolean[] {false, true, true}, hidden, "COERCION (7, the smallest other) hidden too");
        // two cells already hidden: nothing to add
        assertArrayEquals(new boolean[] {false, true, true}, Suppression.row(new long[] {20, 3, 2}, true, 5));
        // no total shown: no subtraction to fear
        assertArrayEquals(new boolean[] {false, true, false}, Suppression.row(new long[] {20, 3, 7}, false, 5));
        // a lone hidden cell among zeros: a zero is hidden with it
        boolean[] amongZeros = Suppression.row(new long[] {0, 4, 0}, true, 5);
        assertEquals(2, Suppression.hiddenCount(amongZeros));
        assertTrue(amongZeros[1]);
        // what an attacker can compute from what is shown is never the hidden value alone
        long[] cells = {11, 2, 9, 0, 6};
        boolean[] h = Suppression.row(cells, true, 5);
        long total = 28;
        long shown = 0;
        for (int i = 0; i < cells.length; i++) {
            shown += h[i] ? 0 : cells[i];
        }
        assertTrue(Suppression.hiddenCount(h) >= 2, "at least two unknowns share the " + (total - shown) + " left");
    }

    @Test
    void inATableWhoseRowAndColumnTotalsCanBeKnownNoHiddenCellIsAloneInItsRowOrColumn() {
        long[][] cells = {
            {20, 3, 7},
            {12, 9, 6},
            {30, 8, 0},
        };
        boolean[][] hidden = Suppression.table(cells, true, true, 5);
        for (int r = 0; r < 3; r++) {
            int inRow = 0;
            for (int c = 0; c < 3; c++) {
                inRow += hidden[r][c] ? 1 : 0;
            }
            assertTrue(inRow != 1, "row " + r + " has a lone hidden cell");
        }
        for (int c = 0; c < 3; c++) {
            int inColumn = 0;
            for (int r = 0; r < 3; r++) {
                inColumn += hidden[r][c] ? 1 : 0;
            }
            assertTrue(inColumn != 1, "column " + c + " has a lone hidden cell");
        }
        assertTrue(hidden[0][1], "the primary cell (3)");
        assertFalse(hidden[2][0], "a large cell far from it stays shown");
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
