package org.jornada.pattern.control;

/**
 * A {@link CaseFacts.Slice}'s conditions compiled against one copy's dictionaries (visa code,
 * place slot, entry slots, flag and group bits), and which of the copy's cases they admit. Made
 * for one view and read while no case is put ({@code CaseCopyRefresher} lets one view run at a
 * time).
 */
final class CompiledSlice {

    private final CaseFacts facts;
    private final int from;
    private final int to;
    private final byte visaCode;
    private final short state;
    private final byte need;
    private final int groupBit;
    private final boolean[] employers;

    /** True when no case can be admitted (a worksite state no case names). */
    final boolean impossible;

    CompiledSlice(CaseFacts facts, CaseFacts.Slice slice) {
        this.facts = facts;
        from = slice.fromMonth();
        to = slice.toMonth();
        visaCode = slice.visa() == null ? 0 : (byte) (slice.visa().ordinal() + 1);
        Short s = slice.worksiteState() == null ? null : facts.placeIndex.get(slice.worksiteState());
        state = s == null ? -1 : s;
        need = (byte) (CaseFacts.COUNTED | (slice.verifiedOnly() ? CaseFacts.VERIFIED : 0));
        groupBit = slice.group() == null ? 0 : 1 << slice.group().ordinal();
        if (slice.employers() != null) {
            employers = new boolean[facts.entityIndex.size()];
            for (Long id : slice.employers()) {
                int at = facts.entityIndex.get(facts.survivor.applyAsLong(id));
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
        long[] set = new long[(facts.size + 63) >>> 6];
        if (impossible) {
            return set;
        }
        final byte[] fl = facts.flags;
        final short[] mo = facts.month;
        final byte[] vi = facts.visa;
        final short[] ws = facts.worksite;
        final short[] gr = facts.groups;
        final int[] em = facts.employer;
        final boolean[] allowed = employers;
        final byte needed = need;
        final int bit = groupBit;
        final byte code = visaCode;
        final short where = state;
        for (int i = 0, n = facts.size; i < n; i++) {
            int m = mo[i];
            if ((fl[i] & needed) == needed && m >= from && m <= to && (code == 0 || vi[i] == code)
                    && (where < 0 || ws[i] == where) && (bit == 0 || (gr[i] & bit) != 0)
                    && (allowed == null || em[i] >= 0 && allowed[em[i]])) {
                set[i >>> 6] |= 1L << i;
            }
        }
        return set;
    }

    /** Whether the case at this position is admitted. */
    boolean admits(int i) {
        return (facts.flags[i] & need) == need && facts.month[i] >= from && facts.month[i] <= to
                && (visaCode == 0 || facts.visa[i] == visaCode) && (state < 0 || facts.worksite[i] == state)
                && (groupBit == 0 || (facts.groups[i] & groupBit) != 0)
                && (employers == null || (facts.employer[i] >= 0 && employers[facts.employer[i]]));
    }
}
