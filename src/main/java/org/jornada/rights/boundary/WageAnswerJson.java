package org.jornada.rights.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageQuestion;

/**
 * The wage check's answer as JSON (docs/api.md): as the API gives it, in the worker's language, and as
 * a case keeps it, with its notes as message keys said again in the reader's language. The question
 * is read by {@code ApiBodies} into a {@link WageCheckBody}.
 */
final class WageAnswerJson {

    private WageAnswerJson() {
    }

    /**
     * The answer as the API gives it: its first lines ({@code summary}, what the page shows first)
     * and every assumption said in {@code locale}, by the page's words ({@link WageAnswerWords}).
     */
    static JsonObject answer(WageAnswer a, WageQuestion q, Locale locale) {
        JsonArrayBuilder notes = CachedJsonProvider.PROVIDER.createArrayBuilder();
        new WageAnswerWords(a, q.visa(), q.state(), locale).allNotes().forEach(notes::add);
        JsonObject answer = answer(a, notes);
        JsonArrayBuilder summary = CachedJsonProvider.PROVIDER.createArrayBuilder();
        new WageAnswerWords(a, q.visa(), q.state(), locale).summary().forEach(summary::add);
        return CachedJsonProvider.PROVIDER.createObjectBuilder(answer).add("summary", summary).build();
    }

