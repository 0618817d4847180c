package org.jornada.pattern.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jornada.complaint.entity.CategoryGroup;

/**
 * A ranking of recruiters or employers as shown, one page at a time: every count rounded as
 * {@link Suppression} says, the rate computed from the shown count, and the order taken from the
 * shown numbers only (by rate, no rate last, then by count; or by count), ties by entry id, so
 * that the order itself tells nothing the numbers do not. Only the page's rows are built: the
 * best {@code offset + limit} rows are picked with a heap of that size over primitive arrays,
 * never a sorted copy of every entry (200,000 employers, docs/performance.md).
 */
public final class Ranking {

    /** One ranked entry as shown; a hidden count is null, with {@code suppressed}. */
    public record Row(long entityId, Long complaints, boolean suppressed, Long certifiedWorkers, BigDecimal ratePer100,
            Map<CategoryGroup, Long> byGroup, Long organizingRequests) {
    }

    /** The rows asked for, and how many rows the whole ranking has. */
    public record Page(List<Row> rows, int total) {
    }

    private Ranking() {
    }

    /**
     * @param certified workers certified per employer, or null (recruiters have none)
     * @param byRate sort by the rate first, else by the count
     */
    public static Page of(EntitySums sums, CertifiedWorkers.PerEmployer certified, boolean byRate, int offset,
            int limit, int minimum) {
        int n = sums.size();
        long[] workers = workers(sums, certified);
        Order order = (a, b) -> {
            if (byRate) {
                long ra = tenths(sums, workers, a, minimum);
                long rb = tenths(sums, workers, b, minimum);
                if (ra != rb) {
                    return ra > rb;
                }
            }
            long sa = Suppression.shownOrZero(sums.total(a), minimum);
            long sb = Suppression.shownOrZero(sums.total(b), minimum);
            return sa != sb ? sa > sb : a < b;
        };
        int[] best = best(n, (int) Math.min(n, (long) offset + limit), order);
        List<Row> rows = new ArrayList<>();
        for (int k = offset; k < best.length; k++) {
            int i = best[k];
            rows.add(row(sums, i, workers[i] < 0 ? null : workers[i], minimum));
        }
        return new Page(rows, n);
    }

    /** A row's shown rate in tenths (what {@link Rates#per100} shows, times 10), -1 for none. */
    private static long tenths(EntitySums sums, long[] workers, int i, int minimum) {
        long shown = Suppression.shownOrZero(sums.total(i), minimum);
        long w = workers[i];
        return shown > 0 && w >= Rates.MIN_CERTIFIED ? (2 * shown * 1000 + w) / (2 * w) : -1;
    }

    /**
     * The workers certified for each row, -1 for none: both lists are in id order, so one walk
     * down both, no lookup per row.
     */
    private static long[] workers(EntitySums sums, CertifiedWorkers.PerEmployer certified) {
        long[] found = new long[sums.size()];
        Arrays.fill(found, -1);
        if (certified == null) {
            return found;
        }
        long[] ids = sums.entityIds();
        long[] employers = certified.employers();
        for (int i = 0, j = 0; i < ids.length && j < employers.length;) {
            if (ids[i] == employers[j]) {
                found[i++] = certified.workers()[j++];
            } else if (ids[i] < employers[j]) {
                i++;
            } else {
                j++;
            }
        }
        return found;
    }

    private static Row row(EntitySums sums, int i, Long workers, int minimum) {
        long id = sums.entityIds()[i];
        Long complaints = Suppression.shown(sums.total(i), minimum);
        Map<CategoryGroup, Long> byGroup = new LinkedHashMap<>();
        for (CategoryGroup g : CategoryGroup.values()) {
            byGroup.put(g, Suppression.shown(sums.group(i, g.ordinal()), minimum));
        }
        return new Row(id, complaints, complaints == null, workers, Rates.per100(complaints, workers), byGroup,
                Suppression.shown(sums.organizing(i), minimum));
    }

    /** Whether row a ranks before row b. */
    @FunctionalInterface
    interface Order {
        boolean before(int a, int b);
    }

    /** The best {@code k} of rows {@code 0..n-1}, best first: a heap whose root is the worst kept. */
    static int[] best(int n, int k, Order order) {
        int[] heap = new int[k];
        int size = 0;
        for (int i = 0; i < n && k > 0; i++) {
            if (size < k) {
                heap[size] = i;
                up(heap, size++, order);
            } else if (order.before(i, heap[0])) {
                heap[0] = i;
                down(heap, 0, size, order);
            }
        }
        int[] sorted = new int[size];
        for (int end = size - 1; end >= 0; end--) {
            sorted[end] = heap[0];
            heap[0] = heap[end];
            down(heap, 0, end, order);
        }
        return sorted;
    }

    private static void up(int[] heap, int at, Order order) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (!order.before(heap[parent], heap[at])) {
                return;
            }
            swap(heap, parent, at);
            at = parent;
        }
    }

    private static void down(int[] heap, int at, int size, Order order) {
        while (true) {
            int worst = at;
            for (int child = 2 * at + 1; child <= 2 * at + 2 && child < size; child++) {
                if (order.before(heap[worst], heap[child])) {
                    worst = child;
                }
            }
            if (worst == at) {
                return;
            }
            swap(heap, at, worst);
            at = worst;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
    }
}
