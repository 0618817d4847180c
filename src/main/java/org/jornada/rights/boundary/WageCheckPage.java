package org.jornada.rights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.jornada.complaint.boundary.FollowUpAccess;
import org.jornada.complaint.boundary.JsonBodies;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.FieldErrors;
import org.jornada.platform.boundary.Language;
import org.jornada.platform.control.DatabaseDown;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.UsStates;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.entity.WageCalculation;

/**
 * The wage check page ({@code /wage-check}, issue #14): a plain form posted back to itself, no
 * session, no JavaScript. "Add a period" is a submit that shows the form again with one more row;
 * "Check" answers under the form, which stays filled; "Add this to my report" keeps the
 * calculation on the case a receipt code opens (the code travels in the POST body only), or
 * carries it to a new report with the matching problems ticked.
 */
@Named
@RequestScoped
public class WageCheckPage {

    private static final Logger LOG = Logger.getLogger(WageCheckPage.class.getName());

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    @Inject
    WageTables tables;

    @Inject
    WageCalculations calculations;

    @Inject
    FollowUpAccess access;

    @Inject
    ClientKeys clientKeys;

    private Map<String, String> params = Map.of();
    private int rows = 1;
    private FieldErrors errors;
    private WageAnswer answer;
    private JsonObject question;
    private String notice;
    private String attachError;

