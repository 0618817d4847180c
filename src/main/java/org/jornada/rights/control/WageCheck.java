package org.jornada.rights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.rights.control.WageAnswer.Floor;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageQuestion.Visa;

/**
 * The wage check's arithmetic (issue #14), from the wage tables it is given; every rule cited
 * from ../shared/reference/domain-reference.md:
 * <ul>
 * <li>The required hourly wage is the highest of the AEWR, the prevailing wage, a collective
 * agreement, and the federal and state minimums (20 CFR 655.120(a), 655.122(l)); here also the rate
 * the job order promised. Piece-rate earnings must reach that hourly floor in each pay period.</li>
 * <li>Which AEWR: a job order filed before Oct 2 2025 keeps the 2023 method's AEWR in force on the
 * day worked (never lowered mid-contract); one filed on or after that day gets the interim final
 * rule's Skill Level I or II AEWR (90 FR 47914), less the housing adjustment for H-2A workers with
 * free housing, never below a minimum wage.</li>
 * <li>Three-fourths guarantee: hours (or pay) for at least 75 % of the hours offered, H-2A
 * 655.122(i); H-2B 655.20(f), which DOL is barred from enforcing (appropriations rider).</li>
 * <li>Inbound travel and visa costs: H-2A once half the contract period is worked (655.122(h)(1));
 * H-2B visa and related fees in the first workweek (655.20(j)(2)), travel at half (655.20(j)(1)).
 * Recruitment fees are owed back (655.135(j), 655.20(o)).</li>
 * <li>ClockProducer: FLSA 2 years, 3 if willful (29 U.S.C. 255(a)); the state's written-contract period;
 * the Employment Service complaint system, 2 years (20 CFR 658.411(d)(6)); all from the end of the
 * first short pay period, by {@link DeadlineRules#payClaims} (reference section 3).</li>
 * </ul>
 * Money is rounded to the cent, half up, at the end of each step.
 */
public final class WageCheck {

    /** The interim final rule's AEWRs apply to job orders filed from this day (90 FR 47914). */
    public static final LocalDate IFR_FROM = LocalDate.of(2025, 10, 2);

    private final List<WageRate> rates;
    private final Clock clock;

    public WageCheck(List<WageRate> rates) {
        this(rates, Clock.systemUTC());
    }

    /** {@code clock} says what "today" is: a guarantee or a cost is owed only once its day has come. */
    public WageCheck(List<WageRate> rates, Clock clock) {
        this.rates = List.copyOf(rates);
        this.clock = clock;
    }

    /**
     * The answer. An H-2A job order whose filing date is unknown and may fall on either side of
     * Oct 2 2025 is never silently given the lower rate (issue #25, rule 6): the answer is the one
     * for a job order filed before the change, with the other rule's figures beside it and a note
     * that it depends on the date on the job order.
     */
    public WageAnswer answer(WageQuestion q) {
        if (q.visa() != Visa.H2A || q.jobOrderFiledOn() != null) {
            return answer(q, q.jobOrderFiledOn(), null);
        }
        LocalDate first = firstDay(q);
        if (first != null && first.isBefore(IFR_FROM)) {
            // a job order is filed before its work starts: work begun before Oct 2 2025 was under one filed before
            return answer(q, IFR_FROM.minusDays(1), Note.of("wage.assume.filedBeforeIfr"));
        }
        WageAnswer before = answer(q, IFR_FROM.minusDays(1), Note.of("wage.assume.filedUnknown"));
        WageAnswer after = answer(q, IFR_FROM, null);
        return before.withAlternative(new WageAnswer.Alternative(after.floor(), after.totalShortfall(),
                after.totalOwed()));
    }

    private WageAnswer answer(WageQuestion q, LocalDate filed, Note first) {
        Set<Note> notes = new LinkedHashSet<>();
        if (first != null) {
            notes.add(first);
        }
        LocalDate today = LocalDate.now(clock);
        Floors floors = new Floors(rates, q, filed, notes);
        Paychecks paychecks = Paychecks.price(q, floors, today, notes);
        outsideContract(q, notes);
        LocalDate lastWorked = q.periods().stream().map(WageQuestion.Period::day).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate floorDay = lastWorked != null ? lastWorked
                : q.contract() != null && q.contract().start() != null ? q.contract().start() : null;
        if (floorDay == null) {
            notes.add(Note.of("wage.assume.noDates"));
            floorDay = today;
        }
        Floor floor = floors.on(floorDay, q.periods().isEmpty() ? BigDecimal.ZERO : null);
        List<WageAnswer.DeductionResult> deductions = CostsRule.deductions(q, notes);
        WageAnswer.ThreeFourths threeFourths = ThreeFourthsRule.measure(q, floors, today, notes);
        WageAnswer.Reimbursements owedBack = CostsRule.costs(q, lastWorked != null ? lastWorked : today, today, notes);
        BigDecimal deducted = deductions.stream().map(WageAnswer.DeductionResult::owedBack)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal guarantee = threeFourths == null ? BigDecimal.ZERO : threeFourths.shortfall();
        BigDecimal totalOwed = money(paychecks.total().add(deducted).add(guarantee).add(owedBack.travel())
                .add(owedBack.visa()).add(owedBack.recruitmentFees()));
        List<WageAnswer.Gap> gaps = floors.gaps();
        gaps.forEach(g -> notes.add(Note.of("wage.gap." + g.kind(), g.state(), g.from().toString(), g.to().toString(),
                g.hours(), g.nextKnown() == null ? "" : g.nextKnown().rate(),
                g.nextKnown() == null ? "" : g.nextKnown().effectiveFrom().toString())));
        LocalDate accrued = totalOwed.signum() == 0 ? null
                : accrued(q, paychecks.firstShort(), deducted, floorDay, threeFourths, owedBack);
        List<WageAnswer.Deadline> deadlines = deadlines(accrued, paychecks.firstBelowFederal(), q.state());
        notes.add(Note.of("wage.note.advocateChecks"));
        return new WageAnswer(floor, paychecks.periods(), paychecks.total(), threeFourths, owedBack, List.copyOf(notes),
                deadlines, deductions, gaps, totalOwed, null, accrued,
                accrued == null ? null : paychecks.firstBelowFederal());
    }

