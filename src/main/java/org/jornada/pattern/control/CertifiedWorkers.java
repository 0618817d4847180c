package org.jornada.pattern.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The DOL certifications the rates divide by, in memory: per certification its employer (merged
 * entries already replaced by their survivor), season year (the fiscal year, else the year work
 * began), visa class as DOL writes it, worksite state, crop and workers certified. Read again
 * whole when the directory changes (an import, a merge). Not thread-safe: {@code CaseCopyRefresher}
 * guards it.
 */
public final class CertifiedWorkers {

    /** One certification as read from the database. */
    public record Row(long employer, Integer seasonYear, String visaClass, String worksiteState, String crop,
            long workers, LocalDate dated) {
    }

    private int size;
    private long[] employer = new long[16];
    private int[] year = new int[16];
    private String[] visaClass = new String[16];
    private String[] state = new String[16];
    private String[] crop = new String[16];
    private long[] workers = new long[16];
    private LocalDate latest;
    private long[] distinct;
    private List<Object> lastKey;
    private PerEmployer lastAnswer;
    private String lastCrop;
    private Set<Long> lastGrowers;
    private int[] slot;

    public void add(Row row) {
        if (size == employer.length) {
            int capacity = size * 2;
            employer = Arrays.copyOf(employer, capacity);
            year = Arrays.copyOf(year, capacity);
            visaClass = Arrays.copyOf(visaClass, capacity);
            state = Arrays.copyOf(state, capacity);
            crop = Arrays.copyOf(crop, capacity);
            workers = Arrays.copyOf(workers, capacity);
        }
        distinct = null;
        lastKey = null;
        lastCrop = null;
        employer[size] = row.employer();
        year[size] = row.seasonYear() == null ? Integer.MIN_VALUE : row.seasonYear();
        visaClass[size] = row.visaClass() == null ? null : row.visaClass().intern();
        state[size] = row.worksiteState() == null ? null : row.worksiteState().intern();
        crop[size] = row.crop() == null ? null : row.crop().toLowerCase(Locale.ROOT).intern();
        workers[size] = row.workers();
        size++;
        if (row.dated() != null && (latest == null || row.dated().isAfter(latest))) {
            latest = row.dated();
        }
    }

    public int size() {
        return size;
    }

    /** The latest date a certification's work begins (else ends): the certifications' data date. */
    public LocalDate latest() {
        return latest;
    }

    /** What a crop filter looks for inside a crop's name: lower case, without LIKE's wildcards. */
    public static String needle(String crop) {
        return crop == null ? null : crop.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "");
    }

    /** The employers with a certification whose crop contains the words, in any season (the last answer kept). */
    public Set<Long> employersGrowing(String cropFilter) {
        String needle = needle(cropFilter);
        if (!needle.equals(lastCrop)) {
            lastGrowers = growers(needle);
            lastCrop = needle;
        }
        return lastGrowers;
    }

    private Set<Long> growers(String needle) {
        Set<Long> found = new HashSet<>();
        for (int i = 0; i < size; i++) {
            if (crop[i] != null && crop[i].contains(needle)) {
                found.add(employer[i]);
            }
        }
        return java.util.Collections.unmodifiableSet(found);
    }

    private boolean admits(int i, int fromYear, int toYear, PatternFilter filter, String needle) {
        return year[i] >= fromYear && year[i] <= toYear
                && (filter.dolVisaClass() == null || filter.dolVisaClass().equals(visaClass[i]))
                && (filter.state() == null || filter.state().equals(state[i]))
                && (needle == null || (crop[i] != null && crop[i].contains(needle)));
    }

    /**
     * Workers certified per employer, by employer id in order, as two arrays (no map of boxed
     * numbers: at 200,000 employers that alone took some 15 MB a view, docs/performance.md).
     */
    public record PerEmployer(long[] employers, long[] workers) {

        /** The workers certified for an employer, or null when it has no certification in the filter. */
        public Long get(long employer) {
            int at = Arrays.binarySearch(employers, employer);
            return at < 0 ? null : workers[at];
        }
    }

    /**
     * Workers certified per employer in the filter's seasons (and visa class, state and crop); the
     * last answer is kept, for the next view with the same conditions (the data changes only with
     * an import).
     */
    public PerEmployer perEmployer(PatternFilter filter) {
        List<Object> key = Arrays.asList(filter.from().getYear(), filter.to().getYear(), filter.dolVisaClass(),
                filter.state(), needle(filter.crop()));
        if (!key.equals(lastKey)) {
            lastAnswer = sumPerEmployer(filter);
            lastKey = key;
        }
        return lastAnswer;
    }

    private PerEmployer sumPerEmployer(PatternFilter filter) {
        String needle = needle(filter.crop());
        int from = filter.from().getYear();
        int to = filter.to().getYear();
        long[] distinct = distinctEmployers();
        long[] sums = new long[distinct.length];
        boolean[] seen = new boolean[distinct.length];
        for (int i = 0; i < size; i++) {
            if (admits(i, from, to, filter, needle)) {
                int at = slot[i];
                sums[at] += workers[i];
                seen[at] = true;
            }
        }
        int found = 0;
        for (boolean s : seen) {
            found += s ? 1 : 0;
        }
        long[] ids = new long[found];
        long[] totals = new long[found];
        for (int at = 0, k = 0; at < distinct.length; at++) {
            if (seen[at]) {
                ids[k] = distinct[at];
                totals[k++] = sums[at];
            }
        }
        return new PerEmployer(ids, totals);
    }

    /** The employers in id order, and each certification's place among them, made once after a load. */
    private long[] distinctEmployers() {
        if (distinct == null) {
            distinct = Arrays.stream(employer, 0, size).sorted().distinct().toArray();
            slot = new int[size];
            for (int i = 0; i < size; i++) {
                slot[i] = Arrays.binarySearch(distinct, employer[i]);
            }
        }
        return distinct;
    }

    /** Workers certified per worksite state in the filter's seasons (and visa class, state and crop). */
    public Map<String, Long> perState(PatternFilter filter) {
        String needle = needle(filter.crop());
        int from = filter.from().getYear();
        int to = filter.to().getYear();
        Map<String, Long> sums = new HashMap<>();
        for (int i = 0; i < size; i++) {
            if (state[i] != null && admits(i, from, to, filter, needle)) {
                sums.merge(state[i], workers[i], Long::sum);
            }
        }
        return sums;
    }
}
