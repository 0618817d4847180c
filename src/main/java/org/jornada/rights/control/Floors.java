package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jornada.rights.control.WageAnswer.Basis;
import org.jornada.rights.control.WageAnswer.Floor;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageQuestion.Visa;
import org.jornada.rights.control.WageRate.Kind;

/**
 * The hourly floor day by day for one question (20 CFR 655.120(a), 655.122(l): the highest of the
 * AEWR, the prevailing wage, a collective agreement, the federal and the state minimum; here also
 * the promised rate), and the figures the tables lack on the days asked about (issue #25, rule 7):
 * a missing figure is said with the hours it touches, never quietly replaced by $7.25.
 */
final class Floors {

    private final List<WageRate> rates;
    private final WageQuestion q;
    private final LocalDate filed;
    private final Set<Note> notes;
    private final Map<String, GapSum> gaps = new LinkedHashMap<>();

    Floors(List<WageRate> rates, WageQuestion q, LocalDate filed, Set<Note> notes) {
        this.rates = rates;
        this.q = q;
        this.filed = filed;
        this.notes = notes;
    }

    /**
     * The floor on {@code day}; {@code hours} worked that day (zero when unknown) count towards any
     * figure missing that day; null: the day is looked at for another reason (no gap counted).
     */
    Floor on(LocalDate day, BigDecimal hours) {
        List<Floor> candidates = new ArrayList<>();
        List<Runnable> missing = new ArrayList<>();
        if (q.visa() == Visa.H2A) {
            aewr(day, hours, missing).ifPresent(candidates::add);
        } else if (q.prevailingWage() == null) {
            notes.add(Note.of("wage.assume.noPrevailingWage"));
        }
        if (q.prevailingWage() != null) {
            candidates.add(new Floor(WageCheck.money(q.prevailingWage()), Basis.PREVAILING_WAGE, null));
        }
        if (q.payBasis() != WageQuestion.PayBasis.PIECE && q.hourlyRate() != null) {
            candidates.add(new Floor(WageCheck.money(q.hourlyRate()), Basis.PROMISED_RATE, null));
        }
        Optional<WageRate> state = inForce(Kind.MINIMUM_WAGE, q.state(), day);
        state.ifPresent(r -> candidates.add(new Floor(r.rate(), Basis.STATE_MINIMUM, r)));
        candidates.add(federal(day));
        Floor highest = candidates.stream().max(Comparator.comparing(Floor::hourly)).orElseThrow();
        if (state.isEmpty() && hours != null) {
            stateMinimumMissing(day, hours, highest);
        }
        if (hours != null) {
            missing.forEach(Runnable::run);
        }
        if (highest.table() != null && !highest.table().official()) {
            notes.add(Note.of("wage.note.notOfficial", highest.table().tableName(), highest.table().status().label(),
                    highest.table().source()));
        }
        return highest;
    }

    /** The federal minimum wage on {@code day} (FLSA, 7.25 since Jul 24 2009). */
    Floor federal(LocalDate day) {
        return inForce(Kind.MINIMUM_WAGE, "US", day).map(r -> new Floor(r.rate(), Basis.FEDERAL_MINIMUM, r))
                .orElseThrow(() -> new IllegalStateException("The wage tables hold no federal minimum wage"));
    }

