package org.jornada.pattern.control;

/**
 * Which counts may be shown. A count of 1 up to {@code minimum − 1} complaints is suppressed
 * ("fewer than 5"): a handful of complaints from one employer in one month can point at the
 * workers who made them. A zero is shown (there is nobody behind it). And a suppressed count
 * must not come back by subtraction: when a row's total is shown and exactly one of its cells is
 * suppressed, the total minus the shown cells would give it away, so a second cell is suppressed
 * too, the smallest other one, a zero included (complementary suppression): the two hidden cells
 * then share what the subtraction leaves, and neither can be told. docs/patterns.md.
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
     * The cells of a row to hide, given whether the row's total is shown: the primary ones, and
     * when that leaves exactly one, the smallest other cell as well.
     */
    public static boolean[] row(long[] cells, boolean totalShown, int minimum) {
        boolean[] hidden = new boolean[cells.length];
        for (int i = 0; i < cells.length; i++) {
            hidden[i] = hides(cells[i], minimum);
        }
        if (totalShown) {
            secondCell(cells, hidden);
        }
        return hidden;
    }

    /**
     * A table's cells to hide when its row totals, its column totals, or both can be known (shown,
     * or computed from another view): the primary cells, then, until nothing changes, a second
     * cell in every row or column left with a lone hidden one.
     */
    public static boolean[][] table(long[][] cells, boolean rowTotals, boolean columnTotals, int minimum) {
        return table(cells, new boolean[cells.length], rowTotals, columnTotals, minimum);
    }

    /** The same, with whole rows hidden from the start (a row whose own total is hidden). */
    public static boolean[][] table(long[][] cells, boolean[] hiddenRows, boolean rowTotals, boolean columnTotals,
            int minimum) {
        int rows = cells.length;
        int columns = rows == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                hidden[r][c] = hiddenRows[r] || hides(cells[r][c], minimum);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (rowTotals) {
                for (int r = 0; r < rows; r++) {
                    changed |= secondCell(cells[r], hidden[r]);
                }
            }
            if (columnTotals) {
                for (int c = 0; c < columns; c++) {
                    long[] column = new long[rows];
                    boolean[] columnHidden = new boolean[rows];
                    for (int r = 0; r < rows; r++) {
                        column[r] = cells[r][c];
                        columnHidden[r] = hidden[r][c];
                    }
                    if (secondCell(column, columnHidden)) {
                        for (int r = 0; r < rows; r++) {
                            hidden[r][c] = columnHidden[r];
                        }
                        changed = true;
                    }
                }
            }
        }
        return hidden;
    }

    /** One list of counts whose total can be known (a column of a ranking, the states of a map). */
    public static boolean[] column(long[] cells, int minimum) {
        return row(cells, true, minimum);
    }

    /** Hides the smallest other cell when exactly one is hidden; whether it did. */
    private static boolean secondCell(long[] cells, boolean[] hidden) {
        int count = 0;
        int smallest = -1;
        for (int i = 0; i < cells.length; i++) {
            if (hidden[i]) {
                count++;
            } else if (smallest < 0 || cells[i] < cells[smallest]) {
                smallest = i;
            }
        }
        if (count == 1 && smallest >= 0) {
            hidden[smallest] = true;
            return true;
        }
        return false;
    }

    /** How many cells a row hides (for tests and logs). */
    public static long hiddenCount(boolean[] hidden) {
        long n = 0;
        for (boolean h : hidden) {
            if (h) {
                n++;
            }
        }
        return n;
    }
}
