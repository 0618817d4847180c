package org.jornada.pattern.control;

/**
 * Counts per directory entry, in the order of their ids: one row per entry with at least one
 * case, its id and its slot; the counts kept by slot, as counted (no copy: at 200,000 entries
 * a ranking's sums take some 10 MB, docs/performance.md). Good until the next view: the
 * counting arrays are used again ({@link CaseCounter}).
 */
public record EntitySums(long[] entityIds, int[] slots, int[] totalsBySlot, int[] organizingBySlot,
        int[] groupsBySlot, int groupCount) {

    public int size() {
        return entityIds.length;
    }

    /** A row's complaints. */
    public long total(int row) {
        return totalsBySlot[slots[row]];
    }

    /** A row's organizing requests. */
    public long organizing(int row) {
        return organizingBySlot[slots[row]];
    }

    /** The count of a row's category group. */
    public long group(int row, int group) {
        return groupsBySlot[slots[row] * groupCount + group];
    }
}