    private Optional<Floor> aewr(LocalDate day, BigDecimal hours, List<Runnable> missing) {
        if (filed == null || filed.isBefore(WageCheck.IFR_FROM)) {
            // a job order filed before Oct 2 2025 keeps the 2023 method's yearly AEWR (aewr-2026.md 2);
            // each yearly row ends where the next year's table begins (V29), so a state missing from
            // that table is a gap, not last year's lower figure
            Optional<WageRate> aewr = inForce(Kind.AEWR, q.state(), day);
            if (aewr.isEmpty()) {
                missing.add(() -> gap(Kind.AEWR, day, hours, true, nearest(Kind.AEWR, day)));
            }
            return aewr.map(r -> new Floor(r.rate(), Basis.AEWR, r));
        }
        WageQuestion.Skill skill = q.skill();
        if (skill == null) {
            skill = WageQuestion.Skill.I;
            notes.add(Note.of("wage.assume.skillI"));
        }
        Kind kind = skill == WageQuestion.Skill.I ? Kind.AEWR_SKILL_I : Kind.AEWR_SKILL_II;
        Optional<WageRate> aewr = inForce(kind, q.state(), day);
        if (aewr.isEmpty()) {
            missing.add(() -> gap(kind, day, hours, false, null));
            return Optional.empty();
        }
        boolean housing = q.freeHousing() == null || q.freeHousing();
        if (q.freeHousing() == null) {
            notes.add(Note.of("wage.assume.freeHousing"));
        }
        if (!housing) {
            return Optional.of(new Floor(aewr.get().rate(), Basis.AEWR, aewr.get()));
        }
        Optional<WageRate> adjustment = inForce(Kind.HOUSING_ADJUSTMENT, q.state(), day);
        if (adjustment.isEmpty()) {
            notes.add(Note.of("wage.assume.noHousingAdjustment", String.valueOf(q.state())));
            return Optional.of(new Floor(aewr.get().rate(), Basis.AEWR, aewr.get()));
        }
        notes.add(Note.of("wage.note.housingAdjustment", adjustment.get().rate(), adjustment.get().status().label()));
        return Optional.of(new Floor(WageCheck.money(aewr.get().rate().subtract(adjustment.get().rate())),
                Basis.AEWR_LESS_HOUSING, aewr.get()));
    }

    /**
     * No state minimum in the tables for the day: a gap when the state is known to have a higher
     * floor (a row of its minimum, at another time, above the floor used), or when the tables hold
     * none of its minimums and nothing but a minimum or the worker's own figures set the floor.
     */
    private void stateMinimumMissing(LocalDate day, BigDecimal hours, Floor used) {
        List<WageRate> known = rates.stream().filter(r -> r.kind() == Kind.MINIMUM_WAGE && r.state().equals(q.state()))
                .toList();
        boolean knownHigher = known.stream().anyMatch(r -> r.rate().compareTo(used.hourly()) > 0);
        boolean noneKnown = known.isEmpty() && used.basis() != Basis.AEWR && used.basis() != Basis.AEWR_LESS_HOUSING;
        if (knownHigher || noneKnown) {
            gap(Kind.MINIMUM_WAGE, day, hours, knownHigher, nearest(Kind.MINIMUM_WAGE, day));
        }
    }

    private void gap(Kind kind, LocalDate day, BigDecimal hours, boolean knownHigher, WageRate nextKnown) {
        gaps.computeIfAbsent(kind.name(), k -> new GapSum(kind, nextKnown)).add(day, hours, knownHigher);
    }

    /** The state's row of {@code kind} nearest after {@code day}, else the last before it. */
    private WageRate nearest(Kind kind, LocalDate day) {
        List<WageRate> rows = rates.stream().filter(r -> r.kind() == kind && r.state().equals(q.state())).toList();
        return rows.stream().filter(r -> r.effectiveFrom().isAfter(day)).min(Comparator.comparing(WageRate::effectiveFrom))
                .orElseGet(() -> rows.stream().max(Comparator.comparing(WageRate::effectiveFrom)).orElse(null));
    }

    /** The figures missing, with the hours worked on the days they were missing. */
    List<WageAnswer.Gap> gaps() {
        return gaps.values().stream().map(GapSum::gap).toList();
    }

    /**
     * The row of {@code kind} for {@code state} in force on {@code day}: the latest that began by
     * then and has not ended; of rows from the same day, the first given (newest import first).
     */
    Optional<WageRate> inForce(Kind kind, String state, LocalDate day) {
        return rates.stream().filter(r -> r.kind() == kind && r.state().equals(state) && r.inForceOn(day))
                .max(Comparator.comparing(WageRate::effectiveFrom));
    }

    private final class GapSum {
        private final Kind kind;
        private final WageRate nextKnown;
        private LocalDate from;
        private LocalDate to;
        private BigDecimal hours = BigDecimal.ZERO;
        private boolean knownHigher;

        GapSum(Kind kind, WageRate nextKnown) {
            this.kind = kind;
            this.nextKnown = nextKnown;
        }

        void add(LocalDate day, BigDecimal h, boolean higher) {
            from = from == null || day.isBefore(from) ? day : from;
            to = to == null || day.isAfter(to) ? day : to;
            hours = hours.add(h);
            knownHigher |= higher;
        }

        WageAnswer.Gap gap() {
            return new WageAnswer.Gap(kind.name(), q.state(), from, to, WageCheck.money(hours), knownHigher, nextKnown);
        }
    }
}
