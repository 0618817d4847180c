package org.jornada.rights.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.boundary.BodyRules;
import org.jornada.platform.boundary.TypeMessage;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.UsStates;
import org.jornada.rights.control.WageQuestion;

/**
 * The body of {@code POST /api/v1/wage-check} (docs/api.md), and the page's inputs: every field may be
 * left out but the visa and the state; every wrong one is named in one 400 ({@code periods[2].hours}),
 * read by {@code ApiBodies.intake}. Texts are at most 200 characters, dates {@code yyyy-mm-dd} from
 * 2000 to 2100, figures {@link Amount}s; the rules that compare fields are each record's
 * {@link BodyRules}. Fields are named in the order the form asks them.
 */
@TypeMessage("wage.error.type")
@JsonbPropertyOrder({"visa", "state", "payBasis", "skillLevel", "periods", "deductions", "costs", "contract",
        "jobOrderFiledOn", "hourlyRate", "prevailingWage", "freeHousing"})
public record WageCheckBody(@Pattern(regexp = TEXT, message = "wage.error.type") String visa,
        @Pattern(regexp = TEXT, message = "wage.error.type") String state,
        @Pattern(regexp = TEXT, message = "wage.error.type") String jobOrderFiledOn,
        @Pattern(regexp = TEXT, message = "wage.error.type") String payBasis,
        @Amount @TypeMessage("wage.error.amount") BigDecimal hourlyRate,
        @Amount @TypeMessage("wage.error.amount") BigDecimal prevailingWage,
        @Pattern(regexp = TEXT, message = "wage.error.type") String skillLevel, Boolean freeHousing,
        @Valid List<Period> periods, @Valid List<Deduction> deductions, @Valid Costs costs, @Valid Contract contract)
        implements BodyRules {

    /** More pay periods than a season holds is not a worker's question. */
    static final int MAX_PERIODS = 60;
    /** A paycheck covers at most a quarter: pay comes at least twice a month (655.122(m), 655.20(i)). */
    static final int MAX_PERIOD_DAYS = 93;
    /** An H-2 contract with its extensions runs at most three years. */
    static final int MAX_CONTRACT_DAYS = 3 * 366;
    /** A text a worker types into one box. */
    static final String TEXT = "(?s).{0,200}";
    private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);
    private static final BigDecimal MAX_WEEK_HOURS = BigDecimal.valueOf(84);

    public WageCheckBody {
        periods = periods == null ? List.of() : periods;
        deductions = deductions == null ? List.of() : deductions;
    }

    /** One paycheck; no one works more than 24 hours a day (168 a week); with one date or none, a month at most. */
    @TypeMessage("wage.error.type")
    @JsonbPropertyOrder({"from", "to", "hours", "paid", "pieces", "pieceRate"})
    public record Period(@Pattern(regexp = TEXT, message = "wage.error.type") String from,
            @Pattern(regexp = TEXT, message = "wage.error.type") String to,
            @Amount @TypeMessage("wage.error.amount") BigDecimal hours,
            @Amount @TypeMessage("wage.error.amount") BigDecimal paid,
            @Amount @TypeMessage("wage.error.amount") BigDecimal pieces,
            @Amount @TypeMessage("wage.error.amount") BigDecimal pieceRate) implements BodyRules {

        @Override
        public List<FieldError> broken() {
            List<FieldError> broken = new ArrayList<>();
            LocalDate first = date("from", from, broken);
            LocalDate last = date("to", to, broken);
            long days = first == null || last == null ? 1 : ChronoUnit.DAYS.between(first, last) + 1;
            if (first != null && last != null && last.isBefore(first)) {
                broken.add(new FieldError("to", "wage.error.periodOrder"));
            } else if (days > MAX_PERIOD_DAYS) {
                broken.add(new FieldError("to", "wage.error.periodLong", MAX_PERIOD_DAYS));
            }
            long maxDays = first == null || last == null ? 31 : Math.max(days, 1);
            BigDecimal most = DAY_HOURS.multiply(BigDecimal.valueOf(maxDays));
            if (Amount.Rule.holds(hours) && hours.compareTo(most) > 0) {
                broken.add(new FieldError("hours", "wage.error.hoursPerDay", most.intValue(), maxDays));
            }
            return broken;
        }

        WageQuestion.Period question() {
            return new WageQuestion.Period(day(from), day(to), hours, paid, pieces, pieceRate);
        }
    }

    /** Money taken from the pay: what for in the worker's words, and what it is. */
    @TypeMessage("wage.error.type")
    @JsonbPropertyOrder({"kind", "amount", "type"})
    public record Deduction(@Pattern(regexp = TEXT, message = "wage.error.type") String kind,
            @Amount @TypeMessage("wage.error.amount") BigDecimal amount,
            @Pattern(regexp = TEXT, message = "wage.error.type") String type) implements BodyRules {

        @Override
        public List<FieldError> broken() {
            return text(type) != null && typeOf() == null ? List.of(new FieldError("type", "wage.error.deductionType"))
                    : List.of();
        }

        private WageQuestion.DeductionType typeOf() {
            try {
                return text(type) == null ? null : WageQuestion.DeductionType.valueOf(text(type).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        WageQuestion.Deduction question() {
            String words = text(kind) == null ? "" : text(kind);
            return new WageQuestion.Deduction(words.substring(0, Math.min(words.length(), 60)), amount, typeOf());
        }
    }

    /** Costs the worker paid to get the job, and whether the employer paid them back. */
    @TypeMessage("wage.error.type")
    @JsonbPropertyOrder({"recruitmentFees", "visaFees", "inboundTravel", "reimbursed"})
    public record Costs(@Amount @TypeMessage("wage.error.amount") BigDecimal recruitmentFees,
            @Amount @TypeMessage("wage.error.amount") BigDecimal visaFees,
            @Amount @TypeMessage("wage.error.amount") BigDecimal inboundTravel, Boolean reimbursed) {

        WageQuestion.Costs question() {
            return new WageQuestion.Costs(recruitmentFees, visaFees, inboundTravel, reimbursed);
        }
    }

    /** The contract's dates and the hours a week it promised. */
    @TypeMessage("wage.error.type")
    @JsonbPropertyOrder({"start", "end", "hoursPerWeek"})
    public record Contract(@Pattern(regexp = TEXT, message = "wage.error.type") String start,
            @Pattern(regexp = TEXT, message = "wage.error.type") String end,
            @Amount @TypeMessage("wage.error.amount") BigDecimal hoursPerWeek) implements BodyRules {

        @Override
        public List<FieldError> broken() {
            List<FieldError> broken = new ArrayList<>();
            LocalDate first = date("start", start, broken);
            LocalDate last = date("end", end, broken);
            if (first != null && last != null && last.isBefore(first)) {
                broken.add(new FieldError("end", "wage.error.periodOrder"));
            } else if (first != null && last != null && ChronoUnit.DAYS.between(first, last) >= MAX_CONTRACT_DAYS) {
                broken.add(new FieldError("end", "wage.error.contractLong"));
            }
            if (Amount.Rule.holds(hoursPerWeek) && hoursPerWeek.compareTo(MAX_WEEK_HOURS) > 0) {
                broken.add(new FieldError("hoursPerWeek", "wage.error.hoursPerWeek", 84));
            }
            return broken;
        }

        WageQuestion.Contract question() {
            return new WageQuestion.Contract(day(start), day(end), hoursPerWeek);
        }
    }

    @Override
    public List<FieldError> broken() {
        List<FieldError> broken = new ArrayList<>();
        if (visaClass() == null) {
            broken.add(new FieldError("visa", "wage.error.visa"));
        }
        if (text(state) == null || !UsStates.isKnown(text(state).toUpperCase(Locale.ROOT))) {
            broken.add(new FieldError("state", "wage.error.state"));
        }
        if (text(payBasis) != null && !text(payBasis).equals("HOURLY") && !text(payBasis).equals("PIECE")) {
            broken.add(new FieldError("payBasis", "wage.error.payBasis"));
        }
        if (text(skillLevel) != null && !text(skillLevel).equals("I") && !text(skillLevel).equals("II")) {
            broken.add(new FieldError("skillLevel", "wage.error.skillLevel"));
        }
        if (periods.size() > MAX_PERIODS) {
            broken.add(new FieldError("periods", "wage.error.periods", MAX_PERIODS));
        }
        if (deductions.size() > MAX_PERIODS) {
            broken.add(new FieldError("deductions", "wage.error.periods", MAX_PERIODS));
        }
        LocalDate filed = date("jobOrderFiledOn", jobOrderFiledOn, broken);
        // a job order filed tomorrow is a typing mistake (a day's grace for time zones)
        if (filed != null && filed.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            broken.add(new FieldError("jobOrderFiledOn", "wage.error.future"));
        }
        return broken;
    }

    /** The question the body asks, once every rule holds. */
    WageQuestion question() {
        String basis = text(payBasis);
        String skill = text(skillLevel);
        return new WageQuestion(visaClass(), text(state).toUpperCase(Locale.ROOT), day(jobOrderFiledOn),
                basis == null ? null : WageQuestion.PayBasis.valueOf(basis), hourlyRate, prevailingWage,
                skill == null ? null : WageQuestion.Skill.valueOf(skill), freeHousing,
                periods.stream().map(Period::question).toList(), deductions.stream().map(Deduction::question).toList(),
                costs == null ? null : costs.question(), contract == null ? null : contract.question());
    }

    private WageQuestion.Visa visaClass() {
        String v = text(visa);
        return "H-2A".equalsIgnoreCase(v) || "H2A".equalsIgnoreCase(v) ? WageQuestion.Visa.H2A
                : "H-2B".equalsIgnoreCase(v) || "H2B".equalsIgnoreCase(v) ? WageQuestion.Visa.H2B : null;
    }

    /** A box's text without its spaces, or null when it holds none. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The day a box gives, or null when it gives none (or none that can be read, which {@link #date} names). */
    static LocalDate day(String value) {
        try {
            LocalDate d = text(value) == null ? null : LocalDate.parse(text(value));
            return d == null || d.getYear() < 2000 || d.getYear() > 2100 ? null : d;
        } catch (DateTimeParseException notADay) {
            return null;
        }
    }

    /** The day, naming the field when its text is not one. */
    private static LocalDate date(String field, String value, List<FieldError> broken) {
        LocalDate d = day(value);
        if (d == null && text(value) != null) {
            broken.add(new FieldError(field, "wage.error.date"));
        }
        return d;
    }
}
