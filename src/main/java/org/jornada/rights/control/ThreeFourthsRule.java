package org.jornada.rights.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageAnswer.Span;
import org.jornada.rights.control.WageAnswer.Window;
import org.jornada.rights.control.WageQuestion.Visa;

/**
 * The three-fourths guarantee (issue #25, rules 1 and 2; ../shared/reference/domain-reference.md
 * section 2):
 * <ul>
 * <li>H-2A, 20 CFR 655.122(i): hours (or pay in lieu) for at least 75 % of the hours offered,
 * "measured from the first workday to the end date" of the contract: the whole contract, weeks
 * with no work and no paycheck included.</li>
 * <li>H-2B, 20 CFR 655.20(f): the same in each 12-week period, 6-week if the job order is under 120
 * days, from the first workweek on; DOL is barred from enforcing it (Fact Sheet #78, appropriations
 * rider). The reference does not say how a last, shorter period counts: it is measured over its
 * own days, and the answer says so.</li>
 * </ul>
 * Days of the contract with no paycheck entered are said, and the money is given both ways: if
 * there was no work on them, and if the worker worked their full hours then (the lower figure goes
 * in the total). Hours are offered at the contract's hours per week over 7 days a day.
 */
final class ThreeFourthsRule {

    private static final BigDecimal THREE_FOURTHS = new BigDecimal("0.75");
    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private ThreeFourthsRule() {
    }

    static WageAnswer.ThreeFourths measure(WageQuestion q, Floors floors, LocalDate today, Set<Note> notes) {
        WageQuestion.Contract c = q.contract();
        if (c == null || c.start() == null || c.end() == null || c.hoursPerWeek() == null) {
            notes.add(Note.of("wage.assume.noContract"));
            return null;
        }
        BigDecimal perDay = c.hoursPerWeek().divide(SEVEN, 10, RoundingMode.HALF_UP);
        Worked worked = Worked.spread(q.periods());
        if (worked.undated().signum() > 0) {
            notes.add(Note.of("wage.note.threeFourthsUndated"));
        }
        List<Span> missing = missing(c, worked.covered(), today);
        long contractDays = ChronoUnit.DAYS.between(c.start(), c.end()) + 1;
        boolean enforced = q.visa() == Visa.H2A;
        long length = enforced ? contractDays : contractDays < 120 ? 42 : 84;
        // priced at the lowest floor the contract saw (its first or last day): never more than is owed
        BigDecimal rate = floors.on(c.start(), null).hourly().min(floors.on(c.end(), null).hourly());
        List<Window> windows = new ArrayList<>();
        for (LocalDate from = c.start(); !from.isAfter(c.end()); from = from.plusDays(length)) {
            LocalDate to = from.plusDays(length - 1).isAfter(c.end()) ? c.end() : from.plusDays(length - 1);
            windows.add(window(from, to, perDay, worked.hours(), enforced ? worked.undated() : BigDecimal.ZERO, missing,
                    rate, today));
        }
        if (!enforced && contractDays % length != 0 && windows.size() > 1) {
            notes.add(Note.of("wage.note.threeFourthsLastWindow", windows.get(windows.size() - 1).from().toString(),
                    c.end().toString()));
        }
        boolean due = windows.stream().allMatch(Window::due);
        notes.add(enforced ? (due ? Note.of("wage.note.threeFourthsAtEnd", c.end().toString())
                : Note.of("wage.note.threeFourthsNotYet", c.end().toString()))
                : Note.of("wage.note.threeFourthsNotEnforced"));
        long missingDays = missing.stream().mapToLong(Span::days).sum();
        if (missingDays > 0) {
            notes.add(Note.of("wage.note.threeFourthsMissingDays", missingDays, contractDays));
        }
        return new WageAnswer.ThreeFourths(sum(windows, Window::hoursOffered), sum(windows, Window::hoursGuaranteed),
                sum(windows, Window::hoursWorked), sum(windows, Window::shortfall), enforced,
                sum(windows, Window::shortfallIfNoWork), rate, List.copyOf(windows), List.copyOf(missing), due);
    }

