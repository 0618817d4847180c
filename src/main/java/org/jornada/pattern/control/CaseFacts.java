package org.jornada.pattern.control;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongUnaryOperator;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.VisaType;

/**
 * What the pattern views count of each case, and nothing else, held in memory column by column
 * (about 40 bytes a case: a million cases take some 40 MB): its directory links (merged entries
 * already replaced by their survivor), when it arrived (to the second, and its month in the
 * organization's time zone), visa, worksite state, where the worker was recruited, whether it
 * counts at all (not held as part of a flood, not a duplicate), whether it was verified, its
 * category groups and whether the worker asked for a workers' organization. No narrative,
 * contact, evidence or receipt: nothing here can point at a worker. A view over all of it is one
 * pass over primitive arrays, a few milliseconds for a million cases, where the same GROUP BY in
 * the database took seconds (docs/performance.md). Not thread-safe: {@code PatternData} guards it.
 */
public final class CaseFacts {

    /** One case as read from the database. */
    public record Fact(long id, Long employer, Long recruiter, Instant received, String visa, String worksiteState,
            String recruitedIn, boolean counted, boolean verified, int groups, boolean organizing) {
    }

    /** Which directory column a ranking reads. */
    public enum Role { EMPLOYER, RECRUITER }

    /**
     * The cases a view counts. Months are inclusive ({@code year * 12 + month - 1}); a null or
     * negative field is no condition; {@code employers}, when set, are the employers allowed
     * (a crop filter), by id.
     */
    public record Slice(int fromMonth, int toMonth, VisaType visa, String worksiteState, boolean verifiedOnly,
            CategoryGroup group, java.util.Set<Long> employers) {

        public static int month(YearMonth month) {
            return month.getYear() * 12 + month.getMonthValue() - 1;
        }

        public static YearMonth month(int index) {
            return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
        }

        public static Slice of(PatternFilter filter, java.util.Set<Long> cropEmployers) {
            return new Slice(month(filter.from()), month(filter.to()), filter.visa(), filter.state(),
                    filter.verifiedOnly(), filter.group(), cropEmployers);
        }

        /** The same conditions over all time (the alert windows set their own). */
        public Slice anyTime() {
            return new Slice(Integer.MIN_VALUE, Integer.MAX_VALUE, visa, worksiteState, verifiedOnly, group, employers);
        }
    }

    /** Counts per directory entry: parallel arrays, one row per entry with at least one case. */
    public record EntitySums(long[] entityIds, long[] totals, long[] organizing, long[][] byGroup) {
        public int size() {
            return entityIds.length;
        }
    }

    private static final byte COUNTED = 1;
    private static final byte VERIFIED = 2;
    private static final byte ORGANIZING = 4;

    private final ZoneId zone;
    private final LongUnaryOperator survivor;
    private int size;
    private long[] ids = new long[0];
    private int[] employer = new int[0];
    private int[] recruiter = new int[0];
    private long[] received = new long[0];
    private int[] month = new int[0];
    private byte[] visa = new byte[0];
    private short[] worksite = new short[0];
    private short[] recruited = new short[0];
    private byte[] flags = new byte[0];
    private short[] groups = new short[0];

    private final Map<Long, Integer> entityIndex = new HashMap<>();
    private long[] entityIds = new long[16];
    private final Map<String, Short> placeIndex = new HashMap<>();
    private String[] places = new String[16];

    /**
     * @param zone the organization's time zone (months)
     * @param survivor the entry a directory id stands for now (itself unless merged)
     */
    public CaseFacts(ZoneId zone, LongUnaryOperator survivor, int expected) {
        this.zone = zone;
        this.survivor = survivor;
        grow(Math.max(expected, 16));
    }

    public int size() {
        return size;
    }

    /** Adds a case, or replaces what was known of it. */
    public void put(Fact fact) {
        int at = Arrays.binarySearch(ids, 0, size, fact.id());
        if (at < 0) {
            at = -at - 1;
            if (size == ids.length) {
                grow(size + (size >> 1) + 16);
            }
            if (at < size) {
                shift(at);
            }
            size++;
            ids[at] = fact.id();
        }
        employer[at] = entity(fact.employer());
        recruiter[at] = entity(fact.recruiter());
        received[at] = fact.received().getEpochSecond();
        month[at] = Slice.month(YearMonth.from(ZonedDateTime.ofInstant(fact.received(), zone)));
        visa[at] = (byte) VisaType.fromCode(fact.visa()).map(v -> v.ordinal() + 1).orElse(0).intValue();
        worksite[at] = place(fact.worksiteState());
        recruited[at] = place(fact.recruitedIn());
        flags[at] = (byte) ((fact.counted() ? COUNTED : 0) | (fact.verified() ? VERIFIED : 0)
                | (fact.organizing() ? ORGANIZING : 0));
        groups[at] = (short) fact.groups();
    }

