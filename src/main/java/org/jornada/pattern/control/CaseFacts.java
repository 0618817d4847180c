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
 * the database took seconds (docs/performance.md): the counting is {@link CaseCounter}'s, the
 * conditions compiled by {@link CompiledSlice}. Not thread-safe: {@code CaseCopyRefresher} guards it.
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

    static final byte COUNTED = 1;
    static final byte VERIFIED = 2;
    static final byte ORGANIZING = 4;

    private final ZoneId zone;
    final LongUnaryOperator survivor;
    int size;
    long[] ids = new long[0];
    int[] employer = new int[0];
    int[] recruiter = new int[0];
    /** Seconds since {@link #EPOCH} (2000-01-01): an int holds them until 2068. */
    int[] received = new int[0];
    short[] month = new short[0];
    byte[] visa = new byte[0];
    short[] worksite = new short[0];
    short[] recruited = new short[0];
    byte[] flags = new byte[0];
    short[] groups = new short[0];

    final LongIntIndex entityIndex = new LongIntIndex();
    long[] entityIds = new long[16];
    final Map<String, Short> placeIndex = new HashMap<>();
    String[] places = new String[16];
    private final CaseCounter counter = new CaseCounter(this);

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

    /** The column of directory slots a role reads. */
    int[] column(Role role) {
        return role == Role.EMPLOYER ? employer : recruiter;
    }

    /** Complaints, organizing requests and per-group counts of every entry of the role with at least one case. */
    public EntitySums byEntity(Role role, Slice slice) {
        return counter.byEntity(role, slice);
    }

    /**
     * For the entries asked (a ranking's page): cases since {@code recentFrom} and cases from
     * {@code usualFrom} up to it, both before {@code until} (epoch seconds), under the slice's
     * conditions but its months; {@code [i][0]} recent, {@code [i][1]} usual.
     */
    public long[][] windows(Role role, Slice slice, long usualFrom, long recentFrom, long until, long[] asked) {
        return counter.windows(role, slice, usualFrom, recentFrom, until, asked);
    }

    /** Complaints and per-group counts by month index, for the months with at least one. */
    public TreeMap<Integer, long[]> byMonth(Slice slice) {
        return counter.byMonth(slice);
    }

    /** Complaints by worksite state, or by place of recruitment whose code starts with {@code prefix}. */
    public TreeMap<String, Long> byPlace(boolean worksiteState, String prefix, Slice slice) {
        return counter.byPlace(worksiteState, prefix, slice);
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
        return counter.behind(slice, cell, limit);
    }
}
