package org.jornada.rights.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.platform.control.Messages;

/**
 * A kept wage check as lines of text in one language: what the case page shows staff and what a
 * referral packet carries. Every line says where its figure came from (table, row, status), and
 * the last ones are the assumptions, so that nobody reads an estimate as a finding.
 */
public final class WageCalculationText {

    private WageCalculationText() {
    }

    /** The answer, line by line, as staff read it (with the words the worker typed). */
    public static List<String> lines(WageCalculations.Kept kept, Locale locale) {
        return lines(kept, locale, true);
    }

    /**
     * The answer, line by line; without the worker's words ({@code workerWords} false: what an
     * anonymous packet may carry) a deduction is named by its amount only.
     */
    public static List<String> lines(WageCalculations.Kept kept, Locale locale, boolean workerWords) {
        JsonObject a = kept.answer();
        List<String> lines = figures(kept, locale, kept.question().getString("state", ""));
        for (JsonValue v : a.getJsonArray("deadlines")) {
            JsonObject d = v.asJsonObject();
            lines.add(Messages.get(locale, "wagecase.deadline", Messages.get(locale, "wagecase.rule." + d.getString("rule")),
                    d.getString("dueOn")));
        }
        for (String note : WageAnswerJson.notes(a, locale, workerWords)) {
            lines.add(Messages.get(locale, "wagecase.assumed", note));
        }
        return lines;
    }

    /**
     * The answer as an authority reads it in a referral packet: the floor and its table, each period,
     * the totals; states as words; no worker's words, no clocks (the packet's legal clocks are the
     * case's, which count from this check's first short period: DeadlineRules.payClaims), and no
     * assumption notes (they are written to the worker); one line says the figures are an estimate.
     */
    public static List<String> forAuthority(WageCalculations.Kept kept, Locale locale) {
        List<String> lines = figures(kept, locale,
                org.jornada.platform.control.UsStates.name(kept.question().getString("state", "")));
        lines.add(Messages.get(locale, "packet.wage.estimate"));
        return lines;
    }

    /** The floor and its table, each period, the totals and the costs owed back: what staff and authorities both read. */
    private static List<String> figures(WageCalculations.Kept kept, Locale locale, String state) {
        JsonObject a = kept.answer();
        List<String> lines = new ArrayList<>();
        floor(lines, a.getJsonObject("floor"), kept.question().getString("visa", ""), state, locale);
        for (JsonValue v : a.getJsonArray("periods")) {
            JsonObject p = v.asJsonObject();
            lines.add(Messages.get(locale, "wagecase.period", text(p, "from"), text(p, "to"), money(p, "owed"),
                    money(p, "paid"), money(p, "shortfall")));
        }
        lines.add(Messages.get(locale, "wagecase.total", money(a, "totalShortfall")));
        // everything owed now (issue #25); answers kept before it have only the wages short
        lines.add(Messages.get(locale, "wagecase.totalOwed", money(a, a.get("totalOwed") instanceof JsonNumber
                ? "totalOwed" : "totalShortfall")));
        if (a.get("threeFourths") instanceof JsonObject t) {
            threeFourths(lines, t, locale);
        }
        if (a.get("deductions") instanceof jakarta.json.JsonArray deductions) {
            for (JsonValue v : deductions) {
                JsonObject d = v.asJsonObject();
                boolean back = d.getJsonNumber("owedBack").bigDecimalValue().signum() > 0;
                lines.add(Messages.get(locale, back ? "wagecase.deduction.owed" : "wagecase.deduction.check",
                        Messages.get(locale, "wage.deduction.type." + d.getString("type")), money(d, "amount"),
                        d.getString("rule")));
            }
        }
        costs(lines, a.getJsonObject("reimbursements"), locale);
        if (a.get("gaps") instanceof jakarta.json.JsonArray gaps) {
            for (JsonValue v : gaps) {
                JsonObject g = v.asJsonObject();
                lines.add(Messages.get(locale, "wagecase.gap", Messages.get(locale, "wagecase.gap.kind." + g.getString("kind")),
                        org.jornada.platform.control.UsStates.name(g.getString("state")), g.getString("from"),
                        g.getString("to"), number(g, "hours")));
            }
        }
        return lines;
    }