    private int entity(Long id) {
        if (id == null) {
            return -1;
        }
        long standsFor = survivor.applyAsLong(id);
        return entityIndex.computeIfAbsent(standsFor, key -> {
            int next = entityIndex.size();
            if (next == entityIds.length) {
                entityIds = Arrays.copyOf(entityIds, next * 2);
            }
            entityIds[next] = key;
            return next;
        });
    }

    private short place(String code) {
        if (code == null) {
            return -1;
        }
        return placeIndex.computeIfAbsent(code, key -> {
            int next = placeIndex.size();
            if (next >= Short.MAX_VALUE) {
                throw new IllegalStateException("too many distinct places");
            }
            if (next == places.length) {
                places = Arrays.copyOf(places, next * 2);
            }
            places[next] = key;
            return (short) next;
        });
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        employer = Arrays.copyOf(employer, capacity);
        recruiter = Arrays.copyOf(recruiter, capacity);
        received = Arrays.copyOf(received, capacity);
        month = Arrays.copyOf(month, capacity);
        visa = Arrays.copyOf(visa, capacity);
        worksite = Arrays.copyOf(worksite, capacity);
        recruited = Arrays.copyOf(recruited, capacity);
        flags = Arrays.copyOf(flags, capacity);
        groups = Arrays.copyOf(groups, capacity);
    }

    private void shift(int at) {
        int n = size - at;
        System.arraycopy(ids, at, ids, at + 1, n);
        System.arraycopy(employer, at, employer, at + 1, n);
        System.arraycopy(recruiter, at, recruiter, at + 1, n);
        System.arraycopy(received, at, received, at + 1, n);
        System.arraycopy(month, at, month, at + 1, n);
        System.arraycopy(visa, at, visa, at + 1, n);
        System.arraycopy(worksite, at, worksite, at + 1, n);
        System.arraycopy(recruited, at, recruited, at + 1, n);
        System.arraycopy(flags, at, flags, at + 1, n);
        System.arraycopy(groups, at, groups, at + 1, n);
    }

    /** The slice's conditions compiled against this store's dictionaries. */
    private final class Filter {
        final int from;
        final int to;
        final byte visaCode;
        final short state;
        final boolean impossible;
        final byte need;
        final int groupBit;
        final boolean[] employers;

        Filter(Slice slice) {
            from = slice.fromMonth();
            to = slice.toMonth();
            visaCode = slice.visa() == null ? 0 : (byte) (slice.visa().ordinal() + 1);
            Short s = slice.worksiteState() == null ? null : placeIndex.get(slice.worksiteState());
            state = s == null ? -1 : s;
            need = (byte) (COUNTED | (slice.verifiedOnly() ? VERIFIED : 0));
            groupBit = slice.group() == null ? 0 : 1 << slice.group().ordinal();
            if (slice.employers() != null) {
                employers = new boolean[entityIndex.size()];
                for (Long id : slice.employers()) {
                    Integer at = entityIndex.get(survivor.applyAsLong(id));
                    if (at != null) {
                        employers[at] = true;
                    }
                }
            } else {
                employers = null;
            }
            impossible = slice.worksiteState() != null && s == null;
        }

        boolean admits(int i) {
            return (flags[i] & need) == need && month[i] >= from && month[i] <= to
                    && (visaCode == 0 || visa[i] == visaCode) && (state < 0 || worksite[i] == state)
                    && (groupBit == 0 || (groups[i] & groupBit) != 0)
                    && (employers == null || (employer[i] >= 0 && employers[employer[i]]));
        }
    }

    /** Complaints, organizing requests and per-group counts of every entry of the role with at least one case. */
    public EntitySums byEntity(Role role, Slice slice) {
        Filter filter = new Filter(slice);
        int[] column = role == Role.EMPLOYER ? employer : recruiter;
        int entities = entityIndex.size();
        int groupCount = CategoryGroup.values().length;
        long[] totals = new long[entities];
        long[] asked = new long[entities];
        long[][] perGroup = new long[groupCount][entities];
        if (!filter.impossible) {
            for (int i = 0; i < size; i++) {
                int e = column[i];
                if (e >= 0 && filter.admits(i)) {
                    totals[e]++;
                    if ((flags[i] & ORGANIZING) != 0) {
                        asked[e]++;
                    }
                    int g = groups[i];
                    while (g != 0) {
                        int bit = Integer.numberOfTrailingZeros(g);
                        if (bit < groupCount) {
                            perGroup[bit][e]++;
                        }
                        g &= g - 1;
                    }
                }
            }
        }
        int rows = 0;
        for (long t : totals) {
            if (t > 0) {
                rows++;
            }
        }
        long[] outIds = new long[rows];
        long[] outTotals = new long[rows];
        long[] outAsked = new long[rows];
        long[][] outGroups = new long[rows][groupCount];
        int r = 0;
        for (int e = 0; e < entities; e++) {
            if (totals[e] > 0) {
                outIds[r] = entityIds[e];
                outTotals[r] = totals[e];
                outAsked[r] = asked[e];
                for (int g = 0; g < groupCount; g++) {
                    outGroups[r][g] = perGroup[g][e];
                }
                r++;
            }
        }
        return new EntitySums(outIds, outTotals, outAsked, outGroups);
    }