    /** Each paycheck priced, the wages short in all, the first short payday and the first below the federal minimum. */
    private record Paychecks(List<WageAnswer.PeriodResult> periods, BigDecimal total, LocalDate firstShort,
            LocalDate firstBelowFederal) {

        static Paychecks price(WageQuestion q, Floors floors, LocalDate today, Set<Note> notes) {
            List<WageAnswer.PeriodResult> periods = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO.setScale(2);
            LocalDate firstShort = null;
            LocalDate firstBelowFederal = null;
            for (WageQuestion.Period p : q.periods()) {
                WageAnswer.PeriodResult r = PayPeriods.price(q, p, floors, today, notes);
                if (r.shortfall() != null && r.shortfall().signum() > 0) {
                    total = total.add(r.shortfall());
                    firstShort = earliest(firstShort, p.day());
                }
                if (r.belowFederalMinimum()) {
                    firstBelowFederal = earliest(firstBelowFederal, p.day());
                }
                periods.add(r);
            }
            return new Paychecks(periods, total, firstShort, firstBelowFederal);
        }
    }

    /**
     * The first day something was owed, which the claims' clocks run from (reference section 3): the
     * first short payday, the first payday with a deduction owed back, the end of a three-fourths
     * period short, the day a cost became owed.
     */
    private static LocalDate accrued(WageQuestion q, LocalDate firstShort, BigDecimal deducted, LocalDate floorDay,
            WageAnswer.ThreeFourths threeFourths, WageAnswer.Reimbursements owedBack) {
        LocalDate accrued = firstShort;
        if (deducted.signum() > 0) {
            accrued = earliest(accrued, q.periods().stream().map(WageQuestion.Period::day).filter(d -> d != null)
                    .min(Comparator.naturalOrder()).orElse(floorDay));
        }
        if (threeFourths != null) {
            for (WageAnswer.Window w : threeFourths.windows()) {
                if (w.shortfall().signum() > 0) {
                    accrued = earliest(accrued, w.to());
                }
            }
        }
        for (WageAnswer.Cost c : owedBack.costs()) {
            if (c.status() == WageAnswer.CostStatus.OWED) {
                accrued = earliest(accrued, c.owedFrom());
            }
        }
        return accrued;
    }

    /**
     * The claims' clocks, nearest first, by the rule the case's clocks use (DeadlineRules.payClaims): the
     * FLSA ones only from a payday below the federal minimum, the job order's (state contract law, SWA)
     * from the first shortfall of any kind; none when nothing is owed ({@code accrued} null).
     */
    private static List<WageAnswer.Deadline> deadlines(LocalDate accrued, LocalDate firstBelowFederal, String state) {
        List<WageAnswer.Deadline> deadlines = new ArrayList<>();
        if (accrued != null) {
            DeadlineRules.payClaims(accrued, firstBelowFederal, state, true)
                    .forEach(d -> deadlines.add(new WageAnswer.Deadline(d.rule(), d.dueOn())));
        }
        deadlines.sort(Comparator.comparing(WageAnswer.Deadline::dueOn));
        return deadlines;
    }

    /** Work dates outside the contract are said (a warning, not a refusal: issue #25, rule 9). */
    private static void outsideContract(WageQuestion q, Set<Note> notes) {
        WageQuestion.Contract c = q.contract();
        if (c == null || c.start() == null || c.end() == null) {
            return;
        }
        for (WageQuestion.Period p : q.periods()) {
            LocalDate from = p.from() != null ? p.from() : p.to();
            LocalDate to = p.day();
            if (from != null && (from.isBefore(c.start()) || to.isAfter(c.end()))) {
                notes.add(Note.of("wage.note.outsideContract", from.toString(), to.toString()));
            }
        }
    }

    /** The first day of work the question knows: the contract's start or the first paycheck's. */
    private static LocalDate firstDay(WageQuestion q) {
        LocalDate first = q.contract() == null ? null : q.contract().start();
        for (WageQuestion.Period p : q.periods()) {
            first = earliest(first, p.from() != null ? p.from() : p.to());
        }
        return first;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
