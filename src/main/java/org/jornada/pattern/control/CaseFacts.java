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
 * (30 bytes a case: a million cases take some 30 MB, and 200,000 directory entries some 8 MB
 * more; docs/performance.md, "Memory"): its directory links (merged entries
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

    /**
     * Counts per directory entry, in the order of their ids: one row per entry with at least one
     * case, its id and its slot; the counts kept by slot, as counted (no copy: at 200,000 entries
     * a ranking's sums take some 10 MB, docs/performance.md). Good until the next view: the
     * counting arrays are used again.
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

    private static final byte COUNTED = 1;
    private static final byte VERIFIED = 2;
    private static final byte ORGANIZING = 4;

    private final ZoneId zone;
    private final LongUnaryOperator survivor;
    private int size;
    private long[] ids = new long[0];
    private int[] employer = new int[0];
    private int[] recruiter = new int[0];
    /** Seconds since {@link #EPOCH} (2000-01-01): an int holds them until 2068. */
    private int[] received = new int[0];
    private short[] month = new short[0];
    private byte[] visa = new byte[0];
    private short[] worksite = new short[0];
    private short[] recruited = new short[0];
    private byte[] flags = new byte[0];
    private short[] groups = new short[0];

    private final LongIntIndex entityIndex = new LongIntIndex();
    private long[] entityIds = new long[16];
    private int[] slotsById;
    private final int[][] scratch = new int[3][];
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

    /**
     * About how many bytes this copy holds: its columns as allocated, and the directory and place
     * dictionaries (a map entry with its boxed key and value, some 64 bytes). The memory budget
     * of docs/performance.md is made of it.
     */
    public long bytes() {
        return ids.length * BYTES_PER_CASE + entityIndex.bytes() + entityIds.length * 8L + placeIndex.size() * 100L;
    }

    /** Where {@code received} counts its seconds from: 2000-01-01T00:00:00Z. */
    static final long EPOCH = 946_684_800L;

    /** What each case takes in the copy: its ten columns. */
    public static final long BYTES_PER_CASE = 8L + 4 + 4 + 4 + 2 + 1 + 2 + 2 + 1 + 2;

    /** What each directory entry with a case takes, at most: its index (kept under half full), id and slot. */
    public static final long BYTES_PER_ENTRY = 4 * 12L + 8 + 4;

    /**
     * The heap a copy of this many cases and entries takes, with what a view over it allocates
     * while it counts (per entry: its totals, organizing requests and groups, a bit per case).
     */
    public static long budget(long cases, long entries) {
        long view = entries * (4L + 4 + 4L * CategoryGroup.values().length + 8 + 4) + cases / 8;
        return cases * BYTES_PER_CASE + entries * BYTES_PER_ENTRY + view;
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
        received[at] = (int) (fact.received().getEpochSecond() - EPOCH);
        month[at] = (short) Slice.month(YearMonth.from(ZonedDateTime.ofInstant(fact.received(), zone)));
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
        int known = entityIndex.get(standsFor);
        if (known >= 0) {
            return known;
        }
        int next = entityIndex.size();
        if (next == entityIds.length) {
            entityIds = Arrays.copyOf(entityIds, next * 2);
        }
        entityIds[next] = standsFor;
        entityIndex.put(standsFor, next);
        return next;
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
                    int at = entityIndex.get(survivor.applyAsLong(id));
                    if (at >= 0) {
                        employers[at] = true;
                    }
                }
            } else {
                employers = null;
            }
            impossible = slice.worksiteState() != null && s == null;
        }

        /**
         * The cases admitted, as a bit set: one tight pass over the columns held in local
         * variables (the launcher's JVM runs the quick compiler only, which does not hoist them).
         */
        long[] admitted() {
            long[] set = new long[(size + 63) >>> 6];
            if (impossible) {
                return set;
            }
            final byte[] fl = flags;
            final short[] mo = month;
            final byte[] vi = visa;
            final short[] ws = worksite;
            final short[] gr = groups;
            final int[] em = employer;
            final boolean[] allowed = employers;
            final byte needed = need;
            final int bit = groupBit;
            final byte code = visaCode;
            final short where = state;
            for (int i = 0, n = size; i < n; i++) {
                int m = mo[i];
                if ((fl[i] & needed) == needed && m >= from && m <= to && (code == 0 || vi[i] == code)
                        && (where < 0 || ws[i] == where) && (bit == 0 || (gr[i] & bit) != 0)
                        && (allowed == null || em[i] >= 0 && allowed[em[i]])) {
                    set[i >>> 6] |= 1L << i;
                }
            }
            return set;
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
        int[] totals = scratch(0, entities);
        int[] asked = scratch(1, entities);
        int[] perGroup = scratch(2, entities * groupCount);
        long[] set = filter.admitted();
        for (int w = 0; w < set.length; w++) {
            long bits = set[w];
            while (bits != 0) {
                int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                int e = column[i];
                if (e >= 0) {
                    totals[e]++;
                    if ((flags[i] & ORGANIZING) != 0) {
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
                outIds[r] = entityIds[e];
                outSlots[r++] = e;
            }
        }
        return new EntitySums(outIds, outSlots, totals, asked, perGroup, groupCount);
    }

    /**
     * A zeroed counting array of this length, the same one view after view: a ranking counts into
     * some 10 MB at 200,000 entries, and a new one each time made the small heap collect after
     * nearly every view. The sums that point into it are good until the next view; the views
     * take turns ({@code PatternData}).
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
        int entities = entityIndex.size();
        if (slotsById == null || slotsById.length != entities) {
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
    public long[][] windows(Role role, Slice slice, long usualFrom, long recentFrom, long until, long[] asked) {
        Filter filter = new Filter(slice.anyTime());
        int[] column = role == Role.EMPLOYER ? employer : recruiter;
        int[] wanted = new int[entityIndex.size()];
        long[][] counts = new long[asked.length][2];
        for (int k = 0; k < asked.length; k++) {
            int at = entityIndex.get(survivor.applyAsLong(asked[k]));
            if (at >= 0 && wanted[at] == 0) {
                wanted[at] = k + 1;
            }
        }
        if (!filter.impossible && asked.length > 0) {
            for (int i = 0; i < size; i++) {
                int e = column[i];
                long at = received[i] + EPOCH;
                if (e >= 0 && wanted[e] > 0 && at >= usualFrom && at < until && filter.admits(i)) {
                    counts[wanted[e] - 1][at >= recentFrom ? 0 : 1]++;
                }
            }
        }
        return counts;
    }

    /** Complaints and per-group counts by month index, for the months with at least one. */
    public TreeMap<Integer, long[]> byMonth(Slice slice) {
        long[] set = new Filter(slice).admitted();
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
                for (int g = groups[i]; g != 0; g &= g - 1) {
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
    public TreeMap<String, Long> byPlace(boolean worksiteState, String prefix, Slice slice) {
        long[] set = new Filter(slice).admitted();
        short[] column = worksiteState ? worksite : recruited;
        long[] counts = new long[placeIndex.size()];
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
        entity = entity != null && entity < 0 ? null : entity;
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
