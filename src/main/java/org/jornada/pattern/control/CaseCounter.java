package org.jornada.pattern.control;

import java.util.Arrays;
import java.util.TreeMap;
import org.jornada.complaint.entity.CategoryGroup;

/**
 * Counts the cases of one {@link CaseFacts} copy that a slice admits: per directory entry, per
 * month, per place, in the alert windows; and finds the cases behind a cell. Each count is one
 * pass over the copy's primitive columns ({@link CompiledSlice}); the counting arrays of a
 * ranking are made once and used again view after view. Not thread-safe: {@code CaseCopyRefresher}
 * lets one view run at a time.
 */
final class CaseCounter {

    private final CaseFacts facts;
    private final int[][] scratch = new int[3][];
    private int[] slotsById;

    CaseCounter(CaseFacts facts) {
        this.facts = facts;
    }

    /** Complaints, organizing requests and per-group counts of every entry of the role with at least one case. */
    EntitySums byEntity(CaseFacts.Role role, CaseFacts.Slice slice) {
        CompiledSlice filter = new CompiledSlice(facts, slice);
        int[] column = facts.column(role);
        int entities = facts.entityIndex.size();
        int groupCount = CategoryGroup.values().length;
        int[] totals = scratch(0, entities);
        int[] asked = scratch(1, entities);
        int[] perGroup = scratch(2, entities * groupCount);
        long[] set = filter.admitted();
        final byte[] flags = facts.flags;
        final short[] groups = facts.groups;
        for (int w = 0; w < set.length; w++) {
            long bits = set[w];
            while (bits != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int e = column[i];
                if (e >= 0) {
                    totals[e]++;
                    if ((flags[i] & CaseFacts.ORGANIZING) != 0) {
                        asked[e]++;
                    }
                    int g = groups[i];
                    int at = e * groupCount;
                    while (g != 0) {
                        int b = Integer.numberOfTrailingZeros(g);
                        if (b < groupCount) {
                            perGroup[at + b]++;
                        }
                        g &= g - 1;
                    }
                }
            }
        }
        return sums(totals, asked, perGroup, groupCount);
    }

    /** The rows of the entries with at least one case, in the order of their ids. */
    private EntitySums sums(int[] totals, int[] asked, int[] perGroup, int groupCount) {
        int rows = 0;
        for (int t : totals) {
            if (t > 0) {
                rows++;
            }
        }
        long[] outIds = new long[rows];
        int[] outSlots = new int[rows];
        int r = 0;
        for (int e : byId()) {
            if (totals[e] > 0) {
                outIds[r] = facts.entityIds[e];
                outSlots[r++] = e;
            }
        }
        return new EntitySums(outIds, outSlots, totals, asked, perGroup, groupCount);
    }

    /**
     * A zeroed counting array of this length, the same one view after view: a ranking counts into
     * some 10 MB at 200,000 entries, and a new one each time made the small heap collect after
     * nearly every view. The sums that point into it are good until the next view; the views
     * take turns ({@code CaseCopyRefresher}).
     */
    private int[] scratch(int which, int length) {
        if (scratch[which] == null || scratch[which].length < length) {
            scratch[which] = new int[length + (length >> 3)];
        } else {
            Arrays.fill(scratch[which], 0, length, 0);
        }
        return scratch[which];
    }

    /** The entries' slots in the order of their ids, made again when entries were added. */
    private int[] byId() {
        int entities = facts.entityIndex.size();
        if (slotsById == null || slotsById.length != entities) {
            long[] entityIds = facts.entityIds;
            slotsById = java.util.stream.IntStream.range(0, entities).boxed()
                    .sorted(java.util.Comparator.comparingLong(e -> entityIds[e])).mapToInt(Integer::intValue).toArray();
        }
        return slotsById;
    }

    /**
     * For the entries asked (a ranking's page): cases since {@code recentFrom} and cases from
     * {@code usualFrom} up to it, both before {@code until} (epoch seconds), under the slice's
     * conditions but its months; {@code [i][0]} recent, {@code [i][1]} usual.
     */
    long[][] windows(CaseFacts.Role role, CaseFacts.Slice slice, long usualFrom, long recentFrom, long until,
            long[] asked) {
        CompiledSlice filter = new CompiledSlice(facts, slice.anyTime());
        int[] column = facts.column(role);
        int[] wanted = new int[facts.entityIndex.size()];
        long[][] counts = new long[asked.length][2];
        for (int k = 0; k < asked.length; k++) {
            int at = facts.entityIndex.get(facts.survivor.applyAsLong(asked[k]));
            if (at >= 0 && wanted[at] == 0) {
                wanted[at] = k + 1;
            }
        }
        if (!filter.impossible && asked.length > 0) {
            for (int i = 0; i < facts.size; i++) {
                int e = column[i];
                long at = facts.received[i] + CaseFacts.EPOCH;
                if (e >= 0 && wanted[e] > 0 && at >= usualFrom && at < until && filter.admits(i)) {
                    counts[wanted[e] - 1][at >= recentFrom ? 0 : 1]++;
                }
            }
        }
        return counts;
    }

