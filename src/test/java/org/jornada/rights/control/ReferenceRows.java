package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jornada.rights.control.WageRate.Kind;
import org.jornada.rights.control.WageRate.Status;

/**
 * The wage-table rows the wage check's unit tests work with: V21's figures as V29 ends them, from
 * ../shared/reference/domain-reference.md ("DR") and aewr-2026.md ("AEWR"), and the day the tests
 * call today. One list, so every hand-worked case reads the same tables.
 */
public final class ReferenceRows {

    /** "Today" for every case: a guarantee or a cost is owed only once its day has come. */
    public static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-06T12:00:00Z"), ZoneOffset.UTC);

    public static final List<WageRate> ROWS = List.of(
            // DR 1c / AEWR 3: 2024 and 2025 AEWRs; the 2024 row ends the day before the 2025 table (V29)
            ending("AEWR-2024", Kind.AEWR, "NC", "15.81", "2024-01-01", "2024-12-15", Status.SECONDARY),
            rate("AEWR-2025", Kind.AEWR, "NC", "16.16", "2024-12-16", Status.SECONDARY),
            rate("AEWR-2025", Kind.AEWR, "KY", "15.87", "2024-12-16", Status.DIRECT),
            rate("AEWR-2025", Kind.AEWR, "CA", "19.97", "2024-12-16", Status.DIRECT),
            rate("AEWR-2025", Kind.AEWR, "FL", "16.23", "2024-12-30", Status.DIRECT),
            rate("AEWR-2025", Kind.AEWR, "GA", "16.08", "2024-12-30", Status.DIRECT),
            rate("AEWR-2025", Kind.AEWR, "WA", "19.82", "2024-12-16", Status.INFERRED),
            // AEWR 1b, 1d: the interim final rule's Skill Level I and housing adjustments
            rate("AEWR-IFR-2025-I", Kind.AEWR_SKILL_I, "CA", "16.45", "2025-10-02", Status.SECONDARY),
            rate("AEWR-IFR-2025-I", Kind.AEWR_SKILL_I, "GA", "12.27", "2025-10-02", Status.SECONDARY),
            rate("HOUSING-ADJ-IFR-2025", Kind.HOUSING_ADJUSTMENT, "CA", "3.00", "2025-10-02", Status.SECONDARY),
            rate("HOUSING-ADJ-IFR-2025", Kind.HOUSING_ADJUSTMENT, "GA", "1.75", "2025-10-02", Status.SECONDARY),
            // AEWR 4: minimum wages
            rate("MIN-WAGE-FEDERAL", Kind.MINIMUM_WAGE, "US", "7.25", "2009-07-24", Status.DIRECT),
            rate("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "NC", "7.25", "2009-07-24", Status.SECONDARY),
            rate("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "KY", "7.25", "2009-07-24", Status.SECONDARY),
            rate("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "TX", "7.25", "2009-07-24", Status.SECONDARY),
            rate("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "CA", "16.90", "2026-01-01", Status.SECONDARY),
            rate("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "WA", "17.13", "2026-01-01", Status.SECONDARY),
            ending("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "FL", "14.00", "2025-09-30", "2026-09-29", Status.SECONDARY),
            rate("MIN-WAGE-STATE-2026", Kind.MINIMUM_WAGE, "FL", "15.00", "2026-09-30", Status.SECONDARY));

    /** The wage check over {@link #ROWS}, on {@link #TODAY}. */
    public static final WageCheck CHECK = new WageCheck(ROWS, TODAY);

    private ReferenceRows() {
    }

    public static WageRate rate(String table, Kind kind, String state, String rate, String from, Status status) {
        return new WageRate(table, table, kind, state, new BigDecimal(rate), LocalDate.parse(from), status, "reference");
    }

    public static WageRate ending(String table, Kind kind, String state, String rate, String from, String to,
            Status status) {
        return new WageRate(table, table, kind, state, new BigDecimal(rate), LocalDate.parse(from), status, "reference",
                LocalDate.parse(to));
    }
}
