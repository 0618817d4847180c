package org.jornada.pattern.control;

import java.util.Arrays;

/**
 * Directory ids to their slots in {@link CaseFacts}, without boxing: open addressing over a
 * {@code long[]} of keys and an {@code int[]} of slots, kept at most half full. About 24 bytes an
 * entry where a {@code HashMap<Long, Integer>} took some 80 (at 200,000 employers, 5 MB instead of
 * 17 MB of a 176 MB heap; docs/performance.md). Not thread-safe: {@code CaseCopyRefresher} guards it.
 */
final class LongIntIndex {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] keys = new long[64];
    private int[] values = new int[64];
    private int size;

    LongIntIndex() {
        Arrays.fill(keys, EMPTY);
    }

    int size() {
        return size;
    }

    /** The slot of a key, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int at = spread(key) & mask;; at = (at + 1) & mask) {
            if (keys[at] == key) {
                return values[at];
            }
            if (keys[at] == EMPTY) {
                return -1;
            }
        }
    }

    /** Adds a key not yet there with its slot. */
    void put(long key, int value) {
        if (key == EMPTY) {
            throw new IllegalArgumentException("reserved key");
        }
        if (2 * (size + 1) > keys.length) {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            Arrays.fill(keys, EMPTY);
            size = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    put(oldKeys[i], oldValues[i]);
                }
            }
        }
        int mask = keys.length - 1;
        int at = spread(key) & mask;
        while (keys[at] != EMPTY) {
            at = (at + 1) & mask;
        }
        keys[at] = key;
        values[at] = value;
        size++;
    }

    /** About how many bytes it holds. */
    long bytes() {
        return keys.length * 12L;
    }

    private static int spread(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
