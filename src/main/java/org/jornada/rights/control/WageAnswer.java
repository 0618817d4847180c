package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the wage check answers: the floor that applied and why, what each period was owed and
 * paid, the three-fourths guarantee, the deductions and costs owed back, the legal clocks, the
 * figures missing from the tables, and every assumption made (as message keys, said in the
 * worker's language by the page or the API: one code path, {@code WageAnswerWords}).
 *
 * @param totalShortfall what the paychecks were short of the hourly floor (wages only)
 * @param totalOwed everything owed now: wages, deductions owed back, the three-fourths guarantee
 *     where due (the lower figure when days are missing) and the costs due
 * @param alternative when the job order's filing date is unknown and matters: the answer if it was
 *     filed on or after Oct 2 2025 (this answer is the one for a job order filed before)
 * @param claimsFrom the first day something was owed: the job order's claims (state contract law,
 *     SWA) run from it; null when nothing is owed
 * @param flsaFrom the first payday below the federal minimum wage: the FLSA clocks run from it;
 *     null when no pay fell below it
 */
public record WageAnswer(Floor floor, List<PeriodResult> periods, BigDecimal totalShortfall, ThreeFourths threeFourths,
        Reimbursements reimbursements, List<Note> assumptions, List<Deadline> deadlines, List<DeductionResult> deductions,
        List<Gap> gaps, BigDecimal totalOwed, Alternative alternative, LocalDate claimsFrom, LocalDate flsaFrom) {

    /** Why the floor is what it is: the highest of the candidates (20 CFR 655.120(a), 655.122(l)). */
    public enum Basis { AEWR, AEWR_LESS_HOUSING, PREVAILING_WAGE, PROMISED_RATE, STATE_MINIMUM, FEDERAL_MINIMUM }

    /**
     * @param table the table row the floor came from; null for the worker's own figures (prevailing
     *     wage or promised rate from their job order)
     */
    public record Floor(BigDecimal hourly, Basis basis, WageRate table) {
    }

    /** Days of a paycheck under one floor (a paycheck across a rate change has two or more). */
    public record FloorSpan(LocalDate from, LocalDate to, Floor floor) {
    }

    /**
     * @param floor the floor on the period's last day
     * @param floors the floors day by day, when they changed within the period
     * @param belowFederalMinimum whether the pay fell below the federal minimum (the FLSA claim)
     */
    public record PeriodResult(LocalDate from, LocalDate to, BigDecimal floor, BigDecimal owed, BigDecimal paid,
            BigDecimal shortfall, List<FloorSpan> floors, boolean belowFederalMinimum) {
    }

    /** Days with no paycheck entered. */
    public record Span(LocalDate from, LocalDate to) {

        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /**
     * One period the guarantee is measured over: the whole contract (H-2A), or each 12-week period,
     * 6-week when the job order is under 120 days (H-2B).
     *
     * @param shortfall the money short if the worker worked their full hours on the days with no
     *     paycheck entered (the lower figure)
     * @param shortfallIfNoWork the money short if there was no work on those days
     */
    public record Window(LocalDate from, LocalDate to, BigDecimal hoursOffered, BigDecimal hoursGuaranteed,
            BigDecimal hoursWorked, BigDecimal hoursMissingDays, BigDecimal shortfall, BigDecimal shortfallIfNoWork,
            boolean due) {
    }

    /**
     * The guarantee over the whole contract: the sums of its windows; {@code rate} the hourly floor
     * the missing hours are priced at; {@code due} whether every window has ended.
     */
    public record ThreeFourths(BigDecimal hoursOffered, BigDecimal hoursGuaranteed, BigDecimal hoursWorked,
            BigDecimal shortfall, boolean enforced, BigDecimal shortfallIfNoWork, BigDecimal rate, List<Window> windows,
            List<Span> missingDays, boolean due) {
    }

    /** How a cost stands. */
    public enum CostStatus {
        /** Owed now, in the total. */
        OWED,
        /** Owed from a later day ({@code owedFrom}). */
        NOT_YET,
        /**
         * Owed if the worker worked until {@code owedFrom}: that day has passed, but the paychecks
         * entered stop before it (not in the total).
         */
        IF_WORKED_UNTIL,
        /** The reference gives no rule for it: an advocate checks, no figure is given. */
        ASK_ADVOCATE,
        /** The worker said it was paid back. */
        REIMBURSED
    }

    /** A cost the worker paid to get the job: {@code kind} TRAVEL, VISA or RECRUITMENT_FEES. */
    public record Cost(String kind, BigDecimal paid, BigDecimal owed, CostStatus status, LocalDate owedFrom,
            String rule) {
    }

    /** The costs owed back now ({@code travel}, {@code visa}, {@code recruitmentFees}) and each cost's standing. */
    public record Reimbursements(BigDecimal travel, BigDecimal visa, BigDecimal recruitmentFees, List<Cost> costs) {
    }

    /**
     * A deduction from the pay: owed back when the rule forbids it ({@code owedBack} the amount),
     * else zero and an advocate checks it.
     */
    public record DeductionResult(String kind, WageQuestion.DeductionType type, BigDecimal amount,
            BigDecimal owedBack, String rule) {
    }

    /**
     * A figure the tables lack for days the answer needed it: what ({@code kind}, a WageRate kind
     * name), for which state and days, the hours worked on those days (each dollar an hour the missing
     * figure is above the floor used adds that many dollars), and whether the state is known to have a
     * higher floor ({@code knownHigher}: a later row of the tables is above the floor used).
     */
    public record Gap(String kind, String state, LocalDate from, LocalDate to, BigDecimal hours, boolean knownHigher,
            WageRate nextKnown) {
    }

    /** The answer if the job order was filed on or after Oct 2 2025 (the interim final rule). */
    public record Alternative(Floor floor, BigDecimal totalShortfall, BigDecimal totalOwed) {
    }

    /** A legal clock: the rule (as DeadlineRules names it, or a rule of this check) and its last day. */
    public record Deadline(String rule, LocalDate dueOn) {
    }

    /** An assumption or caveat: a message key and its arguments. */
    public record Note(String key, List<Object> args) {
        public static Note of(String key, Object... args) {
            return new Note(key, List.of(args));
        }
    }

    /** The same answer with the other filing rule's figures beside it. */
    public WageAnswer withAlternative(Alternative other) {
        return new WageAnswer(floor, periods, totalShortfall, threeFourths, reimbursements, assumptions, deadlines,
                deductions, gaps, totalOwed, other, claimsFrom, flsaFrom);
    }
}