    /**
     * The answer as a case keeps it: the assumptions as message keys with their arguments, so that
     * staff read them in their own language ({@link #notes}).
     */
    static JsonObject kept(WageAnswer a) {
        JsonArrayBuilder notes = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (WageAnswer.Note n : a.assumptions()) {
            JsonArrayBuilder args = CachedJsonProvider.PROVIDER.createArrayBuilder();
            n.args().forEach(arg -> args.add(String.valueOf(arg)));
            notes.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("key", n.key()).add("args", args));
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
        JsonObjectBuilder out = CachedJsonProvider.PROVIDER.createObjectBuilder().add("floor", floor(a.floor()))
                .add("periods", periods(a)).add("totalShortfall", a.totalShortfall()).add("totalOwed", a.totalOwed());
        out.add("threeFourths", a.threeFourths() == null ? JsonValue.NULL : threeFourths(a.threeFourths()).build());
        out.add("reimbursements", reimbursements(a.reimbursements()));
        JsonArrayBuilder deductions = CachedJsonProvider.PROVIDER.createArrayBuilder();
        // the worker's own words ("what for") stay out: a kept answer goes into packets (issue #14)
        a.deductions().forEach(d -> deductions.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("type", d.type().name())
                .add("amount", d.amount()).add("owedBack", d.owedBack()).add("rule", d.rule())));
        out.add("deductions", deductions);
        out.add("gaps", gaps(a));
        if (a.alternative() == null) {
            out.add("alternative", JsonValue.NULL);
        } else {
            out.add("alternative", CachedJsonProvider.PROVIDER.createObjectBuilder().add("jobOrderFiled", "ON_OR_AFTER_2025-10-02")
                    .add("floor", floor(a.alternative().floor())).add("totalShortfall", a.alternative().totalShortfall())
                    .add("totalOwed", a.alternative().totalOwed()));
        }
        // the days the claims' clocks count from: the case's clocks read them from a kept answer (one source)
        put(out, "claimsFrom", a.claimsFrom());
        put(out, "flsaFrom", a.flsaFrom());
        out.add("assumptions", notes);
        JsonArrayBuilder deadlines = CachedJsonProvider.PROVIDER.createArrayBuilder();
        a.deadlines().forEach(d -> deadlines.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("rule", d.rule())
                .add("dueOn", d.dueOn().toString())));
        return out.add("deadlines", deadlines).build();
    }

    private static JsonArrayBuilder periods(WageAnswer a) {
        JsonArrayBuilder periods = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (WageAnswer.PeriodResult p : a.periods()) {
            JsonObjectBuilder o = CachedJsonProvider.PROVIDER.createObjectBuilder();
            put(o, "from", p.from());
            put(o, "to", p.to());
            put(o, "floor", p.floor());
            put(o, "owed", p.owed());
            put(o, "paid", p.paid());
            put(o, "shortfall", p.shortfall());
            o.add("belowFederalMinimum", p.belowFederalMinimum());
            JsonArrayBuilder floors = CachedJsonProvider.PROVIDER.createArrayBuilder();
            p.floors().forEach(f -> floors.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("from", f.from().toString())
                    .add("to", f.to().toString()).add("hourly", f.floor().hourly()).add("basis", f.floor().basis().name())));
            periods.add(o.add("floors", floors));
        }
        return periods;
    }

    private static JsonObjectBuilder reimbursements(WageAnswer.Reimbursements r) {
        JsonArrayBuilder costs = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (WageAnswer.Cost c : r.costs()) {
            JsonObjectBuilder o = CachedJsonProvider.PROVIDER.createObjectBuilder().add("kind", c.kind()).add("paid", c.paid())
                    .add("owed", c.owed()).add("status", c.status().name());
            put(o, "owedFrom", c.owedFrom());
            put(o, "rule", c.rule());
            costs.add(o);
        }
        return CachedJsonProvider.PROVIDER.createObjectBuilder().add("travel", r.travel()).add("visa", r.visa())
                .add("recruitmentFees", r.recruitmentFees()).add("costs", costs);
    }

    private static JsonArrayBuilder gaps(WageAnswer a) {
        JsonArrayBuilder gaps = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (WageAnswer.Gap g : a.gaps()) {
            JsonObjectBuilder o = CachedJsonProvider.PROVIDER.createObjectBuilder().add("kind", g.kind()).add("state", g.state())
                    .add("from", g.from().toString()).add("to", g.to().toString()).add("hours", g.hours())
                    .add("knownHigher", g.knownHigher());
            o.add("nextKnown", g.nextKnown() == null ? JsonValue.NULL : CachedJsonProvider.PROVIDER.createObjectBuilder()
                    .add("rate", g.nextKnown().rate()).add("effective", g.nextKnown().effectiveFrom().toString())
                    .add("code", g.nextKnown().table()).build());
            gaps.add(o);
        }
        return gaps;
    }

    private static JsonObjectBuilder floor(WageAnswer.Floor f) {
        JsonObjectBuilder floor = CachedJsonProvider.PROVIDER.createObjectBuilder().add("hourly", f.hourly()).add("basis", f.basis().name());
        if (f.table() != null) {
            floor.add("table", CachedJsonProvider.PROVIDER.createObjectBuilder().add("name", f.table().tableName())
                    .add("code", f.table().table()).add("effective", f.table().effectiveFrom().toString())
                    .add("status", f.table().status().label()).add("source", f.table().source()));
        } else {
            floor.add("table", JsonValue.NULL);
        }
        return floor;
    }

    private static JsonObjectBuilder threeFourths(WageAnswer.ThreeFourths t) {
        JsonArrayBuilder windows = CachedJsonProvider.PROVIDER.createArrayBuilder();
        t.windows().forEach(w -> windows.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("from", w.from().toString())
                .add("to", w.to().toString()).add("hoursOffered", w.hoursOffered()).add("hoursGuaranteed", w.hoursGuaranteed())
                .add("hoursWorked", w.hoursWorked()).add("hoursOnMissingDays", w.hoursMissingDays())
                .add("shortfall", w.shortfall()).add("shortfallIfNoWork", w.shortfallIfNoWork()).add("due", w.due())));
        JsonArrayBuilder missing = CachedJsonProvider.PROVIDER.createArrayBuilder();
        t.missingDays().forEach(m -> missing.add(CachedJsonProvider.PROVIDER.createObjectBuilder().add("from", m.from().toString())
                .add("to", m.to().toString())));
        return CachedJsonProvider.PROVIDER.createObjectBuilder().add("hoursOffered", t.hoursOffered())
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
}
