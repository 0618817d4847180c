package org.jornada.rights.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a worker tells the wage check (issue #14). Anything may be unknown (null): the answer then
 * says what it assumed.
 *
 * @param hourlyRate the rate per hour the job order promised, when paid by the hour
 * @param prevailingWage the prevailing wage the job order names, if the worker knows it
 * @param freeHousing whether the employer gives free housing (H-2A: lowers the IFR AEWR)
 */
public record WageQuestion(Visa visa, String state, LocalDate jobOrderFiledOn, PayBasis payBasis, BigDecimal hourlyRate,
        BigDecimal prevailingWage, Skill skill, Boolean freeHousing, List<Period> periods, List<Deduction> deductions,
        Costs costs, Contract contract) {

    public enum Visa {
        H2A, H2B;

        public String label() {
            return this == H2A ? "H-2A" : "H-2B";
        }
    }

    public enum PayBasis { HOURLY, PIECE }

    /** The IFR's two AEWR levels (90 FR 47914): I for entry-level work, II for experienced. */
    public enum Skill { I, II }

    /** One pay period: the hours worked and what was paid; pieces and their rate when paid by the piece. */
    public record Period(LocalDate from, LocalDate to, BigDecimal hours, BigDecimal paid, BigDecimal pieces,
            BigDecimal pieceRate) {

        /** The day whose rules apply to the period: its last day, or its first when the last is unknown. */
        LocalDate day() {
            return to != null ? to : from;
        }
    }

    public record Deduction(String kind, BigDecimal amount) {
    }

    /** Costs the worker paid to get the job, and whether the employer paid them back. */
    public record Costs(BigDecimal recruitmentFees, BigDecimal visaFees, BigDecimal inboundTravel, Boolean reimbursed) {
    }

    public record Contract(LocalDate start, LocalDate end, BigDecimal hoursPerWeek) {
    }

    public WageQuestion {
        periods = periods == null ? List.of() : List.copyOf(periods);
        deductions = deductions == null ? List.of() : List.copyOf(deductions);
    }
}
