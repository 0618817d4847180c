package org.jornada.pattern.control;

/**
 * Which counts may be shown, and as what. A count of 1 up to {@code minimum − 1} complaints is
 * suppressed ("fewer than 5"): a handful of complaints from one employer in one month can point at
 * the workers who made them. A zero is shown (there is nobody behind it). Every other count is
 * <em>rounded to a multiple of the minimum</em> (the base), to the nearest one, a half rounded up:
 * with the minimum 5, 5 to 7 read 5, 8 to 12 read 10, 13 to 17 read 15. The same true count
 * always reads the same, in every view, filter and export.
 *
 * <p>Why rounding and not hiding a second cell (complementary suppression, used before issue 23):
 * hiding protects within one table only, while two views with different filters can be subtracted
 * (all employers minus the H-2A ones gave a hidden 1). With every shown count a multiple of the
 * base, the difference of any two shown counts is a multiple of the base too: it is 0, or at least
 * the minimum, never a number strictly between. {@code SuppressionPropertyTest} checks that over
 * generated data and every pair of nested filters. Whatever is derived from a count (a rate, a
 * total, an alert, a sort order) is derived from the shown count. docs/patterns.md.
 */
public final class Suppression {

    /** The least a shown count may be, whatever the setting: below 3 nothing is hidden. */
    public static final int FLOOR = 3;

    private Suppression() {
    }

    /** The minimum from the setting ({@code JORNADA_MIN_REPORTS}), never below {@link #FLOOR}. */
    public static int minimum(int configured) {
        return Math.max(FLOOR, configured);
    }

    /** Whether a single count is suppressed. */
    public static boolean hides(long count, int minimum) {
        return count > 0 && count < minimum;
    }

    /**
     * The count as shown: null when suppressed, 0 for 0, else the nearest multiple of the minimum
     * (a half rounded up), which is never below the minimum.
     */
    public static Long shown(long count, int minimum) {
        if (hides(count, minimum)) {
            return null;
        }
        return rounded(count, minimum);
    }

    /** The count as shown, with a suppressed one as 0: what sort orders and alerts are computed from. */
    public static long shownOrZero(long count, int minimum) {
        return hides(count, minimum) ? 0 : rounded(count, minimum);
    }

    /**
     * What the rule's sentence ({@code pattern.rule}, {@code pattern.rule.short}) says, as its
     * arguments: the base, the largest count that reads the base, the smallest that reads twice
     * the base, twice the base, and the largest suppressed count (5, 7, 8, 10, 4).
     */
    public static Object[] ruleArguments(int minimum) {
        int lastAtBase = 2 * minimum - 1 - minimum / 2;
        return new Object[] {minimum, lastAtBase, lastAtBase + 1, 2 * minimum, minimum - 1};
    }

    private static long rounded(long count, int base) {
        return (count + base / 2) / base * base;
    }
}