    /** The hourly floor and why, the table row it came from, and whether that row is DOL's own figure. */
    private static void floor(List<String> lines, JsonObject floor, String visa, String state, Locale locale) {
        String basis = Messages.get(locale, "wagecase.basis." + floor.getString("basis"));
        lines.add(Messages.get(locale, "wagecase.floor", money(floor, "hourly"), basis, visa, state));
        if (floor.get("table") instanceof JsonObject table) {
            String status = Messages.get(locale, "wage.status." + table.getString("status"));
            lines.add(Messages.get(locale, "wagecase.table", table.getString("name"), table.getString("effective"),
                    status.startsWith("wage.status.") ? table.getString("status") : status, table.getString("source")));
            if (!"direct".equals(table.getString("status"))) {
                lines.add(Messages.get(locale, "wagecase.notOfficial"));
            }
        }
    }

    /** The three-fourths guarantee's hours and money, both ways when days lack a paycheck. */
    private static void threeFourths(List<String> lines, JsonObject t, Locale locale) {
        lines.add(Messages.get(locale, t.getBoolean("enforced") ? "wagecase.threeFourths"
                : "wagecase.threeFourths.notEnforced", number(t, "hoursOffered"), number(t, "hoursGuaranteed"),
                number(t, "hoursWorked"), money(t, "shortfall")));
        if (t.get("missingDays") instanceof jakarta.json.JsonArray missing && !missing.isEmpty()) {
            // days of the contract with no paycheck entered: the guarantee both ways (issue #25, rule 1)
            List<String> spans = missing.stream().map(JsonValue::asJsonObject)
                    .map(m -> m.getString("from") + " – " + m.getString("to")).toList();
            lines.add(Messages.get(locale, "wagecase.threeFourths.missing", String.join(", ", spans),
                    money(t, "shortfall"), money(t, "shortfallIfNoWork")));
        }
    }

    /** Each cost the worker paid with where it stands; answers kept before costs had their own list: the totals. */
    private static void costs(List<String> lines, JsonObject r, Locale locale) {
        if (r.get("costs") instanceof jakarta.json.JsonArray costs) {
            // each cost the worker paid, with where it stands: what was paid is never shown as $0.00
            for (JsonValue v : costs) {
                JsonObject c = v.asJsonObject();
                lines.add(Messages.get(locale, "wagecase.cost." + c.getString("status"),
                        Messages.get(locale, "wage.adv.cost.kind." + c.getString("kind")), money(c, "paid"),
                        money(c, "owed"), text(c, "owedFrom"), c.get("rule") instanceof jakarta.json.JsonString rule
                                ? rule.getString() : "—"));
            }
        } else {
            lines.add(Messages.get(locale, "wagecase.owedBack", money(r, "travel"), money(r, "visa"),
                    money(r, "recruitmentFees")));
        }
    }

    /** What the worker entered, as "name: value" lines (the inputs the answer was worked from). */
    public static List<String> inputs(WageCalculations.Kept kept) {
        List<String> lines = new ArrayList<>();
        WageCheckForm.fields(kept.question()).entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> lines.add(e.getKey() + ": " + e.getValue()));
        return lines;
    }

    private static String text(JsonObject o, String name) {
        return o.get(name) == null || o.get(name).getValueType() == JsonValue.ValueType.NULL ? "?" : o.getString(name);
    }

    private static String money(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? String.format(Locale.US, "$%,.2f",
                n.bigDecimalValue().setScale(2, RoundingMode.HALF_UP)) : "?";
    }

    private static String number(JsonObject o, String name) {
        return o.get(name) instanceof JsonNumber n ? n.bigDecimalValue().stripTrailingZeros().toPlainString() : "?";
    }
}