    @PostConstruct
    void read() {
        errors = new FieldErrors(language.getLocale());
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        params = new java.util.HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 0 && name.length() <= 40) {
                params.put(name, values[0]);
            }
        });
        rows = Math.max(1, Math.min(WageCheckJson.MAX_PERIODS, parse(params.get("rows"))));
        String action = params.getOrDefault("do", "check");
        params.remove("do");
        if ("add".equals(action)) {
            rows = Math.min(WageCheckJson.MAX_PERIODS, rows + 1);
            return;
        }
        if ("attach".equals(action)) {
            // the attach form sends the calculation it shows: the same inputs, shown again
            var carried = WageCheckOnReport.question(params.get("calculation"));
            if (carried.isPresent()) {
                String receipt = params.get("receipt");
                params = WageCheckForm.fields(carried.get());
                params.put("receipt", receipt == null ? "" : receipt);
                rows = Math.max(1, carried.get().getJsonArray("periods") == null ? 1
                        : carried.get().getJsonArray("periods").size());
            }
        }
        List<Integer> periodRows = new ArrayList<>();
        List<Integer> deductionRows = new ArrayList<>();
        question = WageCheckForm.question(params, rows, periodRows, deductionRows);
        try {
            answer = tables.check().answer(WageCheckJson.question(question));
        } catch (JsonBodies.BadRequest bad) {
            errors.add(new org.jornada.platform.control.FieldError(WageCheckForm.formField(bad.error().field(),
                    periodRows, deductionRows), bad.error().messageKey(), bad.error().args()));
            question = null;
            return;
        }
        if ("attach".equals(action)) {
            attach();
        }
    }

    private void attach() {
        String code = params.get("receipt");
        if (code == null || code.isBlank()) {
            attachError = Messages.get(language.getLocale(), "wage.attach.noCode");
            return;
        }
        try {
            var attempt = access.open(clientKeys.of(request), code);
            if (!attempt.found()) {
                attachError = attempt.limited()
                        ? Messages.get(language.getLocale(), "followup.limited", attempt.waitMinutes())
                        : Messages.get(language.getLocale(), "followup.notFound");
                return;
            }
            calculations.attach(attempt.complaint().getId(), question, WageCalculation.Via.WAGE_CHECK_PAGE);
            notice = "wage.attach.done";
        } catch (JsonBodies.BadRequest cannotHappen) {
            attachError = Messages.get(language.getLocale(), "wage.error.type");
        } catch (RuntimeException e) {
            if (!DatabaseDown.is(e)) {
                throw e;
            }
            LOG.warning("The database cannot be reached: a wage check could not be kept on a case");
            attachError = Messages.get(language.getLocale(), "problem.unavailable");
        }
    }

    /**
     * Redirect-after-post once the calculation is on the case (issue 24): the browser's history
     * then holds {@code /wage-check?added=1}, a GET that only says it was added, never the POST
     * that carried the receipt code and the pay figures (Back or reload would send them again and
     * add the calculation twice).
     */
    public void afterPost() throws java.io.IOException {
        if (!"wage.attach.done".equals(notice)) {
            return;
        }
        var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
        faces.getExternalContext().redirect(request.getContextPath() + "/wage-check?added=1&lang=" + language.getCode());
        faces.responseComplete();
    }

    /** The redirect's page after the calculation was added: it says so above an empty form. */
    public boolean isAdded() {
        return "GET".equals(request.getMethod()) && "1".equals(request.getParameter("added"));
    }

    private static int parse(String number) {
        try {
            return number == null ? 1 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** What the worker typed in a field, to show it again. */
    public String value(String name) {
        String v = params.get(name);
        return v == null ? "" : v;
    }

    public String period(int row, String name) {
        return value("periods[" + row + "]." + name);
    }

    public String deduction(int row, String name) {
        return value("deductions[" + row + "]." + name);
    }

    public boolean chosen(String name, String option) {
        return option.equals(params.get(name));
    }

    public List<Integer> getRows() {
        return IntStream.range(0, rows).boxed().toList();
    }

    public int getRowCount() {
        return rows;
    }

    public boolean isMoreRows() {
        return rows < WageCheckJson.MAX_PERIODS;
    }

    public List<Integer> getDeductionRows() {
        return IntStream.range(0, WageCheckForm.DEDUCTIONS).boxed().toList();
    }

    public List<String> getStates() {
        return UsStates.CODES;
    }

    public Map<String, String> getErrors() {
        return errors.getByField();
    }

    public WageAnswer getAnswer() {
        return answer;
    }

    public String getNotice() {
        return notice;
    }

    public String getAttachError() {
        return attachError;
    }

    /** The inputs as the report form carries them (hidden), and the receipt form sends them. */
    public String getQuestionJson() {
        return question == null ? "" : question.toString();
    }

    /** The problems a report of this answer is about, ticked on the report form. */
    public List<String> getCategories() {
        Set<String> codes = new LinkedHashSet<>();
        if (answer.totalShortfall().signum() > 0) {
            codes.add("BELOW_REQUIRED_WAGE");
        }
        if (answer.threeFourths() != null && answer.threeFourths().shortfall().signum() > 0) {
            codes.add("THREE_FOURTHS_GUARANTEE");
        }
        if (answer.reimbursements().travel().signum() > 0 || answer.reimbursements().visa().signum() > 0) {
            codes.add("TRAVEL_VISA_COSTS_NOT_REIMBURSED");
        }
        if (answer.reimbursements().recruitmentFees().signum() > 0) {
            codes.add("RECRUITMENT_FEE");
        }
        if (codes.isEmpty()) {
            codes.add("BELOW_REQUIRED_WAGE");
        }
        return new ArrayList<>(codes);
    }

    /** Dollars as the page's language writes them: $1,234.56 or 1234,56 US$. */
    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(language.getLocale().getLanguage().equals("es")
                ? java.util.Locale.forLanguageTag("es-US") : java.util.Locale.US);
        format.setCurrency(java.util.Currency.getInstance("USD"));
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    public String number(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** The assumptions and caveats, in the page's language. */
    public List<String> getNotes() {
        return answer.assumptions().stream().map(n -> Messages.get(language.getLocale(), n.key(),
                "wage.note.notOfficial".equals(n.key()) && answer.floor().table() != null
                        // the table's name and how sure, in the worker's words (the control keeps the official ones)
                        ? new Object[] {tableName(answer.floor().table()), statusText(answer.floor().table()),
                            answer.floor().table().source()}
                        : n.args().toArray())).toList();
    }

    public boolean isNotOfficial() {
        return answer.floor().table() != null && !answer.floor().table().official();
    }

    /**
     * A wage table's name in the worker's language (issue 24): the rows' names are the official
     * English ones (kept for staff and referral packets), the worker reads what the figure is,
     * for which state and year, e.g. "Tarifa de salario por efecto adverso (AEWR) de Georgia, 2025".
     */
    public String tableName(org.jornada.rights.control.WageRate table) {
        if (table == null) {
            return "";
        }
        java.util.Locale locale = language.getLocale();
        String kind = table.kind() == org.jornada.rights.control.WageRate.Kind.MINIMUM_WAGE && "US".equals(table.state())
                ? "FEDERAL_MINIMUM" : table.kind().name();
        String where = "US".equals(table.state()) ? Messages.get(locale, "wage.federal") : stateName(table.state());
        // the table's year is in its code (AEWR-2025, whose rows may take effect in late December 2024)
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("(?<!\\d)(20\\d\\d)(?!\\d)")
                .matcher(table.table() == null ? "" : table.table());
        return Messages.get(locale, "wage.tableName." + kind, where,
                year.find() ? year.group(1) : String.valueOf(table.effectiveFrom().getYear()));
    }

    /** How sure a table's figure is, in the page's language. */
    public String statusText(org.jornada.rights.control.WageRate table) {
        return table == null ? "" : Messages.get(language.getLocale(), "wage.status." + table.status().label());
    }

    /** A day as people read it in the page's language ("16 de diciembre de 2024", "December 16, 2024"). */
    public String day(java.time.LocalDate day) {
        return day == null ? "" : day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(language.getLocale()));
    }

    /** A paycheck's days, short enough for a table cell on a 360 px phone ("5 may – 11 may", "May 5 – May 11"). */
    public String days(java.time.LocalDate from, java.time.LocalDate to) {
        java.time.format.DateTimeFormatter shortDay = java.time.format.DateTimeFormatter.ofPattern(
                "es".equals(language.getCode()) ? "d MMM" : "MMM d", language.getLocale());
        // each day kept whole (no-break space), so a narrow cell breaks only after the dash
        String a = from == null ? "" : from.format(shortDay).replace(".", "").replace(' ', '\u00a0');
        String b = to == null ? "" : to.format(shortDay).replace(".", "").replace(' ', '\u00a0');
        return a + " – " + b;
    }

    /** The state's name in the page's language. */
    public String stateName(String code) {
        return Messages.get(language.getLocale(), "usstate." + code);
    }
}
