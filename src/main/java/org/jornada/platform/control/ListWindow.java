package org.jornada.platform.control;

/**
 * How much of a long list a page or an answer shows: the newest {@code shown} of {@code total},
 * and how many the "show more" link asks for next. A busy case holds hundreds of notes, messages
 * and referrals; a page reads a window of them and counts the rest, never the whole list.
 */
public record ListWindow(int shown, long total) {

    /** The most any window holds, whatever is asked. */
    public static final int MAX = 1000;

    /** How many a "show more" adds. */
    public static final int STEP = 50;

    /** A window size as asked in a query parameter: the default when absent or not a number, within 1..MAX. */
    public static int limit(String asked, int byDefault) {
        if (asked == null || !asked.strip().matches("\\d{1,9}")) {
            return byDefault;
        }
        return Math.max(1, Math.min(MAX, Integer.parseInt(asked.strip())));
    }

    /** Whether there are more than the window shows. */
    public boolean isMore() {
        return total > shown;
    }

    /** The window size the "show more" link asks for. */
    public int getNext() {
        return (int) Math.min(MAX, Math.min(total, (long) shown + STEP));
    }

    public int getShown() {
        return shown;
    }

    public long getTotal() {
        return total;
    }
}
