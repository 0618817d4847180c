package org.jornada.rights.boundary;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.platform.control.Messages;

/**
 * The name of each wage-check field as the form shows it, for the error summary at the top of
 * the page: "Cheque 2 · Horas trabajadas", so that a worker who reads four times "write a number"
 * knows which boxes to fix (found by a fresh-eyes walk, issue #26).
 */
final class WageFieldNames {

    private static final Pattern ROW = Pattern.compile("(periods|deductions)\\[(\\d+)]\\.(\\w+)");
    private static final Map<String, String> ROW_FIELDS = Map.of("from", "wage.from", "to", "wage.to",
            "hours", "wage.hours", "paid", "wage.paidLabel", "pieces", "wage.pieces", "pieceRate", "wage.pieceRate",
            "type", "wage.deduction.type", "amount", "wage.deduction.amount");
    private static final Map<String, String> FIELDS = Map.of("visa", "wage.visa", "state", "wage.state",
            "jobOrderFiledOn", "wage.filedOn", "hourlyRate", "wage.hourlyRate", "prevailingWage", "wage.prevailingWage",
            "contract.hoursPerWeek", "wage.hoursPerWeek");

    private WageFieldNames() {
    }

    /** The field's name for each field with an error; a field without a known name is left out. */
    static Map<String, String> of(Iterable<String> fields, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String field : fields) {
            String name = name(field, locale);
            if (name != null) {
                names.put(field, name);
            }
        }
        return names;
    }

    static String name(String field, Locale locale) {
        Matcher row = ROW.matcher(field);
        if (row.matches() && ROW_FIELDS.containsKey(row.group(3))) {
            String group = row.group(1).equals("periods") ? "wage.period.n" : "wage.deduction.n";
            return Messages.get(locale, group, Integer.parseInt(row.group(2)) + 1) + " · "
                    + Messages.get(locale, ROW_FIELDS.get(row.group(3)));
        }
        if (field.startsWith("costs.") && !field.equals("costs.reimbursed")) {
            return Messages.get(locale, "wage.cost." + field.substring("costs.".length()));
        }
        if (field.equals("contract.start") || field.equals("contract.end")) {
            return Messages.get(locale, "wage.contract") + " · "
                    + Messages.get(locale, field.endsWith("start") ? "wage.from" : "wage.to");
        }
        String key = FIELDS.get(field);
        return key == null ? null : Messages.get(locale, key);
    }
}
