package org.jornada.rights.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jornada.complaint.boundary.JsonBodies;
import org.jornada.complaint.boundary.JsonBodies.BadRequest;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.UsStates;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageQuestion;

/**
 * The JSON of {@code POST /api/v1/wage-check} (docs/api.md), both ways. Every field may be left
 * out but the visa and the state; a wrong one is a 400 that names it (periods[2].hours).
 */
final class WageCheckJson {

    /** More pay periods than a season holds is not a worker's question. */
    static final int MAX_PERIODS = 60;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");
    private static final Set<String> FIELDS = Set.of("visa", "state", "jobOrderFiledOn", "payBasis", "hourlyRate",
            "prevailingWage", "skillLevel", "freeHousing", "periods", "deductions", "costs", "contract");
    private static final Set<String> PERIOD = Set.of("from", "to", "hours", "paid", "pieces", "pieceRate");
    private static final Set<String> DEDUCTION = Set.of("kind", "amount", "type");
    /** A paycheck covers at most a quarter: pay comes at least twice a month (655.122(m), 655.20(i)). */
    static final int MAX_PERIOD_DAYS = 93;
    /** An H-2 contract with its extensions runs at most three years. */
    static final int MAX_CONTRACT_DAYS = 3 * 366;
    private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);
    private static final BigDecimal MAX_WEEK_HOURS = BigDecimal.valueOf(84);
    private static final Set<String> COSTS = Set.of("recruitmentFees", "visaFees", "inboundTravel", "reimbursed");
    private static final Set<String> CONTRACT = Set.of("start", "end", "hoursPerWeek");

    private WageCheckJson() {
    }

    /** A reading that may refuse its field. */
    @FunctionalInterface
    private interface Read<T> {
        T read() throws BadRequest;
    }

    /** Every broken field of a question, gathered to be refused together (issue #25: not one at a time). */
    private static final class Broken {
        private final List<FieldError> errors = new ArrayList<>();

        <T> T read(Read<T> read) {
            try {
                return read.read();
            } catch (BadRequest bad) {
                errors.addAll(bad.errors());
                return null;
            }
        }

        void add(String field, String key, Object... args) {
            errors.add(new FieldError(field, key, args));
        }

        void refuseIfAny() throws BadRequest {
            if (!errors.isEmpty()) {
                throw new BadRequest(errors);
            }
        }
    }

    /**
     * The question a body asks; every broken field named in one 400 (an unknown field, or a list or
     * object of the wrong shape, at once: the rest cannot be read).
     */
    static WageQuestion question(JsonObject json) throws BadRequest {
        JsonBodies.rejectUnknown(json, FIELDS, "");
        Broken broken = new Broken();
        String visa = broken.read(() -> string(json, "visa", "visa"));
        WageQuestion.Visa visaClass = "H-2A".equalsIgnoreCase(visa) || "H2A".equalsIgnoreCase(visa) ? WageQuestion.Visa.H2A
                : "H-2B".equalsIgnoreCase(visa) || "H2B".equalsIgnoreCase(visa) ? WageQuestion.Visa.H2B : null;
        if (visaClass == null) {
            broken.add("visa", "wage.error.visa");
        }
        String state = broken.read(() -> string(json, "state", "state"));
        if (state == null || !UsStates.isKnown(state.strip().toUpperCase(Locale.ROOT))) {
            broken.add("state", "wage.error.state");
        }
        String basis = broken.read(() -> string(json, "payBasis", "payBasis"));
        if (basis != null && !basis.equals("HOURLY") && !basis.equals("PIECE")) {
            broken.add("payBasis", "wage.error.payBasis");
            basis = null;
        }
        String skill = broken.read(() -> string(json, "skillLevel", "skillLevel"));
        if (skill != null && !skill.equals("I") && !skill.equals("II")) {
            broken.add("skillLevel", "wage.error.skillLevel");
            skill = null;
        }
        List<WageQuestion.Period> periods = new ArrayList<>();
        JsonArray periodList = array(json, "periods");
        if (periodList.size() > MAX_PERIODS) {
            throw new BadRequest(new FieldError("periods", "wage.error.periods", MAX_PERIODS));
        }
        for (int i = 0; i < periodList.size(); i++) {
            periods.add(period(object(periodList.get(i), "periods[" + i + "]"), "periods[" + i + "].", broken));
        }
        List<WageQuestion.Deduction> deductions = new ArrayList<>();
        JsonArray deductionList = array(json, "deductions");
        if (deductionList.size() > MAX_PERIODS) {
            throw new BadRequest(new FieldError("deductions", "wage.error.periods", MAX_PERIODS));
        }
        for (int i = 0; i < deductionList.size(); i++) {
            deductions.add(deduction(object(deductionList.get(i), "deductions[" + i + "]"), "deductions[" + i + "].",
                    broken));
        }
        WageQuestion.Costs costs = null;
        if (json.containsKey("costs") && json.get("costs").getValueType() != JsonValue.ValueType.NULL) {
            JsonObject c = object(json.get("costs"), "costs");
            JsonBodies.rejectUnknown(c, COSTS, "costs.");
            costs = new WageQuestion.Costs(broken.read(() -> amount(c, "recruitmentFees", "costs.recruitmentFees")),
                    broken.read(() -> amount(c, "visaFees", "costs.visaFees")),
                    broken.read(() -> amount(c, "inboundTravel", "costs.inboundTravel")),
                    broken.read(() -> bool(c, "reimbursed", "costs.reimbursed")));
        }
        WageQuestion.Contract contract = null;
        if (json.containsKey("contract") && json.get("contract").getValueType() != JsonValue.ValueType.NULL) {
            contract = contract(object(json.get("contract"), "contract"), broken);
        }
        LocalDate filed = broken.read(() -> date(json, "jobOrderFiledOn", "jobOrderFiledOn"));
        // a job order filed tomorrow is a typing mistake (a day's grace for time zones)
        if (filed != null && filed.isAfter(LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1))) {
            broken.add("jobOrderFiledOn", "wage.error.future");
        }
        BigDecimal hourly = broken.read(() -> amount(json, "hourlyRate", "hourlyRate"));
        BigDecimal prevailing = broken.read(() -> amount(json, "prevailingWage", "prevailingWage"));
        Boolean housing = broken.read(() -> bool(json, "freeHousing", "freeHousing"));
        broken.refuseIfAny();
        return new WageQuestion(visaClass, state.strip().toUpperCase(Locale.ROOT), filed,
                basis == null ? null : WageQuestion.PayBasis.valueOf(basis), hourly, prevailing,
                skill == null ? null : WageQuestion.Skill.valueOf(skill), housing, periods, deductions, costs, contract);
    }

    /** One paycheck; no one works more than 24 hours a day (168 a week); with one date or none, a month at most. */
    private static WageQuestion.Period period(JsonObject p, String at, Broken broken) throws BadRequest {
        JsonBodies.rejectUnknown(p, PERIOD, at);
        LocalDate from = broken.read(() -> date(p, "from", at + "from"));
        LocalDate to = broken.read(() -> date(p, "to", at + "to"));
        long days = from == null || to == null ? 1 : java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        if (from != null && to != null && to.isBefore(from)) {
            broken.add(at + "to", "wage.error.periodOrder");
        } else if (days > MAX_PERIOD_DAYS) {
            broken.add(at + "to", "wage.error.periodLong", MAX_PERIOD_DAYS);
        }
        BigDecimal hours = broken.read(() -> amount(p, "hours", at + "hours"));
        long maxDays = from == null || to == null ? 31 : Math.max(days, 1);
        if (hours != null && hours.compareTo(DAY_HOURS.multiply(BigDecimal.valueOf(maxDays))) > 0) {
            broken.add(at + "hours", "wage.error.hoursPerDay", DAY_HOURS.multiply(BigDecimal.valueOf(maxDays)).intValue(),
                    maxDays);
        }
        return new WageQuestion.Period(from, to, hours, broken.read(() -> amount(p, "paid", at + "paid")),
                broken.read(() -> amount(p, "pieces", at + "pieces")),
                broken.read(() -> amount(p, "pieceRate", at + "pieceRate")));
    }

    private static WageQuestion.Deduction deduction(JsonObject d, String at, Broken broken) throws BadRequest {
        JsonBodies.rejectUnknown(d, DEDUCTION, at);
        String kind = broken.read(() -> string(d, "kind", at + "kind"));
        String type = broken.read(() -> string(d, "type", at + "type"));
        WageQuestion.DeductionType deductionType = null;
        if (type != null) {
            try {
                deductionType = WageQuestion.DeductionType.valueOf(type.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                broken.add(at + "type", "wage.error.deductionType");
            }
        }
        return new WageQuestion.Deduction(kind == null ? "" : kind.strip().substring(0, Math.min(kind.strip().length(),
                60)), broken.read(() -> amount(d, "amount", at + "amount")), deductionType);
    }

    private static WageQuestion.Contract contract(JsonObject c, Broken broken) throws BadRequest {
        JsonBodies.rejectUnknown(c, CONTRACT, "contract.");
        WageQuestion.Contract contract = new WageQuestion.Contract(broken.read(() -> date(c, "start", "contract.start")),
                broken.read(() -> date(c, "end", "contract.end")),
                broken.read(() -> amount(c, "hoursPerWeek", "contract.hoursPerWeek")));
        if (contract.start() != null && contract.end() != null && contract.end().isBefore(contract.start())) {
            broken.add("contract.end", "wage.error.periodOrder");
        } else if (contract.start() != null && contract.end() != null
                && java.time.temporal.ChronoUnit.DAYS.between(contract.start(), contract.end()) >= MAX_CONTRACT_DAYS) {
            broken.add("contract.end", "wage.error.contractLong");
        }
        if (contract.hoursPerWeek() != null && contract.hoursPerWeek().compareTo(MAX_WEEK_HOURS) > 0) {
            broken.add("contract.hoursPerWeek", "wage.error.hoursPerWeek", 84);
        }
        return contract;
    }

    /**
     * The answer as the API gives it: its first lines ({@code summary}, what the page shows first)
     * and every assumption said in {@code locale}, by the page's words ({@link WageAnswerWords}).
     */
    static JsonObject answer(WageAnswer a, WageQuestion q, Locale locale) {
        JsonArrayBuilder notes = Jsons.PROVIDER.createArrayBuilder();
        new WageAnswerWords(a, q.visa(), q.state(), locale).allNotes().forEach(notes::add);
        JsonObject answer = answer(a, notes);
        JsonArrayBuilder summary = Jsons.PROVIDER.createArrayBuilder();
        new WageAnswerWords(a, q.visa(), q.state(), locale).summary().forEach(summary::add);
        return Jsons.PROVIDER.createObjectBuilder(answer).add("summary", summary).build();
    }

    /**
     * The answer as a case keeps it: the assumptions as message keys with their arguments, so that
     * staff read them in their own language ({@link #notes}).
     */
    static JsonObject kept(WageAnswer a) {
        JsonArrayBuilder notes = Jsons.PROVIDER.createArrayBuilder();
        for (WageAnswer.Note n : a.assumptions()) {
            JsonArrayBuilder args = Jsons.PROVIDER.createArrayBuilder();
            n.args().forEach(arg -> args.add(String.valueOf(arg)));
            notes.add(Jsons.PROVIDER.createObjectBuilder().add("key", n.key()).add("args", args));
        }
        return answer(a, notes);
    }

    /** The assumptions of a kept answer, said in {@code locale}. */
    static List<String> notes(JsonObject kept, Locale locale) {
        return notes(kept, locale, true);
    }

    /** The same, without the words the worker typed (a deduction's "what for") when {@code workerWords} is false. */
    static List<String> notes(JsonObject kept, Locale locale, boolean workerWords) {
        List<String> said = new ArrayList<>();
        for (JsonValue v : kept.getJsonArray("assumptions")) {
            if (v instanceof JsonObject note) {
                Object[] args = note.getJsonArray("args").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toArray();
                if (!workerWords && note.getString("key").startsWith("wage.note.deduction") && args.length > 0) {
                    args[0] = "—";
                }
                said.add(WageAnswerWords.note(locale, WageAnswer.Note.of(note.getString("key"), args)));
            } else if (v instanceof JsonString text) {
                said.add(text.getString());
            }
        }
        return said;
    }

    private static JsonObject answer(WageAnswer a, JsonArrayBuilder notes) {
        JsonArrayBuilder periods = Jsons.PROVIDER.createArrayBuilder();
        for (WageAnswer.PeriodResult p : a.periods()) {
            JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder();
            put(o, "from", p.from());
            put(o, "to", p.to());
            put(o, "floor", p.floor());
            put(o, "owed", p.owed());
            put(o, "paid", p.paid());
            put(o, "shortfall", p.shortfall());
            o.add("belowFederalMinimum", p.belowFederalMinimum());
            JsonArrayBuilder floors = Jsons.PROVIDER.createArrayBuilder();
            p.floors().forEach(f -> floors.add(Jsons.PROVIDER.createObjectBuilder().add("from", f.from().toString())
                    .add("to", f.to().toString()).add("hourly", f.floor().hourly()).add("basis", f.floor().basis().name())));
            periods.add(o.add("floors", floors));
        }
        JsonObjectBuilder out = Jsons.PROVIDER.createObjectBuilder().add("floor", floor(a.floor())).add("periods", periods)
                .add("totalShortfall", a.totalShortfall()).add("totalOwed", a.totalOwed());
        out.add("threeFourths", a.threeFourths() == null ? JsonValue.NULL : threeFourths(a.threeFourths()).build());
        JsonArrayBuilder costs = Jsons.PROVIDER.createArrayBuilder();
        for (WageAnswer.Cost c : a.reimbursements().costs()) {
            JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder().add("kind", c.kind()).add("paid", c.paid())
                    .add("owed", c.owed()).add("status", c.status().name());
            put(o, "owedFrom", c.owedFrom());
            put(o, "rule", c.rule());
            costs.add(o);
        }
        out.add("reimbursements", Jsons.PROVIDER.createObjectBuilder().add("travel", a.reimbursements().travel())
                .add("visa", a.reimbursements().visa()).add("recruitmentFees", a.reimbursements().recruitmentFees())
                .add("costs", costs));
        JsonArrayBuilder deductions = Jsons.PROVIDER.createArrayBuilder();
        // the worker's own words ("what for") stay out: a kept answer goes into packets (issue #14)
        a.deductions().forEach(d -> deductions.add(Jsons.PROVIDER.createObjectBuilder().add("type", d.type().name())
                .add("amount", d.amount()).add("owedBack", d.owedBack()).add("rule", d.rule())));
        out.add("deductions", deductions);
        JsonArrayBuilder gaps = Jsons.PROVIDER.createArrayBuilder();
        for (WageAnswer.Gap g : a.gaps()) {
            JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder().add("kind", g.kind()).add("state", g.state())
                    .add("from", g.from().toString()).add("to", g.to().toString()).add("hours", g.hours())
                    .add("knownHigher", g.knownHigher());
            o.add("nextKnown", g.nextKnown() == null ? JsonValue.NULL : Jsons.PROVIDER.createObjectBuilder()
                    .add("rate", g.nextKnown().rate()).add("effective", g.nextKnown().effectiveFrom().toString())
                    .add("code", g.nextKnown().table()).build());
            gaps.add(o);
        }
        out.add("gaps", gaps);
        if (a.alternative() == null) {
            out.add("alternative", JsonValue.NULL);
        } else {
            out.add("alternative", Jsons.PROVIDER.createObjectBuilder().add("jobOrderFiled", "ON_OR_AFTER_2025-10-02")
                    .add("floor", floor(a.alternative().floor())).add("totalShortfall", a.alternative().totalShortfall())
                    .add("totalOwed", a.alternative().totalOwed()));
        }
        // the days the claims' clocks count from: the case's clocks read them from a kept answer (one source)
        put(out, "claimsFrom", a.claimsFrom());
        put(out, "flsaFrom", a.flsaFrom());
        out.add("assumptions", notes);
        JsonArrayBuilder deadlines = Jsons.PROVIDER.createArrayBuilder();
        a.deadlines().forEach(d -> deadlines.add(Jsons.PROVIDER.createObjectBuilder().add("rule", d.rule())
                .add("dueOn", d.dueOn().toString())));
        return out.add("deadlines", deadlines).build();
    }

    private static JsonObjectBuilder floor(WageAnswer.Floor f) {
        JsonObjectBuilder floor = Jsons.PROVIDER.createObjectBuilder().add("hourly", f.hourly()).add("basis", f.basis().name());
        if (f.table() != null) {
            floor.add("table", Jsons.PROVIDER.createObjectBuilder().add("name", f.table().tableName())
                    .add("code", f.table().table()).add("effective", f.table().effectiveFrom().toString())
                    .add("status", f.table().status().label()).add("source", f.table().source()));
        } else {
            floor.add("table", JsonValue.NULL);
        }
        return floor;
    }

    private static JsonObjectBuilder threeFourths(WageAnswer.ThreeFourths t) {
        JsonArrayBuilder windows = Jsons.PROVIDER.createArrayBuilder();
        t.windows().forEach(w -> windows.add(Jsons.PROVIDER.createObjectBuilder().add("from", w.from().toString())
                .add("to", w.to().toString()).add("hoursOffered", w.hoursOffered()).add("hoursGuaranteed", w.hoursGuaranteed())
                .add("hoursWorked", w.hoursWorked()).add("hoursOnMissingDays", w.hoursMissingDays())
                .add("shortfall", w.shortfall()).add("shortfallIfNoWork", w.shortfallIfNoWork()).add("due", w.due())));
        JsonArrayBuilder missing = Jsons.PROVIDER.createArrayBuilder();
        t.missingDays().forEach(m -> missing.add(Jsons.PROVIDER.createObjectBuilder().add("from", m.from().toString())
                .add("to", m.to().toString())));
        return Jsons.PROVIDER.createObjectBuilder().add("hoursOffered", t.hoursOffered())
                .add("hoursGuaranteed", t.hoursGuaranteed()).add("hoursWorked", t.hoursWorked())
                .add("shortfall", t.shortfall()).add("enforced", t.enforced())
                .add("shortfallIfNoWork", t.shortfallIfNoWork()).add("rate", t.rate()).add("due", t.due())
                .add("windows", windows).add("missingDays", missing);
    }

    private static void put(JsonObjectBuilder o, String name, Object value) {
        if (value == null) {
            o.add(name, JsonValue.NULL);
        } else if (value instanceof BigDecimal n) {
            o.add(name, n);
        } else {
            o.add(name, value.toString());
        }
    }

    private static String string(JsonObject json, String name, String field) throws BadRequest {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s) || s.getString().length() > 200) {
            throw new BadRequest(new FieldError(field, "wage.error.type"));
        }
        return s.getString().isBlank() ? null : s.getString().strip();
    }

    private static Boolean bool(JsonObject json, String name, String field) throws BadRequest {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.TRUE && v.getValueType() != JsonValue.ValueType.FALSE) {
            throw new BadRequest(new FieldError(field, "wage.error.type"));
        }
        return v.getValueType() == JsonValue.ValueType.TRUE;
    }

    private static LocalDate date(JsonObject json, String name, String field) throws BadRequest {
        String text = string(json, name, field);
        if (text == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text);
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new BadRequest(new FieldError(field, "wage.error.date"));
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadRequest(new FieldError(field, "wage.error.date"));
        }
    }

    private static BigDecimal amount(JsonObject json, String name, String field) throws BadRequest {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n)) {
            throw new BadRequest(new FieldError(field, "wage.error.amount"));
        }
        BigDecimal value = n.bigDecimalValue();
        if (value.signum() < 0 || value.compareTo(MAX_AMOUNT) > 0 || value.scale() > 4) {
            throw new BadRequest(new FieldError(field, "wage.error.amount"));
        }
        return value;
    }

    private static JsonArray array(JsonObject json, String name) throws BadRequest {
        JsonValue v = json.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRequest(new FieldError(name, "wage.error.type"));
        }
        return v.asJsonArray();
    }

    private static JsonObject object(JsonValue v, String field) throws BadRequest {
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new BadRequest(new FieldError(field, "wage.error.type"));
        }
        return v.asJsonObject();
    }
}
