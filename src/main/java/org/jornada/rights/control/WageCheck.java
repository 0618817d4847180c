package org.jornada.rights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.rights.control.WageAnswer.Basis;
import org.jornada.rights.control.WageAnswer.Floor;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageQuestion.Visa;
import org.jornada.rights.control.WageRate.Kind;

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
 * <li>Clocks: FLSA 2 years, 3 if willful (29 U.S.C. 255(a)); the state's written-contract period;
 * the Employment Service complaint system, 2 years (20 CFR 658.411(d)(6)); all from the end of the
 * first short pay period, by {@link DeadlineRules#payClaims} (reference section 3).</li>
 * </ul>
 * Money is rounded to the cent, half up, at the end of each step.
 */
public final class WageCheck {

    /** The interim final rule's AEWRs apply to job orders filed from this day (90 FR 47914). */
    public static final LocalDate IFR_FROM = LocalDate.of(2025, 10, 2);
    private static final BigDecimal THREE_FOURTHS = new BigDecimal("0.75");
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private final List<WageRate> rates;

    public WageCheck(List<WageRate> rates) {
        this.rates = List.copyOf(rates);
    }

    public WageAnswer answer(WageQuestion q) {
        Set<Note> notes = new LinkedHashSet<>();
        LocalDate filed = filedOn(q, notes);
        List<WageAnswer.PeriodResult> periods = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        LocalDate firstShort = null;
        for (WageQuestion.Period p : q.periods()) {
            Floor floor = floorAt(q, filed, p.day(), notes);
            BigDecimal owed = owed(q, p, floor, notes);
            BigDecimal paid = money(p.paid() == null ? BigDecimal.ZERO : p.paid());
            if (p.paid() == null) {
                notes.add(Note.of("wage.assume.paidUnknown", String.valueOf(p.day())));
            }
            BigDecimal shortfall = owed == null ? null : money(owed.subtract(paid).max(BigDecimal.ZERO));
            if (shortfall != null && shortfall.signum() > 0) {
                total = total.add(shortfall);
                if (firstShort == null || p.day().isBefore(firstShort)) {
                    firstShort = p.day();
                }
            }
            periods.add(new WageAnswer.PeriodResult(p.from(), p.to(), floor.hourly(), owed, paid, shortfall));
        }
        LocalDate last = q.periods().stream().map(WageQuestion.Period::day).filter(d -> d != null)
                .max(Comparator.naturalOrder()).orElse(q.contract() == null ? null : q.contract().start());
        Floor floor = floorAt(q, filed, last, notes);
        for (WageQuestion.Deduction d : q.deductions()) {
            notes.add(Note.of("wage.note.deduction", d.kind(), money(d.amount() == null ? BigDecimal.ZERO : d.amount())));
        }
        List<WageAnswer.Deadline> deadlines = new ArrayList<>();
        WageAnswer.ThreeFourths threeFourths = threeFourths(q, last, floor, notes);
        WageAnswer.Reimbursements owedBack = reimbursements(q, last, notes, deadlines);
        boolean somethingOwed = total.signum() > 0 || owedBack.travel().signum() > 0 || owedBack.visa().signum() > 0
                || owedBack.recruitmentFees().signum() > 0
                || threeFourths != null && threeFourths.shortfall().signum() > 0;
        LocalDate clockStart = firstShort != null ? firstShort : last;
        if (somethingOwed && clockStart != null) {
            // the case's clocks use the same rule from the same day (DeadlineRules.payClaims), so a claim
            // shows one date on this answer, the case page and the referral packet (issue #24)
            DeadlineRules.payClaims(clockStart, q.state(), true)
                    .forEach(d -> deadlines.add(new WageAnswer.Deadline(d.rule(), d.dueOn())));
        }
        deadlines.sort(Comparator.comparing(WageAnswer.Deadline::dueOn));
        notes.add(Note.of("wage.note.advocateChecks"));
        return new WageAnswer(floor, periods, total, threeFourths, owedBack, List.copyOf(notes), deadlines);
    }

    /** When the job order was filed; unknown, the contract's start (or the first period's), said so. */
    private static LocalDate filedOn(WageQuestion q, Set<Note> notes) {
        if (q.jobOrderFiledOn() != null) {
            return q.jobOrderFiledOn();
        }
        LocalDate guess = q.contract() != null && q.contract().start() != null ? q.contract().start()
                : q.periods().stream().map(WageQuestion.Period::from).filter(d -> d != null).min(Comparator.naturalOrder())
                        .orElse(null);
        if (q.visa() == Visa.H2A && guess != null) { // no date at all: "wage.assume.noDates" says so
            notes.add(Note.of("wage.assume.filedOn", String.valueOf(guess)));
        }
        return guess;
    }

    /** The hourly floor on {@code day}: the highest of what applies, with the row it came from. */
    Floor floorAt(WageQuestion q, LocalDate filed, LocalDate day, Set<Note> notes) {
        List<Floor> candidates = new ArrayList<>();
        if (day == null) {
            notes.add(Note.of("wage.assume.noDates"));
            day = LocalDate.now(java.time.ZoneOffset.UTC);
        }
        if (q.visa() == Visa.H2A) {
            aewr(q, filed, day, notes).ifPresent(candidates::add);
        } else if (q.prevailingWage() == null) {
            notes.add(Note.of("wage.assume.noPrevailingWage"));
        }
        if (q.prevailingWage() != null) {
            candidates.add(new Floor(money(q.prevailingWage()), Basis.PREVAILING_WAGE, null));
        }
        if (q.payBasis() != WageQuestion.PayBasis.PIECE && q.hourlyRate() != null) {
            candidates.add(new Floor(money(q.hourlyRate()), Basis.PROMISED_RATE, null));
        }
        Optional<WageRate> state = latest(Kind.MINIMUM_WAGE, q.state(), day);
        state.ifPresentOrElse(r -> candidates.add(new Floor(r.rate(), Basis.STATE_MINIMUM, r)),
                () -> notes.add(Note.of("wage.assume.noStateMinimum", String.valueOf(q.state()))));
        latest(Kind.MINIMUM_WAGE, "US", day).ifPresent(r -> candidates.add(new Floor(r.rate(), Basis.FEDERAL_MINIMUM, r)));
        Floor highest = candidates.stream().max(Comparator.comparing(Floor::hourly)).orElseThrow(
                () -> new IllegalStateException("The wage tables hold no federal minimum wage"));
        if (highest.table() != null && !highest.table().official()) {
            notes.add(Note.of("wage.note.notOfficial", highest.table().tableName(), highest.table().status().label(),
                    highest.table().source()));
        }
        return highest;
    }

    private Optional<Floor> aewr(WageQuestion q, LocalDate filed, LocalDate day, Set<Note> notes) {
        if (filed == null || filed.isBefore(IFR_FROM)) {
            Optional<WageRate> aewr = latest(Kind.AEWR, q.state(), day);
            if (aewr.isEmpty()) {
                notes.add(Note.of("wage.assume.noAewr", String.valueOf(q.state()), day.toString()));
            }
            return aewr.map(r -> new Floor(r.rate(), Basis.AEWR, r));
        }
        WageQuestion.Skill skill = q.skill();
        if (skill == null) {
            skill = WageQuestion.Skill.I;
            notes.add(Note.of("wage.assume.skillI"));
        }
        Optional<WageRate> aewr = latest(skill == WageQuestion.Skill.I ? Kind.AEWR_SKILL_I : Kind.AEWR_SKILL_II, q.state(), day);
        if (aewr.isEmpty()) {
            notes.add(Note.of("wage.assume.noIfrAewr", String.valueOf(q.state())));
            return Optional.empty();
        }
        boolean housing = q.freeHousing() == null || q.freeHousing();
        if (q.freeHousing() == null) {
            notes.add(Note.of("wage.assume.freeHousing"));
        }
        if (!housing) {
            return Optional.of(new Floor(aewr.get().rate(), Basis.AEWR, aewr.get()));
        }
        Optional<WageRate> adjustment = latest(Kind.HOUSING_ADJUSTMENT, q.state(), day);
        if (adjustment.isEmpty()) {
            notes.add(Note.of("wage.assume.noHousingAdjustment", String.valueOf(q.state())));
            return Optional.of(new Floor(aewr.get().rate(), Basis.AEWR, aewr.get()));
        }
        notes.add(Note.of("wage.note.housingAdjustment", adjustment.get().rate(), adjustment.get().status().label()));
        return Optional.of(new Floor(money(aewr.get().rate().subtract(adjustment.get().rate())), Basis.AEWR_LESS_HOUSING,
                aewr.get()));
    }

    /** What a period earned at the floor: hours times the floor; by the piece, at least that (655.122(l)). */
    private static BigDecimal owed(WageQuestion q, WageQuestion.Period p, Floor floor, Set<Note> notes) {
        BigDecimal atFloor = p.hours() == null ? null : money(p.hours().multiply(floor.hourly()));
        if (q.payBasis() == WageQuestion.PayBasis.PIECE) {
            BigDecimal pieces = p.pieces() != null && p.pieceRate() != null ? money(p.pieces().multiply(p.pieceRate())) : null;
            if (atFloor == null) {
                notes.add(Note.of("wage.assume.noHours", String.valueOf(p.day())));
                return pieces;
            }
            return pieces == null ? atFloor : atFloor.max(pieces);
        }
        if (atFloor == null) {
            notes.add(Note.of("wage.assume.noHours", String.valueOf(p.day())));
        }
        return atFloor;
    }

    private static WageAnswer.ThreeFourths threeFourths(WageQuestion q, LocalDate last, Floor floor, Set<Note> notes) {
        WageQuestion.Contract c = q.contract();
        if (c == null || c.start() == null || c.end() == null || c.hoursPerWeek() == null) {
            notes.add(Note.of("wage.assume.noContract"));
            return null;
        }
        LocalDate through = last == null || last.isAfter(c.end()) ? c.end() : last;
        long days = ChronoUnit.DAYS.between(c.start(), through) + 1;
        BigDecimal offered = money(BigDecimal.valueOf(Math.max(days, 0)).multiply(c.hoursPerWeek())
                .divide(SEVEN, 10, RoundingMode.HALF_UP));
        BigDecimal guaranteed = money(offered.multiply(THREE_FOURTHS));
        BigDecimal worked = money(q.periods().stream().map(WageQuestion.Period::hours).filter(h -> h != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal shortHours = guaranteed.subtract(worked).max(BigDecimal.ZERO);
        long covered = q.periods().stream().filter(p -> p.from() != null && p.to() != null)
                .mapToLong(p -> ChronoUnit.DAYS.between(p.from(), p.to()) + 1).sum();
        if (shortHours.signum() > 0 && covered < days - 7) {
            // hours of paychecks not entered count as not worked: say so, with how many days were entered
            notes.add(Note.of("wage.note.threeFourthsPeriods", covered, days));
        }
        boolean enforced = q.visa() == Visa.H2A;
        notes.add(Note.of(enforced ? "wage.note.threeFourthsAtEnd" : "wage.note.threeFourthsNotEnforced"));
        return new WageAnswer.ThreeFourths(offered, guaranteed, worked, money(shortHours.multiply(floor.hourly())), enforced);
    }

    private static WageAnswer.Reimbursements reimbursements(WageQuestion q, LocalDate last, Set<Note> notes,
            List<WageAnswer.Deadline> deadlines) {
        WageQuestion.Costs costs = q.costs();
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        if (costs == null) {
            return new WageAnswer.Reimbursements(zero, zero, zero);
        }
        boolean paidBack = Boolean.TRUE.equals(costs.reimbursed());
        WageQuestion.Contract c = q.contract();
        LocalDate half = c == null || c.start() == null || c.end() == null ? null
                : c.start().plusDays(ChronoUnit.DAYS.between(c.start(), c.end()) / 2);
        boolean halfWorked = half == null || last != null && !last.isBefore(half);
        if (half == null) {
            notes.add(Note.of("wage.assume.halfReached"));
        } else {
            deadlines.add(new WageAnswer.Deadline("INBOUND_COSTS_AT_HALF", half));
        }
        BigDecimal travel = !paidBack && halfWorked ? amount(costs.inboundTravel()) : zero;
        BigDecimal visa;
        if (q.visa() == Visa.H2B) {
            LocalDate firstWeek = c == null || c.start() == null ? null : c.start().plusDays(6);
            if (firstWeek != null) {
                deadlines.add(new WageAnswer.Deadline("H2B_VISA_FEES_FIRST_WEEK", firstWeek));
            }
            boolean due = firstWeek == null || last != null && last.isAfter(firstWeek);
            visa = !paidBack && due ? amount(costs.visaFees()) : zero;
        } else {
            visa = !paidBack && halfWorked ? amount(costs.visaFees()) : zero;
        }
        if (!paidBack && !halfWorked && amount(costs.inboundTravel()).add(q.visa() == Visa.H2A ? amount(costs.visaFees())
                : zero).signum() > 0) {
            notes.add(Note.of("wage.note.costsNotYetDue", half.toString()));
        }
        BigDecimal fees = paidBack ? zero : amount(costs.recruitmentFees());
        if (fees.signum() > 0) {
            notes.add(Note.of("wage.note.recruitmentFees"));
        }
        return new WageAnswer.Reimbursements(travel, visa, fees);
    }

    /**
     * The row of {@code kind} for {@code state} in force on {@code day}: the latest that began by
     * then; of rows from the same day, the first given (the tables come newest import first).
     */
    Optional<WageRate> latest(Kind kind, String state, LocalDate day) {
        return rates.stream().filter(r -> r.kind() == kind && r.state().equals(state) && !r.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(WageRate::effectiveFrom));
    }

    private static BigDecimal amount(BigDecimal value) {
        return money(value == null ? BigDecimal.ZERO : value);
    }

    static BigDecimal money(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
