package org.jornada.pattern.control;

/**
 * Whether an entity's complaints in the last 30 days are well above its own usual rate. Usual:
 * its complaints in the 12 months before those 30 days, per 30 days (at least 0.5, so that a
 * first few complaints do not read as infinitely unusual). Well above: under a Poisson model with
 * that mean, a count at least this high would happen less than 1 time in 100
 * ({@link #P_VALUE}); and the count itself is not suppressed (an alert never shows, or implies, a
 * count under the minimum). docs/patterns.md shows the arithmetic.
 */
public final class Alerts {

    public static final double P_VALUE = 0.01;

    /** The usual rate is never taken below this many complaints per 30 days. */
    public static final double FLOOR = 0.5;

    private Alerts() {
    }

    /** P(X ≥ k) for X ~ Poisson(mean). */
    public static double upperTail(int k, double mean) {
        if (k <= 0) {
            return 1.0;
        }
        double term = Math.exp(-mean);
        double below = term;
        for (int i = 1; i < k; i++) {
            term *= mean / i;
            below += term;
        }
        return Math.max(0.0, 1.0 - below);
    }

    /** The usual complaints per 30 days from the count of the previous {@code days} days. */
    public static double usualPer30Days(long previousCount, int days) {
        return Math.max(FLOOR, previousCount * 30.0 / days);
    }

    public static boolean wellAbove(long recent, double usualPer30Days, int minimum) {
        return recent >= minimum && upperTail((int) Math.min(recent, Integer.MAX_VALUE), usualPer30Days) < P_VALUE;
    }
}
