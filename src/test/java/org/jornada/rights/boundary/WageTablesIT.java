package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.rights.control.WageRate;
import org.jornada.rights.control.WageRate.Kind;
import org.jornada.rights.control.WageRate.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed application on MariaDB: the wage tables as V21 loaded them and V29 corrected
 * them (issue #25), read the way the wage check reads them: each row's status and last day in
 * force, as ../shared/reference/domain-reference.md (DR) and aewr-2026.md (AEWR26) say.
 */
@ExtendWith(ArquillianExtension.class)
class WageTablesIT {

    /** The Farm Labor Survey tables of the 2023 method, as their notices list them (DR 1b-1d). */
    private static final Set<String> FLS_TABLES = Set.of("AEWR-2023", "AEWR-2024", "AEWR-2025");

    @Inject
    WageTables tables;

    private WageRate row(String table, String state) {
        List<WageRate> rows = tables.read().stream().filter(r -> r.table().equals(table) && r.state().equals(state))
                .toList();
        assertEquals(1, rows.size(), table + " " + state + ": " + rows);
        return rows.get(0);
    }

    @Test
    void washingtonsFarmLaborSurveyRateFor2025IsInferredFromOregon() {
        // AEWR26 3: "WA 2025: not found directly. WA shares the Pacific region with OR ... so WA is
        // inferred at 19.82" (DR 1b says verified: the more cautious status wins).
        WageRate wa = row("AEWR-2025", "WA");
        assertEquals(Status.INFERRED, wa.status());
        assertEquals(new BigDecimal("19.82"), wa.rate());
        assertTrue(wa.source().contains("OR 19.82"), wa.source());
        assertNull(wa.effectiveTo(), "AEWR26 2: job orders filed before Oct 2 2025 keep the 2025 rate");
    }

    @Test
    void alaskaAndDcAreUnverifiedOewsFiguresOfATableOfTheirOwnNotOfTheFarmLaborSurveyNotices() {
        // DR 1b: Alaska and DC "N/A in FLS notice (OEWS-based; mobilefarmware lists 19.52)" / "22.23";
        // DR 1c: "AK 18.02 (OEWS) ... DC 20.72 (OEWS)"; DR 1e: OEWS-based AEWRs for AK and DC come
        // from another notice (90 FR 30988), not retrieved.
        List<WageRate> rows = tables.read().stream().filter(r -> Set.of("AK", "DC").contains(r.state())
                && r.kind() == Kind.AEWR && (FLS_TABLES.contains(r.table()) || r.table().equals("AEWR-OEWS-AK-DC")))
                .toList();
        assertEquals(4, rows.size(), rows.toString());
        for (WageRate r : rows) {
            assertEquals("AEWR-OEWS-AK-DC", r.table(), "not in an FLS table: " + r);
            assertEquals(Status.UNVERIFIED, r.status(), r.toString());
            assertTrue(r.tableName().contains("OEWS") && r.tableName().contains("not in the FLS notices"),
                    r.tableName());
        }
        WageRate ak = rows.stream().filter(r -> r.state().equals("AK") && r.effectiveFrom().equals(LocalDate.of(2024, 1, 1)))
                .findFirst().orElseThrow();
        // Same dates as the 2024 FLS rows of a state outside the Kansas v. DOL injunction (DR 1b).
        assertEquals(new BigDecimal("18.02"), ak.rate());
        assertEquals(LocalDate.of(2024, 12, 15), ak.effectiveTo());
        WageRate dc = rows.stream().filter(r -> r.state().equals("DC") && r.effectiveFrom().equals(LocalDate.of(2024, 12, 16)))
                .findFirst().orElseThrow();
        assertEquals(new BigDecimal("22.23"), dc.rate());
        assertNull(dc.effectiveTo());
    }

    @Test
    void michigans2025RateIsUnverifiedBecauseTwoSourcesDisagree() {
        // AEWR26 3: "MI,18.15 or 18.18,Crain's Grand Rapids says 18.15; UFW Foundation says 18.18 [conflict,
        // unverified]"; DR 1b: "verified-expected".
        WageRate mi = row("AEWR-2025", "MI");
        assertEquals(Status.UNVERIFIED, mi.status());
        assertEquals(new BigDecimal("18.15"), mi.rate());
    }

    @Test
    void a2024RateEndsTheDayBeforeThe2025RateTookEffectInItsState() {
        // DR 1b "Effective dates": the 2025 AEWR took effect Dec 16 2024 in most states and Dec 30 2024 in
        // the 17 Kansas v. DOL states (AR, FL, GA, ID, IN, IA, KS, LA, MO, MT, NE, ND, OK, SC, TN, TX, VA).
        WageRate nc = row("AEWR-2024", "NC");
        assertEquals(LocalDate.of(2024, 12, 15), nc.effectiveTo());
        WageRate ga = row("AEWR-2024", "GA");
        assertEquals(LocalDate.of(2024, 12, 29), ga.effectiveTo());
        LocalDate between = LocalDate.of(2024, 12, 20);
        assertFalse(nc.inForceOn(between), "North Carolina is on the 2025 rate by then");
        assertTrue(row("AEWR-2025", "NC").inForceOn(between));
        assertTrue(ga.inForceOn(between), "Georgia keeps the 2024 rate to Dec 29");
        assertFalse(row("AEWR-2025", "GA").inForceOn(between));
        // DR 1d / 1c: the 2023 AEWR until the 2024 one of Jan 1 2024.
        assertEquals(LocalDate.of(2023, 12, 31), row("AEWR-2023", "CA").effectiveTo());
    }

    @Test
    void oregonsStandardMinimumEndsJune302026BecauseTheJulyAdjustmentWasNotFound() {
        // AEWR26 4: "OR,15.05,standard rate from 1 Jul 2025"; "OR: the 1 Jul 2026 inflation adjustment was
        // not found. The 2025 tiers above run to 30 Jun 2026."
        WageRate or = row("MIN-WAGE-STATE-2026", "OR");
        assertEquals(LocalDate.of(2026, 6, 30), or.effectiveTo());
        assertTrue(or.inForceOn(LocalDate.of(2026, 6, 30)));
        assertFalse(or.inForceOn(LocalDate.of(2026, 7, 1)), "a gap from Jul 1 2026, not 15.05 carried on");
        // AEWR26 4: "FL: 14.00 applies 1 Jan-29 Sep 2026 and 15.00 from 30 Sep 2026".
        List<WageRate> fl = tables.read().stream().filter(r -> r.table().equals("MIN-WAGE-STATE-2026")
                && r.state().equals("FL")).toList();
        assertEquals(LocalDate.of(2026, 9, 29), fl.stream().filter(r -> r.rate().compareTo(new BigDecimal("14.00")) == 0)
                .findFirst().orElseThrow().effectiveTo());
        assertNull(fl.stream().filter(r -> r.rate().compareTo(new BigDecimal("15.00")) == 0).findFirst().orElseThrow()
                .effectiveTo());
    }

    @Test
    void theListSaysUntilWhenEachTableIsInForce() {
        // A table is in force to its last row's end, and open while one of its rows is (V29).
        List<WageTables.Listed> listed = tables.list();
        assertEquals(LocalDate.of(2023, 12, 31), listed.stream().filter(t -> t.code().equals("AEWR-2023")).findFirst()
                .orElseThrow().effectiveTo());
        assertEquals(LocalDate.of(2024, 12, 29), listed.stream().filter(t -> t.code().equals("AEWR-2024")).findFirst()
                .orElseThrow().effectiveTo());
        WageTables.Listed oews = listed.stream().filter(t -> t.code().equals("AEWR-OEWS-AK-DC")).findFirst().orElseThrow();
        assertNull(oews.effectiveTo(), "its 2025 rows are open");
        assertEquals(4, oews.rows());
        assertEquals(25, listed.stream().filter(t -> t.code().equals("AEWR-2024")).findFirst().orElseThrow().rows(),
                "DR 1c's 27 states less AK and DC");
    }
}
