package org.jornada.directory.control;

import org.jornada.platform.control.NameKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * An in-memory trigram index over names, for a search box that forgives accents, case, word
 * order and small typos: every name is folded ({@link NameKey#words}), cut into trigrams of each
 * word (with a leading and a trailing space), and a query scores each candidate by the Dice
 * coefficient of their trigram sets, counted over posting lists of int ids (no per-entry work
 * for names that share no trigram with the query). Immutable once built; rebuilt after imports.
 */
public final class NameIndex {

    /** Below this score a name is not an answer. */
    public static final double THRESHOLD = 0.45;

    private final int[] trigramCounts;
    private final Map<String, int[]> postings;
    private final int size;

    private NameIndex(int size, int[] trigramCounts, Map<String, int[]> postings) {
        this.size = size;
        this.trigramCounts = trigramCounts;
        this.postings = postings;
    }

    /** Builds the index over names; a name's position in the list is its id in answers. */
    public static NameIndex of(List<String> names) {
        Map<String, List<Integer>> lists = new HashMap<>();
        int[] counts = new int[names.size()];
        for (int id = 0; id < names.size(); id++) {
            Set<String> grams = trigrams(names.get(id));
            counts[id] = grams.size();
            for (String gram : grams) {
                lists.computeIfAbsent(gram, g -> new ArrayList<>()).add(id);
            }
        }
        Map<String, int[]> postings = new HashMap<>(lists.size() * 2);
        lists.forEach((gram, ids) -> postings.put(gram, ids.stream().mapToInt(Integer::intValue).toArray()));
        return new NameIndex(names.size(), counts, postings);
    }

    static Set<String> trigrams(String name) {
        Set<String> grams = new LinkedHashSet<>();
        for (String word : NameKey.words(name)) {
            String padded = " " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                grams.add(padded.substring(i, i + 3));
            }
        }
        return grams;
    }

    /** A name's id and how well it matched (0..1). */
    public record Hit(int id, double score) {
    }

    /** The best matches for the query among the ids {@code allowed} accepts, best first. */
    public List<Hit> search(String query, IntPredicate allowed, int limit) {
        Set<String> grams = trigrams(query);
        if (grams.isEmpty() || size == 0) {
            return List.of();
        }
        short[] shared = new short[size];
        int[] touched = new int[Math.min(size, 1 << 16)];
        int touchedCount = 0;
        boolean overflow = false;
        for (String gram : grams) {
            int[] ids = postings.get(gram);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (shared[id]++ == 0) {
                    if (touchedCount < touched.length) {
                        touched[touchedCount++] = id;
                    } else {
                        overflow = true;
                    }
                }
            }
        }
        List<Hit> hits = new ArrayList<>();
        int queryCount = grams.size();
        if (overflow) {
            for (int id = 0; id < size; id++) {
                consider(id, shared, queryCount, allowed, hits);
            }
        } else {
            for (int i = 0; i < touchedCount; i++) {
                consider(touched[i], shared, queryCount, allowed, hits);
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparingInt(Hit::id));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private void consider(int id, short[] shared, int queryCount, IntPredicate allowed, List<Hit> hits) {
        if (shared[id] == 0) {
            return;
        }
        double score = 2.0 * shared[id] / (queryCount + trigramCounts[id]);
        // A query that is all of a longer name's first words (typing in progress) also counts.
        double containment = (double) shared[id] / queryCount;
        double best = Math.max(score, containment * 0.9);
        if (best >= THRESHOLD && allowed.test(id)) {
            hits.add(new Hit(id, best));
        }
    }

    public int size() {
        return size;
    }

    /**
     * How alike two names are, scored as a search scores a name against a query (0..1): the
     * job check compares a typed recruiter's name with the names an employer disclosed.
     */
    public static double similarity(String query, String name) {
        Set<String> asked = trigrams(query);
        Set<String> other = trigrams(name);
        if (asked.isEmpty() || other.isEmpty()) {
            return 0;
        }
        long shared = asked.stream().filter(other::contains).count();
        return Math.max(2.0 * shared / (asked.size() + other.size()), 0.9 * shared / asked.size());
    }

}
