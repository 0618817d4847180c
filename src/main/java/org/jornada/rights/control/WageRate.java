package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One figure of a wage table (V21, or a table an ADMIN imported): which table, for which state
 * ({@code US} for a federal or national figure), from when, how sure, and from where.
 */
public record WageRate(String table, String tableName, Kind kind, String state, BigDecimal rate,
        LocalDate effectiveFrom, Status status, String source, LocalDate effectiveTo) {

    /** A row in force from {@code effectiveFrom} until a newer row replaces it. */
    public WageRate(String table, String tableName, Kind kind, String state, BigDecimal rate, LocalDate effectiveFrom,
            Status status, String source) {
        this(table, tableName, kind, state, rate, effectiveFrom, status, source, null);
    }

    /**
     * Whether the row is in force on {@code day}: from its first day to its last ({@code
     * effectiveTo}, V29), when it has one. A yearly AEWR row ends the day before the next year's table
     * takes effect, so a state missing from that table is a gap, never last year's figure (issue #25).
     */
    public boolean inForceOn(LocalDate day) {
        return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    /** What the figure is. */
    public enum Kind {
        /** The AEWR of the 2023 method (Farm Labor Survey), for job orders filed before Oct 2 2025. */
        AEWR,
        /** The interim final rule's AEWR (90 FR 47914), Skill Level I and II, from Oct 2 2025. */
        AEWR_SKILL_I, AEWR_SKILL_II,
        /** Subtracted from the IFR AEWR for H-2A workers given free housing. */
        HOUSING_ADJUSTMENT,
        /** The range (herding) AEWR, per month. */
        RANGE_MONTHLY,
        MINIMUM_WAGE
    }

    /** How sure the figure is (../shared/reference/aewr-2026.md). */
    public enum Status {
        /** From DOL's own table or notice. */
        DIRECT,
        /** A news, advocacy or trade source reports it; not DOL's table itself. */
        SECONDARY,
        /** Copied from a sourced state of the same Farm Labor Survey region. */
        INFERRED,
        /** Weak or conflicting sources. */
        UNVERIFIED;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Whether the figure is from the official table itself. */
    public boolean official() {
        return status == Status.DIRECT;
    }
}
