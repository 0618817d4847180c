package org.jornada.rights.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * The wage check page's form, as what it is: the body of {@code POST /api/v1/wage-check}. Every
 * input is named by its JSON path ({@code periods[1].hours}), so one validation names the same
 * field on the page and in the API. Empty inputs are left out (unknown); a number written the
 * Spanish way (14,50) or with a dollar sign is read as a number; anything else that should be a
 * number is passed on as text, which the check refuses by name.
 */
final class WageCheckForm {

    static final String[] PERIOD = {"from", "to", "hours", "paid", "pieces", "pieceRate"};
    static final int DEDUCTIONS = 3;
    private static final List<String> AMOUNTS = List.of("hourlyRate", "prevailingWage", "hours", "paid", "pieces",
            "pieceRate", "amount", "recruitmentFees", "visaFees", "inboundTravel", "hoursPerWeek");

    private WageCheckForm() {
    }

    /** The posted fields, each by its first value; a name longer than 40 characters is left out. */
    static Map<String, String> posted(Map<String, String[]> parameters) {
        Map<String, String> params = new java.util.HashMap<>();
        parameters.forEach((name, values) -> {
            if (values.length > 0 && name.length() <= 40) {
                params.put(name, values[0]);
            }
        });
        return params;
    }

    /** The number of pay period rows the form posted, from 1 to {@link WageCheckBody#MAX_PERIODS}. */
    static int rows(String number) {
        int rows;
        try {
            rows = number == null ? 1 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            rows = 1;
        }
        return Math.max(1, Math.min(WageCheckBody.MAX_PERIODS, rows));
    }

    /**
     * The question the form's fields ask, with {@code rows} pay periods; the form's row number of
     * each period and deduction sent (empty rows are left out) go into {@code periodRows} and
     * {@code deductionRows}, to name a wrong field by the row the worker sees.
     */
    static JsonObject question(Map<String, String> params, int rows, List<Integer> periodRows,
            List<Integer> deductionRows) {
        JsonObjectBuilder q = CachedJsonProvider.PROVIDER.createObjectBuilder();
        for (String name : List.of("visa", "state", "jobOrderFiledOn", "payBasis", "hourlyRate", "prevailingWage",
                "skillLevel")) {
            put(q, name, params.get(name));
        }
        putBoolean(q, "freeHousing", params.get("freeHousing"));
        JsonArrayBuilder periods = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (int i = 0; i < rows; i++) {
            JsonObjectBuilder p = CachedJsonProvider.PROVIDER.createObjectBuilder();
            boolean any = false;
            for (String name : PERIOD) {
                any |= put(p, name, params.get("periods[" + i + "]." + name));
            }
            if (any) {
                periods.add(p);
                periodRows.add(i);
            }
        }
        q.add("periods", periods);
        JsonArrayBuilder deductions = CachedJsonProvider.PROVIDER.createArrayBuilder();
        for (int i = 0; i < DEDUCTIONS; i++) {
            JsonObjectBuilder d = CachedJsonProvider.PROVIDER.createObjectBuilder();
            boolean kind = put(d, "kind", params.get("deductions[" + i + "].kind"));
            boolean amount = put(d, "amount", params.get("deductions[" + i + "].amount"));
            // what it was for (HOUSING, TOOLS, MEALS, OTHER: issue #25) goes with a deduction, never alone
            if (amount || kind) {
                put(d, "type", params.get("deductions[" + i + "].type"));
                deductions.add(d);
                deductionRows.add(i);
            }
        }
        q.add("deductions", deductions);
        JsonObjectBuilder costs = CachedJsonProvider.PROVIDER.createObjectBuilder();
        boolean anyCost = false;
        for (String name : List.of("recruitmentFees", "visaFees", "inboundTravel")) {
            anyCost |= put(costs, name, params.get("costs." + name));
        }
        anyCost |= putBoolean(costs, "reimbursed", params.get("costs.reimbursed"));
        if (anyCost) {
            q.add("costs", costs);
        }
        JsonObjectBuilder contract = CachedJsonProvider.PROVIDER.createObjectBuilder();
        boolean anyContract = false;
        for (String name : List.of("start", "end", "hoursPerWeek")) {
            anyContract |= put(contract, name, params.get("contract." + name));
        }
        if (anyContract) {
            q.add("contract", contract);
        }
        return q.build();
    }

    /** The form's fields from a question: the reverse of {@link #question}, to show a carried one again. */
    static Map<String, String> fields(JsonObject question) {
        Map<String, String> fields = new java.util.HashMap<>();
        flatten("", question, fields);
        return fields;
    }

    private static void flatten(String prefix, jakarta.json.JsonValue value, Map<String, String> into) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((k, v) -> flatten(prefix.isEmpty() ? k : prefix + "." + k, v, into));
            case ARRAY -> {
                var array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    flatten(prefix + "[" + i + "]", array.get(i), into);
                }
            }
            case STRING -> into.put(prefix, ((jakarta.json.JsonString) value).getString());
            case NUMBER -> into.put(prefix, ((jakarta.json.JsonNumber) value).bigDecimalValue().toPlainString());
            case TRUE -> into.put(prefix, "yes");
            case FALSE -> into.put(prefix, "no");
            default -> { }
        }
    }

    /** The field of an error as the form names it: periods[0] of the question may be the form's periods[2]. */
    static String formField(String field, List<Integer> periodRows, List<Integer> deductionRows) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(periods|deductions)\\[(\\d+)\\](.*)$").matcher(field);
        if (!m.matches()) {
            return field;
        }
        List<Integer> rows = m.group(1).equals("periods") ? periodRows : deductionRows;
        int index = Integer.parseInt(m.group(2));
        return index < rows.size() ? m.group(1) + "[" + rows.get(index) + "]" + m.group(3) : field;
    }

    private static boolean put(JsonObjectBuilder b, String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String text = value.strip();
        if (AMOUNTS.contains(name)) {
            BigDecimal number = number(text);
            if (number != null) {
                b.add(name, number);
                return true;
            }
        }
        b.add(name, text.length() > 200 ? text.substring(0, 200) : text);
        return true;
    }

    private static boolean putBoolean(JsonObjectBuilder b, String name, String value) {
        if ("yes".equals(value) || "no".equals(value)) {
            b.add(name, "yes".equals(value));
            return true;
        }
        return false;
    }

    /** 14.50, 14,50, $1,200.00, 1.200,00 and 1200 as numbers; null when it is not one. */
    static BigDecimal number(String text) {
        String t = text.replace("$", "").replace(" ", "").replace("\u00a0", "");
        if (!t.matches("[0-9.,]{1,20}")) {
            return null;
        }
        int comma = t.lastIndexOf(','), dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // the last separator is the decimal one; the other groups thousands
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            // one comma with one or two digits after it is a decimal comma; otherwise thousands
            t = t.indexOf(',') == comma && t.length() - comma - 1 <= 2 ? t.replace(',', '.') : t.replace(",", "");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
