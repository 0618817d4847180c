package org.jornada.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jornada.rights.control.WageAnswer.CostStatus;
import org.jornada.rights.control.WageQuestion.Contract;
import org.jornada.rights.control.WageQuestion.Costs;
import org.jornada.rights.control.WageQuestion.Deduction;
import org.jornada.rights.control.WageQuestion.PayBasis;
import org.jornada.rights.control.WageQuestion.Period;
import org.jornada.rights.control.WageQuestion.Visa;
import org.junit.jupiter.api.Test;

/**
 * The rules of issue #25, one case each, worked by hand before they were coded: the figures in the
 * comments, each rule cited from ../shared/reference/domain-reference.md ("DR") or aewr-2026.md
 * ("AEWR"). The rows are V21's as V29 ends them.
 */
class WageRulesTest {

    private static final List<WageRate> ROWS = ReferenceRows.ROWS;
    private static final WageCheck CHECK = ReferenceRows.CHECK;

    private static BigDecimal $(String amount) {
        return new BigDecimal(amount);
    }

    private static Period paid(String from, String to, String hours, String paid) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to), $(hours), $(paid), null, null);
    }

    private static Contract contract(String from, String to, String hoursPerWeek) {
        return new Contract(LocalDate.parse(from), LocalDate.parse(to), hoursPerWeek == null ? null : $(hoursPerWeek));
    }

    private static WageQuestion question(Visa visa, String state, String filed, String promised, List<Period> periods,
            List<Deduction> deductions, Costs costs, Contract contract) {
        return new WageQuestion(visa, state, filed == null ? null : LocalDate.parse(filed), PayBasis.HOURLY,
                promised == null ? null : $(promised), null, null, null, periods, deductions, costs, contract);
    }

    private static List<String> keys(WageAnswer a) {
        return a.assumptions().stream().map(WageAnswer.Note::key).toList();
    }

    // Rule 1. H-2A three-fourths guarantee over the whole contract (DR 2, 655.122(i): "measured from the first
    // workday to the end date").

    @Test
    void theH2aGuaranteeCountsTheWholeContractAndGivesBothFiguresForDaysWithNoPaycheck() {
        // Contract Apr 1 - Jun 23 2025 = 84 days at 40 h a week: 84 x 40/7 = 480 h offered, 3/4 = 360 guaranteed.
        // Paychecks entered: Apr 1 - Jun 9 (70 days), 200 h, paid 200 x 16.16 = 3,232.00 (NC 2025 AEWR 16.16).
        // Missing: Jun 10 - Jun 23 = 14 days = 14 x 40/7 = 80 h.
        //   no work then:    360 - 200      = 160 h x 16.16 = 2,585.60
        //   full hours then: 360 - 200 - 80 =  80 h x 16.16 = 1,292.80 (the lower figure: in the total)
        // Before issue #25 the guarantee was counted only to Jun 9 (70 days: 300 h guaranteed).
        WageAnswer a = CHECK.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-04-01", "2025-06-09", "200", "3232.00")), List.of(), null,
                contract("2025-04-01", "2025-06-23", "40")));
        WageAnswer.ThreeFourths t = a.threeFourths();
        assertEquals($("480.00"), t.hoursOffered());
        assertEquals($("360.00"), t.hoursGuaranteed());
        assertEquals($("200.00"), t.hoursWorked());
        assertEquals(List.of(new WageAnswer.Span(LocalDate.parse("2025-06-10"), LocalDate.parse("2025-06-23"))),
                t.missingDays());
        assertEquals($("1292.80"), t.shortfall());
        assertEquals($("2585.60"), t.shortfallIfNoWork());
        assertEquals($("0.00"), a.totalShortfall(), "each hour worked was paid at 16.16");
        assertEquals($("1292.80"), a.totalOwed());
        assertTrue(t.enforced() && t.due());
        assertTrue(keys(a).contains("wage.note.threeFourthsMissingDays"), keys(a).toString());
    }

    @Test
    void aContractStillRunningOwesNoGuaranteeYetAndSaysWhenItIsMeasured() {
        // Same contract, "today" May 1 2025: the guarantee is measured at the end (Jun 23): nothing owed yet, and
        // days after today are not "missing".
        WageCheck onMayFirst = new WageCheck(ROWS, java.time.Clock.fixed(java.time.Instant.parse("2025-05-01T12:00:00Z"),
                java.time.ZoneOffset.UTC));
        WageAnswer a = onMayFirst.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-04-01", "2025-04-30", "100", "1616.00")), List.of(), null,
                contract("2025-04-01", "2025-06-23", "40")));
        assertFalse(a.threeFourths().due());
        assertEquals($("0.00"), a.threeFourths().shortfall());
        assertEquals(List.of(new WageAnswer.Span(LocalDate.parse("2025-05-01"), LocalDate.parse("2025-05-01"))),
                a.threeFourths().missingDays(), "only today has no paycheck yet; later days are to come");
        assertTrue(keys(a).contains("wage.note.threeFourthsNotYet"), keys(a).toString());
    }

    // Rule 2. H-2B: each 12-week period, 6-week if the job order is under 120 days (DR 2, 655.20(f)); not enforced
    // by DOL (DR 0, Fact Sheet #78).

    @Test
    void theH2bGuaranteeIsMeasuredInEachTwelveWeekPeriodSoAGoodFirstDoesNotHideABadSecond() {
        // Contract Mar 2 - Aug 16 2026 = 168 days (30+30+31+30+31+16): two 12-week periods,
        // Mar 2 - May 24 and May 25 - Aug 16, each 84 days x 40/7 = 480 h offered, 360 guaranteed.
        // Paid 15.00 an hour (promised; TX minimum 7.25). Period 1: 480 h worked. Period 2: 200 h worked.
        //   per period: 0 + (360 - 200) = 160 h x 15.00 = 2,400.00
        //   cumulatively (the old count): 720 - 680 = 40 h x 15.00 = 600.00
        WageAnswer a = CHECK.answer(question(Visa.H2B, "TX", null, "15.00", List.of(
                paid("2026-03-02", "2026-05-24", "480", "7200.00"), paid("2026-05-25", "2026-08-16", "200", "3000.00")),
                List.of(), null, contract("2026-03-02", "2026-08-16", "40")));
        List<WageAnswer.Window> w = a.threeFourths().windows();
        assertEquals(2, w.size());
        assertEquals(LocalDate.parse("2026-05-24"), w.get(0).to());
        assertEquals($("0.00"), w.get(0).shortfall());
        assertEquals($("360.00"), w.get(1).hoursGuaranteed());
        assertEquals($("200.00"), w.get(1).hoursWorked());
        assertEquals($("2400.00"), w.get(1).shortfall());
        assertEquals($("2400.00"), a.threeFourths().shortfall());
        assertFalse(a.threeFourths().enforced());
        assertTrue(keys(a).contains("wage.note.threeFourthsNotEnforced"));
    }

    @Test
    void anH2bJobOrderUnder120DaysIsMeasuredInSixWeekPeriods() {
        // Contract Mar 2 - May 24 2026 = 84 days < 120: periods of 6 weeks, Mar 2 - Apr 12 and Apr 13 - May 24,
        // each 42 x 40/7 = 240 h offered, 180 guaranteed. Worked 240, then 100: (180 - 100) x 15.00 = 1,200.00.
        WageAnswer a = CHECK.answer(question(Visa.H2B, "TX", null, "15.00", List.of(
                paid("2026-03-02", "2026-04-12", "240", "3600.00"), paid("2026-04-13", "2026-05-24", "100", "1500.00")),
                List.of(), null, contract("2026-03-02", "2026-05-24", "40")));
        assertEquals(2, a.threeFourths().windows().size());
        assertEquals(LocalDate.parse("2026-04-12"), a.threeFourths().windows().get(0).to());
        assertEquals($("1200.00"), a.threeFourths().shortfall());
    }

    // Rule 3. Deductions (DR 2): H-2A housing free (655.122(d)), tools free (655.122(f)); meals up to DOL's
    // charge (655.122(g)); others lawful and in writing (655.122(p)).

    @Test
    void anH2aHousingOrToolsDeductionIsOwedBackAndMealsAreLeftToTheAdvocate() {
        // A week May 5 - 11 2025 in NC, 40 h paid at the floor: 40 x 16.16 = 646.40 (no wage shortfall).
        // Taken from the pay: housing 50.00 + tools 20.00 (owed back: 70.00), meals 35.00 and a loan 100.00
        // (not counted: DOL's meal charge is not in the tables; the loan's lawfulness is the advocate's question).
        List<Deduction> taken = List.of(new Deduction("renta de la vivienda", $("50.00")),
                new Deduction("herramientas", $("20.00")), new Deduction("comida", $("35.00")),
                new Deduction("préstamo", $("100.00")));
        WageAnswer a = CHECK.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-05-05", "2025-05-11", "40", "646.40")), taken, null, null));
        assertEquals($("0.00"), a.totalShortfall());
        assertEquals($("70.00"), a.totalOwed());
        assertEquals("20 CFR 655.122(d)", a.deductions().get(0).rule());
        assertEquals($("50.00"), a.deductions().get(0).owedBack());
        assertEquals($("20.00"), a.deductions().get(1).owedBack());
        assertEquals($("0.00"), a.deductions().get(2).owedBack());
        assertEquals(WageQuestion.DeductionType.MEALS, a.deductions().get(2).type());
        assertTrue(keys(a).contains("wage.note.deduction.HOUSING") && keys(a).contains("wage.note.deduction.MEALS"));
        // the same for H-2B: the reference gives no such rule, so nothing is counted and an advocate checks
        WageAnswer b = CHECK.answer(question(Visa.H2B, "TX", null, "15.00",
                List.of(paid("2026-05-04", "2026-05-10", "40", "600.00")), taken, null, null));
        assertEquals($("0.00"), b.totalOwed());
        assertTrue(keys(b).contains("wage.note.deduction.H2B"));
    }

    @Test
    void aDeductionTypeGivenByTheFormWinsOverTheWords() {
        assertEquals(WageQuestion.DeductionType.HOUSING, WageQuestion.DeductionType.of("Vivienda"));
        assertEquals(WageQuestion.DeductionType.TOOLS, WageQuestion.DeductionType.of("tijeras y guantes"));
        assertEquals(WageQuestion.DeductionType.OTHER, WageQuestion.DeductionType.of("adelanto"));
        assertEquals(WageQuestion.DeductionType.TOOLS,
                new Deduction("adelanto", $("1"), WageQuestion.DeductionType.TOOLS).typeOrGuess());
    }

    // Rule 4. Costs visa by visa (DR 2): inbound travel at half the contract (655.122(h)(1); 655.20(j)(1)); H-2B
    // visa fees in the first workweek (655.20(j)(2)); H-2B recruitment fees in the first paycheck (655.20(o),
    // dol.gov/general/migrantworker/recruitment); H-2A visa and recruitment fees: no rule to pay back: ask.

    @Test
    void anH2aWorkerIsToldWhenTravelIsOwedAndToAskAnAdvocateAboutVisaAndRecruitmentFees() {
        // Contract Apr 1 - Jun 23 2025: 83 days between, half = Apr 1 + 41 days = May 12.
        // Last paycheck Apr 30: travel 250.00 not yet owed (from May 12); visa 190.00 and fee 500.00: no figure.
        Costs costs = new Costs($("500.00"), $("190.00"), $("250.00"), false);
        WageAnswer early = CHECK.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-04-01", "2025-04-30", "170", "2747.20")), List.of(), costs,
                contract("2025-04-01", "2025-06-23", null)));
        WageAnswer.Cost travel = cost(early, "TRAVEL");
        // May 12 2025 has passed (today is Dec 6 2026) but the paychecks stop on Apr 30: owed if the worker worked
        // until then; not in the total
        assertEquals(CostStatus.IF_WORKED_UNTIL, travel.status());
        assertEquals(LocalDate.parse("2025-05-12"), travel.owedFrom());
        WageCheck onMayFirst = new WageCheck(ReferenceRows.ROWS, java.time.Clock.fixed(
                java.time.Instant.parse("2025-05-01T12:00:00Z"), java.time.ZoneOffset.UTC));
        assertEquals(CostStatus.NOT_YET, cost(onMayFirst.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-04-01", "2025-04-30", "170", "2747.20")), List.of(), costs,
                contract("2025-04-01", "2025-06-23", null))), "TRAVEL").status(), "on May 1 2025 the half is still to come");
        assertEquals(CostStatus.ASK_ADVOCATE, cost(early, "VISA").status());
        assertEquals(CostStatus.ASK_ADVOCATE, cost(early, "RECRUITMENT_FEES").status());
        assertEquals($("0.00"), early.totalOwed(), "no figure for what the reference gives no rule");
        assertTrue(keys(early).contains("wage.note.h2aFeesAskAdvocate"));
        // Last paycheck Jun 23: past the half, travel 250.00 owed
        WageAnswer late = CHECK.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-06-16", "2025-06-23", "40", "646.40")), List.of(), costs,
                contract("2025-04-01", "2025-06-23", null)));
        assertEquals(CostStatus.OWED, cost(late, "TRAVEL").status());
        assertEquals($("250.00"), late.totalOwed());
    }

    @Test
    void anH2bRecruitmentFeeIsOwedFromTheFirstPaycheck() {
        // H-2B, contract from Mar 2 2026, first paycheck Mar 2 - Mar 15 (80 h at 15.00 = 1,200.00 paid).
        // Fee 300.00: owed from the first paycheck (Mar 15); visa fees 190.00 from the first workweek's end (Mar 8).
        WageAnswer a = CHECK.answer(question(Visa.H2B, "TX", null, "15.00",
                List.of(paid("2026-03-02", "2026-03-15", "80", "1200.00")), List.of(),
                new Costs($("300.00"), $("190.00"), null, false), contract("2026-03-02", "2026-09-30", null)));
        assertEquals(LocalDate.parse("2026-03-15"), cost(a, "RECRUITMENT_FEES").owedFrom());
        assertEquals(CostStatus.OWED, cost(a, "RECRUITMENT_FEES").status());
        assertEquals(LocalDate.parse("2026-03-08"), cost(a, "VISA").owedFrom());
        assertEquals($("490.00"), a.totalOwed());
    }

    private static WageAnswer.Cost cost(WageAnswer a, String kind) {
        return a.reimbursements().costs().stream().filter(c -> c.kind().equals(kind)).findFirst().orElseThrow();
    }

    // Rule 5. ClockProducer (DR 3): FLSA 2 years, 3 if willful (29 U.S.C. 255(a)), only for pay below the federal minimum.

    @Test
    void theFlsaClockRunsOnlyFromAPaydayBelowTheFederalMinimum() {
        // H-2B TX, promised 15.00. Week Jun 1 - 7 2026: 40 h paid 250.00 = 6.25 an hour < 7.25 (40 x 7.25 = 290.00).
        // Owed 40 x 15.00 = 600.00, short 350.00. FLSA from Jun 7 2026: Jun 7 2028 (2 years), Jun 7 2029 (willful);
        // TX written contract 4 years: Jun 7 2030; SWA 2 years: Jun 7 2028.
        WageAnswer a = CHECK.answer(question(Visa.H2B, "TX", null, "15.00",
                List.of(paid("2026-06-01", "2026-06-07", "40", "250.00")), List.of(), null, null));
        assertTrue(a.periods().get(0).belowFederalMinimum());
        assertEquals($("350.00"), a.totalShortfall());
        assertTrue(a.deadlines().contains(new WageAnswer.Deadline("FLSA", LocalDate.parse("2028-06-07"))));
        assertTrue(a.deadlines().contains(new WageAnswer.Deadline("FLSA_WILLFUL", LocalDate.parse("2029-06-07"))));
        assertTrue(a.deadlines().contains(new WageAnswer.Deadline("STATE_CONTRACT", LocalDate.parse("2030-06-07"))));
        // paid 300.00 = 7.50 an hour: short of the promised rate, not of the federal minimum: no FLSA clock
        WageAnswer b = CHECK.answer(question(Visa.H2B, "TX", null, "15.00",
                List.of(paid("2026-06-01", "2026-06-07", "40", "300.00")), List.of(), null, null));
        assertFalse(b.periods().get(0).belowFederalMinimum());
        assertTrue(b.deadlines().stream().noneMatch(d -> d.rule().startsWith("FLSA")), b.deadlines().toString());
        assertTrue(b.deadlines().contains(new WageAnswer.Deadline("STATE_CONTRACT", LocalDate.parse("2030-06-07"))));
    }

    // Rule 6. An unknown filing date (AEWR 2: the IFR applies to job orders filed on or after Oct 2 2025; older
    // job orders keep the 2025 AEWR for the contract).

    @Test
    void anUnknownFilingDateGivesTheOlderRulesAnswerWithTheNewRulesBesideIt() {
        // CA H-2A, contract from Nov 3 2025, filing date unknown. Week Jan 5 - 11 2026, 40 h, paid 600.00.
        //   filed before Oct 2 2025: 2025 AEWR 19.97: 40 x 19.97 = 798.80, short 198.80
        //   filed on/after: IFR Skill I 16.45 - housing 3.00 = 13.45 < CA minimum 16.90 (AEWR 1e): 40 x 16.90
        //   = 676.00, short 76.00
        WageAnswer a = CHECK.answer(question(Visa.H2A, "CA", null, null,
                List.of(paid("2026-01-05", "2026-01-11", "40", "600.00")), List.of(), null,
                contract("2025-11-03", "2026-03-27", null)));
        assertEquals($("198.80"), a.totalShortfall());
        assertNotNull(a.alternative());
        assertEquals($("76.00"), a.alternative().totalShortfall());
        assertEquals($("16.90"), a.alternative().floor().hourly());
        assertTrue(keys(a).contains("wage.assume.filedUnknown"));
        // a contract begun before Oct 2 2025 had its job order filed before: one answer, the older rule
        WageAnswer b = CHECK.answer(question(Visa.H2A, "CA", null, null,
                List.of(paid("2026-01-05", "2026-01-11", "40", "600.00")), List.of(), null,
                contract("2025-09-15", "2026-03-27", null)));
        assertNull(b.alternative());
        assertEquals($("198.80"), b.totalShortfall());
        assertTrue(keys(b).contains("wage.assume.filedBeforeIfr"));
    }

    // Rule 7. Missing figures are said, not filled with $7.25.

    @Test
    void aMissingStateMinimumKnownToBeHigherIsAGapWithTheHoursItTouches() {
        // CA H-2B, June 2025: the tables hold CA's minimum only from Jan 1 2026 (16.90; AEWR 4); the 2025 figure is
        // not in the reference. Floor used: federal 7.25; 40 h worked that week: each $1 an hour the missing
        // minimum is above 7.25 adds $40.00.
        WageAnswer a = CHECK.answer(question(Visa.H2B, "CA", null, null,
                List.of(paid("2025-06-02", "2025-06-08", "40", "400.00")), List.of(), null, null));
        assertEquals(1, a.gaps().size());
        WageAnswer.Gap g = a.gaps().get(0);
        assertEquals("MINIMUM_WAGE", g.kind());
        assertTrue(g.knownHigher());
        assertEquals($("40.00"), g.hours());
        assertEquals($("16.90"), g.nextKnown().rate());
        assertTrue(keys(a).contains("wage.gap.MINIMUM_WAGE"));
    }

    @Test
    void anAewrMissingForTheYearIsAGapAndNeverLastYearsFigure() {
        // KY is not among the 2024 AEWRs the reference found (DR 1c). A week of June 2024 under a job order filed
        // Jan 2024: no AEWR that day; the floor is KY's minimum 7.25 and the gap names the next known AEWR, 15.87
        // from Dec 16 2024. 40 h: each $1 adds $40.00.
        WageAnswer a = CHECK.answer(question(Visa.H2A, "KY", "2024-01-10", null,
                List.of(paid("2024-06-03", "2024-06-09", "40", "400.00")), List.of(), null, null));
        WageAnswer.Gap g = a.gaps().stream().filter(x -> x.kind().equals("AEWR")).findFirst().orElseThrow();
        assertEquals($("40.00"), g.hours());
        assertEquals($("15.87"), g.nextKnown().rate());
        // and NC's 2024 row (15.81) ends Dec 15 2024: Dec 16 is priced at the 2025 row, 16.16
        WageAnswer nc = CHECK.answer(question(Visa.H2A, "NC", "2024-01-10", null,
                List.of(paid("2024-12-16", "2024-12-16", "8", "0")), List.of(), null, null));
        assertEquals($("16.16"), nc.floor().hourly());
    }

    // Rule 8. Paychecks across a rate change are priced day by day.

    @Test
    void aPaycheckAcrossARateChangeIsPricedDayByDay() {
        // FL H-2B promised 14.00. FL minimum 14.00 to Sep 29 2026, 15.00 from Sep 30 2026 (AEWR 4).
        // Paycheck Sep 28 - Oct 4 2026: 7 days, 56 h (8 a day), paid 56 x 14.00 = 784.00.
        //   Sep 28-29: 2 x 8 x 14.00 = 224.00; Sep 30 - Oct 4: 5 x 8 x 15.00 = 600.00; owed 824.00, short 40.00.
        //   (At the last day's rate alone: 56 x 15.00 = 840.00, short 56.00: too much.)
        WageAnswer a = CHECK.answer(question(Visa.H2B, "FL", null, "14.00",
                List.of(paid("2026-09-28", "2026-10-04", "56", "784.00")), List.of(), null, null));
        WageAnswer.PeriodResult p = a.periods().get(0);
        assertEquals($("824.00"), p.owed());
        assertEquals($("40.00"), p.shortfall());
        assertEquals(2, p.floors().size());
        assertEquals(LocalDate.parse("2026-09-29"), p.floors().get(0).to());
        assertEquals($("15.00"), p.floors().get(1).floor().hourly());
    }

    @Test
    void aPaycheckAcrossJanuaryFirstUnderTwoCaliforniaFloors() {
        // CA H-2A, job order filed Oct 15 2025: IFR 16.45 - 3.00 = 13.45 (AEWR 1e). Until Dec 31 2025 the CA minimum
        // is not in the tables (a gap); from Jan 1 2026 the CA minimum 16.90 binds.
        // Dec 29 2025 - Jan 4 2026: 7 days, 56 h, paid 56 x 13.45 = 753.20.
        //   Dec 29-31: 3 x 8 x 13.45 = 322.80; Jan 1-4: 4 x 8 x 16.90 = 540.80; owed 863.60, short 110.40.
        WageAnswer a = CHECK.answer(question(Visa.H2A, "CA", "2025-10-15", null,
                List.of(paid("2025-12-29", "2026-01-04", "56", "753.20")), List.of(), null, null));
        assertEquals($("863.60"), a.periods().get(0).owed());
        assertEquals($("110.40"), a.totalShortfall());
        WageAnswer.Gap g = a.gaps().stream().filter(x -> x.kind().equals("MINIMUM_WAGE")).findFirst().orElseThrow();
        assertEquals($("24.00"), g.hours(), "3 days x 8 h with no CA minimum in the tables");
        assertEquals(LocalDate.parse("2025-12-31"), g.to());
    }

    // Rule 9 (the warning part; refusals are in WageCheckBodyTest).

    @Test
    void workOutsideTheContractIsAWarningNotARefusal() {
        WageAnswer a = CHECK.answer(question(Visa.H2A, "NC", "2025-02-01", null,
                List.of(paid("2025-07-01", "2025-07-07", "40", "646.40")), List.of(), null,
                contract("2025-04-01", "2025-06-23", null)));
        assertTrue(keys(a).contains("wage.note.outsideContract"), keys(a).toString());
        assertEquals($("0.00"), a.totalShortfall());
    }
}