    /**
     * The hours of each dated paycheck spread evenly over its days, the days some paycheck covers, and
     * the hours of the paychecks without days.
     */
    private record Worked(Map<LocalDate, BigDecimal> hours, Set<LocalDate> covered, BigDecimal undated) {

        static Worked spread(List<WageQuestion.Period> periods) {
            Map<LocalDate, BigDecimal> worked = new HashMap<>();
            Set<LocalDate> covered = new java.util.HashSet<>();
            BigDecimal undated = BigDecimal.ZERO;
            for (WageQuestion.Period p : periods) {
                LocalDate from = p.from() != null ? p.from() : p.to();
                LocalDate to = p.to() != null ? p.to() : p.from();
                if (from == null) {
                    undated = undated.add(p.hours() == null ? BigDecimal.ZERO : p.hours());
                    continue;
                }
                long days = ChronoUnit.DAYS.between(from, to) + 1;
                BigDecimal each = p.hours() == null ? BigDecimal.ZERO
                        : p.hours().divide(BigDecimal.valueOf(days), 10, RoundingMode.HALF_UP);
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    worked.merge(d, each, BigDecimal::add);
                    covered.add(d);
                }
            }
            return new Worked(worked, covered, undated);
        }
    }

    /** The contract's days with no paycheck, up to today: later days are still to come, not missing. */
    private static List<Span> missing(WageQuestion.Contract c, Set<LocalDate> covered, LocalDate today) {
        LocalDate lastPast = c.end().isAfter(today) ? today : c.end();
        List<Span> missing = new ArrayList<>();
        LocalDate gapFrom = null;
        for (LocalDate d = c.start(); !d.isAfter(lastPast); d = d.plusDays(1)) {
            if (!covered.contains(d) && gapFrom == null) {
                gapFrom = d;
            } else if (covered.contains(d) && gapFrom != null) {
                missing.add(new Span(gapFrom, d.minusDays(1)));
                gapFrom = null;
            }
        }
        if (gapFrom != null) {
            missing.add(new Span(gapFrom, lastPast));
        }
        return missing;
    }

    private static Window window(LocalDate from, LocalDate to, BigDecimal perDay, Map<LocalDate, BigDecimal> worked,
            BigDecimal undated, List<Span> missing, BigDecimal rate, LocalDate today) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        // hours are shown to the hundredth, but the money is worked from the exact hours and rounded once
        BigDecimal offered = perDay.multiply(BigDecimal.valueOf(days));
        BigDecimal guaranteed = offered.multiply(THREE_FOURTHS);
        BigDecimal hours = undated;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            hours = hours.add(worked.getOrDefault(d, BigDecimal.ZERO));
        }
        long missingDays = missing.stream().mapToLong(s -> overlap(s, from, to)).sum();
        BigDecimal missingHours = perDay.multiply(BigDecimal.valueOf(missingDays));
        BigDecimal shortNoWork = guaranteed.subtract(hours).max(BigDecimal.ZERO);
        BigDecimal shortFull = guaranteed.subtract(hours).subtract(missingHours).max(BigDecimal.ZERO);
        boolean due = !to.isAfter(today);
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        // the guarantee is owed when its period has ended; before, what it will need is said, not owed
        return new Window(from, to, WageCheck.money(offered), WageCheck.money(guaranteed), WageCheck.money(hours),
                WageCheck.money(missingHours),
                due ? WageCheck.money(shortFull.multiply(rate)) : zero,
                due ? WageCheck.money(shortNoWork.multiply(rate)) : zero, due);
    }

    private static long overlap(Span s, LocalDate from, LocalDate to) {
        LocalDate a = s.from().isAfter(from) ? s.from() : from;
        LocalDate b = s.to().isBefore(to) ? s.to() : to;
        return a.isAfter(b) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    private static BigDecimal sum(List<Window> windows, java.util.function.Function<Window, BigDecimal> f) {
        return WageCheck.money(windows.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
