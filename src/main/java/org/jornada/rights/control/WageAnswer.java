package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the wage check answers: the floor that applied and why, what each period was owed and
 * paid, the three-fourths guarantee so far, the costs owed back, the legal clocks, and every
 * assumption made (as message keys, said in the worker's language by the page or the API).
 */
public record WageAnswer(Floor floor, List<PeriodResult> periods, BigDecimal totalShortfall, ThreeFourths threeFourths,
        Reimbursements reimbursements, List<Note> assumptions, List<Deadline> deadlines) {

    /** Why the floor is what it is: the highest of the candidates (20 CFR 655.120(a), 655.122(l)). */
    public enum Basis { AEWR, AEWR_LESS_HOUSING, PREVAILING_WAGE, PROMISED_RATE, STATE_MINIMUM, FEDERAL_MINIMUM }

    /**
     * @param table the table row the floor came from; null for the worker's own figures (prevailing
     *     wage or promised rate from their job order)
     */
    public record Floor(BigDecimal hourly, Basis basis, WageRate table) {
    }

    public record PeriodResult(LocalDate from, LocalDate to, BigDecimal floor, BigDecimal owed, BigDecimal paid,
            BigDecimal shortfall) {
    }

    /** Hours and pay: offered and guaranteed up to the last period, worked, and the money short. */
    public record ThreeFourths(BigDecimal hoursOffered, BigDecimal hoursGuaranteed, BigDecimal hoursWorked,
            BigDecimal shortfall, boolean enforced) {
    }

    public record Reimbursements(BigDecimal travel, BigDecimal visa, BigDecimal recruitmentFees) {
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
}
