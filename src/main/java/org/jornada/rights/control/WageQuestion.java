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

    /**
     * Money taken from the pay: what for in the worker's words, and what it is ({@code type}, given or
     * read from the words by {@link DeductionType#of}).
     */
    public record Deduction(String kind, BigDecimal amount, DeductionType type) {

        public Deduction(String kind, BigDecimal amount) {
            this(kind, amount, null);
        }

        /** The type given, or read from the worker's words. */
        public DeductionType typeOrGuess() {
            return type != null ? type : DeductionType.of(kind);
        }
    }

    /** What a deduction was for: the law treats housing, tools and meals differently (issue #25). */
    public enum DeductionType {
        HOUSING, TOOLS, MEALS, OTHER;

        /** Read from the worker's words in Spanish or English; OTHER when none matches. */
        public static DeductionType of(String words) {
            String w = words == null ? "" : java.text.Normalizer.normalize(words, java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT);
            if (w.matches(".*(vivienda|casa|cuarto|renta|alquiler|alojamiento|hospedaje|housing|rent|lodging|room|trailer|traila).*")) {
                return HOUSING;
            }
            if (w.matches(".*(herramient|equipo|tijera|cuchill|guante|bota|tool|equipment|glove|boot|knife|clipper).*")) {
                return TOOLS;
            }
            if (w.matches(".*(comida|alimento|lonche|meal|food|lunch|cocina).*")) {
                return MEALS;
            }
            return OTHER;
        }
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

    /** The same question with the job order filed on {@code day}. */
    public WageQuestion filedOn(LocalDate day) {
        return new WageQuestion(visa, state, day, payBasis, hourlyRate, prevailingWage, skill, freeHousing, periods,
                deductions, costs, contract);
    }
}