    /** Complaints and per-group counts by month index, for the months with at least one. */
    TreeMap<Integer, long[]> byMonth(CaseFacts.Slice slice) {
        long[] set = new CompiledSlice(facts, slice).admitted();
        short[] month = facts.month;
        int groupCount = CategoryGroup.values().length;
        int width = 1 + groupCount;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (int w = 0; w < set.length; w++) {
            for (long bits = set[w]; bits != 0; bits &= bits - 1) {
                int m = month[(w << 6) + Long.numberOfTrailingZeros(bits)];
                first = Math.min(first, m);
                last = Math.max(last, m);
            }
        }
        TreeMap<Integer, long[]> sums = new TreeMap<>();
        if (first > last) {
            return sums;
        }
        long[] counts = new long[(last - first + 1) * width];
        for (int w = 0; w < set.length; w++) {
            for (long bits = set[w]; bits != 0; bits &= bits - 1) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                int at = (month[i] - first) * width;
                counts[at]++;
                for (int g = facts.groups[i]; g != 0; g &= g - 1) {
                    int bit = Integer.numberOfTrailingZeros(g);
                    if (bit < groupCount) {
                        counts[at + 1 + bit]++;
                    }
                }
            }
        }
        for (int m = first; m <= last; m++) {
            int at = (m - first) * width;
            if (counts[at] > 0) {
                sums.put(m, Arrays.copyOfRange(counts, at, at + width));
            }
        }
        return sums;
    }

    /** Complaints by worksite state, or by place of recruitment whose code starts with {@code prefix}. */
    TreeMap<String, Long> byPlace(boolean worksiteState, String prefix, CaseFacts.Slice slice) {
        long[] set = new CompiledSlice(facts, slice).admitted();
        short[] column = worksiteState ? facts.worksite : facts.recruited;
        String[] places = facts.places;
        long[] counts = new long[facts.placeIndex.size()];
        for (int w = 0; w < set.length; w++) {
            for (long bits = set[w]; bits != 0; bits &= bits - 1) {
                int p = column[(w << 6) + Long.numberOfTrailingZeros(bits)];
                if (p >= 0) {
                    counts[p]++;
                }
            }
        }
        TreeMap<String, Long> result = new TreeMap<>();
        for (int p = 0; p < counts.length; p++) {
            if (counts[p] > 0 && (prefix == null || places[p].startsWith(prefix))) {
                result.put(places[p], counts[p]);
            }
        }
        return result;
    }

    /** The ids of the cases a cell counts (what staff open from it), newest first. */
    CaseFacts.Behind behind(CaseFacts.Slice slice, CaseFacts.Cell cell, int limit) {
        CompiledSlice filter = new CompiledSlice(facts, slice);
        Integer entity = cell.entity() == null ? null : facts.entityIndex.get(facts.survivor.applyAsLong(cell.entity()));
        entity = entity != null && entity < 0 ? null : entity;
        Short place = cell.recruitedIn() == null ? null : facts.placeIndex.get(cell.recruitedIn());
        if (filter.impossible || cell.entity() != null && entity == null || cell.recruitedIn() != null && place == null) {
            return new CaseFacts.Behind(new long[0], 0);
        }
        int[] column = cell.role() == CaseFacts.Role.RECRUITER ? facts.recruiter : facts.employer;
        int groupBit = cell.group() == null ? 0 : 1 << cell.group().ordinal();
        long[] found = new long[Math.max(0, limit)];
        int total = 0;
        for (int i = facts.size - 1; i >= 0; i--) {
            if ((entity == null || column[i] == entity) && (groupBit == 0 || (facts.groups[i] & groupBit) != 0)
                    && (place == null || facts.recruited[i] == place) && filter.admits(i)) {
                if (total < found.length) {
                    found[total] = facts.ids[i];
                }
                total++;
            }
        }
        return new CaseFacts.Behind(Arrays.copyOf(found, Math.min(total, found.length)), total);
    }
}