    /**
     * Per entry of the role: cases since {@code recentFrom} and cases from {@code usualFrom} up to
     * it, both before {@code until} (epoch seconds), under the slice's conditions but its months.
     */
    public Map<Long, long[]> windows(Role role, Slice slice, long usualFrom, long recentFrom, long until) {
        Filter filter = new Filter(slice.anyTime());
        int[] column = role == Role.EMPLOYER ? employer : recruiter;
        long[][] counts = new long[2][entityIndex.size()];
        if (!filter.impossible) {
            for (int i = 0; i < size; i++) {
                int e = column[i];
                long at = received[i];
                if (e >= 0 && at >= usualFrom && at < until && filter.admits(i)) {
                    counts[at >= recentFrom ? 0 : 1][e]++;
                }
            }
        }
        Map<Long, long[]> result = new HashMap<>();
        for (int e = 0; e < counts[0].length; e++) {
            if (counts[0][e] + counts[1][e] > 0) {
                result.put(entityIds[e], new long[] {counts[0][e], counts[1][e]});
            }
        }
        return result;
    }

    /** Complaints and per-group counts by month index, for the months with at least one. */
    public TreeMap<Integer, long[]> byMonth(Slice slice) {
        Filter filter = new Filter(slice);
        int groupCount = CategoryGroup.values().length;
        TreeMap<Integer, long[]> sums = new TreeMap<>();
        if (filter.impossible) {
            return sums;
        }
        for (int i = 0; i < size; i++) {
            if (filter.admits(i)) {
                long[] row = sums.computeIfAbsent(month[i], m -> new long[1 + groupCount]);
                row[0]++;
                int g = groups[i];
                while (g != 0) {
                    int bit = Integer.numberOfTrailingZeros(g);
                    if (bit < groupCount) {
                        row[1 + bit]++;
                    }
                    g &= g - 1;
                }
            }
        }
        return sums;
    }

    /** Complaints by worksite state, or by place of recruitment whose code starts with {@code prefix}. */
    public TreeMap<String, Long> byPlace(boolean worksiteState, String prefix, Slice slice) {
        Filter filter = new Filter(slice);
        short[] column = worksiteState ? worksite : recruited;
        long[] counts = new long[placeIndex.size()];
        if (!filter.impossible) {
            for (int i = 0; i < size; i++) {
                if (column[i] >= 0 && filter.admits(i)) {
                    counts[column[i]]++;
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

    /**
     * One cell of a view, on top of its slice: an entry of a ranking (its role and id), a category
     * group column, a place of recruitment. A null field is no condition.
     */
    public record Cell(Role role, Long entity, CategoryGroup group, String recruitedIn) {
    }

    /** The cases behind a cell: their ids, newest first, at most the limit asked; and how many there are. */
    public record Behind(long[] ids, int total) {
    }

    /** The ids of the cases a cell counts (what staff open from it), newest first. */
    public Behind behind(Slice slice, Cell cell, int limit) {
        Filter filter = new Filter(slice);
        Integer entity = cell.entity() == null ? null : entityIndex.get(survivor.applyAsLong(cell.entity()));
        Short place = cell.recruitedIn() == null ? null : placeIndex.get(cell.recruitedIn());
        if (filter.impossible || cell.entity() != null && entity == null || cell.recruitedIn() != null && place == null) {
            return new Behind(new long[0], 0);
        }
        int[] column = cell.role() == Role.RECRUITER ? recruiter : employer;
        int groupBit = cell.group() == null ? 0 : 1 << cell.group().ordinal();
        long[] found = new long[Math.max(0, limit)];
        int total = 0;
        for (int i = size - 1; i >= 0; i--) {
            if ((entity == null || column[i] == entity) && (groupBit == 0 || (groups[i] & groupBit) != 0)
                    && (place == null || recruited[i] == place) && filter.admits(i)) {
                if (total < found.length) {
                    found[total] = ids[i];
                }
                total++;
            }
        }
        return new Behind(Arrays.copyOf(found, Math.min(total, found.length)), total);
    }
}
