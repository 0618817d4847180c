package org.jornada.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jornada.rights.control.WageAnswer.Basis;
import org.jornada.rights.control.WageQuestion.Contract;
import org.jornada.rights.control.WageQuestion.Costs;
import org.jornada.rights.control.WageQuestion.PayBasis;
import org.jornada.rights.control.WageQuestion.Period;
import org.jornada.rights.control.WageQuestion.Visa;
import org.junit.jupiter.api.Test;

/**
 * Each case worked by hand from ../shared/reference (the figures and rules cited beside them),
 * with the arithmetic written out. The rows are the ones V21 loads.
 */
class WageCheckTest {

    /** domain-reference.md 1b, aewr-2026.md 1b/1d/4 (ReferenceRows). */
    static final WageCheck CHECK = ReferenceRows.CHECK;

    private static BigDecimal $(String amount) {
        return new BigDecimal(amount);
    }

    private static WageQuestion h2a(String state, String filedOn, PayBasis basis, String hourly, List<Period> periods,
            Contract contract, Costs costs) {
        return new WageQuestion(Visa.H2A, state, filedOn == null ? null : LocalDate.parse(filedOn), basis,
                hourly == null ? null : $(hourly), null, null, null, periods, List.of(), costs, contract);
    }

    private static Period week(String from, String to, String hours, String paid) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to), $(hours), $(paid), null, null);
    }

    @Test
    void anH2aHourlyWorkerPaidBelowTheAewrInNorthCarolinaIn2025IsOwedTheDifference() {
        // NC 2025 AEWR 16.16 from Dec 16 2024 (89 FR 101628; ginpress.org: secondary). Promised 14.00/h,
        // paid 14.00 x 40 = 560.00. Floor = max(16.16 AEWR, 14.00 promised, 7.25 NC, 7.25 federal) = 16.16.
        // Owed 40 x 16.16 = 646.40; short 646.40 - 560.00 = 86.40.
        WageAnswer a = CHECK.answer(h2a("NC", "2025-02-01", PayBasis.HOURLY, "14.00",
                List.of(week("2025-05-05", "2025-05-11", "40", "560.00")), null, null));
        assertEquals($("16.16"), a.floor().hourly());
        assertEquals(Basis.AEWR, a.floor().basis());
        assertEquals("AEWR-2025", a.floor().table().table());
        assertEquals($("646.40"), a.periods().get(0).owed());
        assertEquals($("86.40"), a.periods().get(0).shortfall());
        assertEquals($("86.40"), a.totalShortfall());
        assertTrue(a.assumptions().stream().anyMatch(n -> n.key().equals("wage.note.notOfficial")),
                "the figure is not from DOL's own table, and the answer says so");
        // NC written contract: 3 years from the underpaid payday (reference section 3); the SWA complaint
        // system 2 years (20 CFR 658.411(d)(6)). Corrected in issue #25 (rule 5): 14.00 an hour is above the
        // federal minimum 7.25, so there is no FLSA claim and no FLSA clock (it was listed before).
        assertTrue(a.deadlines().contains(new WageAnswer.Deadline("STATE_CONTRACT", LocalDate.parse("2028-05-11"))));
        assertTrue(a.deadlines().contains(new WageAnswer.Deadline("SWA_COMPLAINT", LocalDate.parse("2027-05-11"))));
        assertTrue(a.deadlines().stream().noneMatch(d -> d.rule().startsWith("FLSA")), a.deadlines().toString());
    }

    @Test
    void aPieceRateWeekUnderTheHourlyFloorIsMadeUpToIt() {
        // 300 buckets at 2.00 = 600.00 for 50 hours. Floor 16.16 x 50 = 808.00 > 600.00, so 808.00 owed
        // (655.122(l): piece-rate earnings must reach the hourly floor); short 808.00 - 600.00 = 208.00.
        Period piece = new Period(LocalDate.parse("2025-06-02"), LocalDate.parse("2025-06-08"), $("50"), $("600.00"),
                $("300"), $("2.00"));
        WageAnswer a = CHECK.answer(h2a("NC", "2025-02-01", PayBasis.PIECE, null, List.of(piece), null, null));
        assertEquals($("808.00"), a.periods().get(0).owed());
        assertEquals($("208.00"), a.totalShortfall());
        // A good week by the piece owes nothing: 450 x 2.00 = 900.00 > 808.00.
        Period good = new Period(LocalDate.parse("2025-06-09"), LocalDate.parse("2025-06-15"), $("50"), $("900.00"),
                $("450"), $("2.00"));
        assertEquals($("0.00"), CHECK.answer(h2a("NC", "2025-02-01", PayBasis.PIECE, null, List.of(good), null, null))
                .totalShortfall());
    }

    @Test
    void theThreeFourthsGuaranteeShortfallIsCountedOverTheContract() {
        // Contract Apr 1 to Jun 23 2025: 84 days = 12 weeks at 40 h = 480 hours offered; 3/4 = 360
        // guaranteed (655.122(i)). Worked 150 + 150 = 300 (each paid in full at 16.16). Short 60 hours
        // x 16.16 = 969.60.
        Contract contract = new Contract(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-23"), $("40"));
        WageAnswer a = CHECK.answer(h2a("NC", "2025-02-01", PayBasis.HOURLY, null, List.of(
                week("2025-04-01", "2025-05-12", "150", "2424.00"), week("2025-05-13", "2025-06-23", "150", "2424.00")),
                contract, null));
        assertEquals($("0.00"), a.totalShortfall(), "150 x 16.16 = 2,424.00: each period paid at the floor");
        assertEquals($("480.00"), a.threeFourths().hoursOffered());
        assertEquals($("360.00"), a.threeFourths().hoursGuaranteed());
        assertEquals($("300.00"), a.threeFourths().hoursWorked());
        assertEquals($("969.60"), a.threeFourths().shortfall());
        assertTrue(a.threeFourths().enforced());
    }

    @Test
    void anH2bWorkerWithUnreimbursedVisaFeesIsOwedThemAfterTheFirstWorkweek() {
        // H-2B (655.20(j)(2)): visa and related fees paid back in the first workweek. Contract from
        // Mar 2 2026: first week ends Mar 8. Two weeks worked, fees 190.00 not paid back: 190.00 owed.
        // Inbound travel 250.00 only at half the contract (Mar 2 to Sep 30: 29 + 30 + 31 + 30 + 31 + 31 + 30
        // = 212 days; half = 106 days after Mar 2 = Jun 16): not yet. Three-fourths: computed, but not enforced by DOL (appropriations rider).
        Contract contract = new Contract(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-09-30"), $("40"));
        WageQuestion q = new WageQuestion(Visa.H2B, "TX", null, PayBasis.HOURLY, $("15.00"), null, null, null,
                List.of(week("2026-03-02", "2026-03-15", "80", "1200.00")), List.of(),
                new Costs(null, $("190.00"), $("250.00"), false), contract);
        WageAnswer a = CHECK.answer(q);
        assertEquals($("190.00"), a.reimbursements().visa());
        assertEquals($("0.00"), a.reimbursements().travel());
        // Corrected in issue #25 (rule 4): the day a cost is owed from is the cost's own, not a claim's
        // deadline ("owed once half the contract is done, from Jun 16", never "must be paid back by").
        WageAnswer.Cost visa = a.reimbursements().costs().stream().filter(c -> c.kind().equals("VISA")).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2026-03-08"), visa.owedFrom());
        assertEquals(WageAnswer.CostStatus.OWED, visa.status());
        WageAnswer.Cost travel = a.reimbursements().costs().stream().filter(c -> c.kind().equals("TRAVEL")).findFirst().orElseThrow();
        assertEquals(LocalDate.parse("2026-06-16"), travel.owedFrom());
        assertEquals(WageAnswer.CostStatus.IF_WORKED_UNTIL, travel.status(),
                "the last paycheck (Mar 15) is before the half, which has passed: owed if worked until then");
        assertFalse(a.threeFourths().enforced());
        assertEquals(Basis.PROMISED_RATE, a.floor().basis(), "no prevailing wage known: the promised 15.00 over 7.25");
        assertTrue(a.assumptions().stream().anyMatch(n -> n.key().equals("wage.assume.noPrevailingWage")));
    }

    @Test
    void theTableIsChosenByTheDayTheJobOrderWasFiled() {
        // The same week of January 2026 in California. Filed Sep 15 2025 (before Oct 2): the 2023
        // method's 2025 AEWR, 19.97, stays for the contract. Filed Oct 15 2025: the IFR's Skill Level I,
        // 16.45, less the housing adjustment 3.00 = 13.45 (90 FR 47914).
        List<Period> week = List.of(week("2026-01-05", "2026-01-11", "40", "600.00"));
        WageAnswer before = CHECK.answer(h2a("CA", "2025-09-15", PayBasis.HOURLY, null, week, null, null));
        assertEquals($("19.97"), before.floor().hourly());
        assertEquals("AEWR-2025", before.floor().table().table());
        // 40 x 19.97 = 798.80; short 198.80
        assertEquals($("198.80"), before.totalShortfall());
        WageAnswer after = CHECK.answer(h2a("CA", "2025-10-15", PayBasis.HOURLY, null, week, null, null));
        assertTrue(after.assumptions().stream().anyMatch(n -> n.key().equals("wage.assume.skillI")));
        assertTrue(after.assumptions().stream().anyMatch(n -> n.key().equals("wage.assume.freeHousing")));
        // and 2024: a week of May 2024 in NC under the 2024 table, 15.81
        assertEquals($("15.81"), CHECK.answer(h2a("NC", "2024-03-01", PayBasis.HOURLY, null,
                List.of(week("2024-05-06", "2024-05-12", "40", "600.00")), null, null)).floor().hourly());
    }

    @Test
    void aStateMinimumAboveTheAdjustedAewrIsTheFloor() {
        // CA, job order filed Oct 15 2025, week of Jan 2026: IFR 16.45 - 3.00 = 13.45 < CA minimum
        // 16.90 from Jan 1 2026 (aewr-2026.md 1e: "16.90 binds"). Owed 40 x 16.90 = 676.00, paid 600.00,
        // short 76.00.
        WageAnswer a = CHECK.answer(h2a("CA", "2025-10-15", PayBasis.HOURLY, null,
                List.of(week("2026-01-05", "2026-01-11", "40", "600.00")), null, null));
        assertEquals($("16.90"), a.floor().hourly());
        assertEquals(Basis.STATE_MINIMUM, a.floor().basis());
        assertEquals($("76.00"), a.totalShortfall());
    }

    @Test
    void whatIsUnknownIsAssumedAndSaid() {
        WageAnswer a = CHECK.answer(new WageQuestion(Visa.H2A, "NC", null, null, null, null, null, null,
                List.of(new Period(LocalDate.parse("2025-07-07"), LocalDate.parse("2025-07-13"), null, $("500"), null, null)),
                List.of(), null, null));
        assertNull(a.periods().get(0).owed(), "no hours: nothing to compare");
        assertNull(a.threeFourths());
        List<String> keys = a.assumptions().stream().map(WageAnswer.Note::key).toList();
        // Corrected in issue #25 (rule 6): work in July 2025 was under a job order filed before Oct 2 2025,
        // which the answer says (it used to say it took the contract's start as the filing day)
        assertTrue(keys.containsAll(List.of("wage.assume.filedBeforeIfr", "wage.assume.noHours", "wage.assume.noContract",
                "wage.note.advocateChecks")), keys.toString());
    }

    @Test
    void withNoDateAtAllTheAnswerSaysSoAndNeverWritesNull() {
        WageAnswer a = CHECK.answer(new WageQuestion(Visa.H2A, "GA", null, null, null, null, null, null,
                List.of(), List.of(), null, null));
        List<String> keys = a.assumptions().stream().map(WageAnswer.Note::key).toList();
        assertTrue(keys.contains("wage.assume.noDates"), keys.toString());
        assertTrue(keys.contains("wage.assume.filedUnknown"), "no day at all: both rules, and the answer says so: " + keys);
        assertTrue(a.alternative() != null, "the interim final rule's figures beside the older rule's");
        assertTrue(a.assumptions().stream().flatMap(n -> n.args().stream()).noneMatch(arg -> "null".equals(String.valueOf(arg))),
                a.assumptions().toString());
    }
}
