package org.jornada.rights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.jornada.complaint.boundary.FollowUpAccess;
import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.FieldMessages;
import org.jornada.platform.boundary.Language;
import org.jornada.platform.control.DatabaseDown;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.RefusedException;
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

    @Inject
    ApiBodies bodies;

    @Inject
    WageCheckOnReport onReport;

    private Map<String, String> params = Map.of();
    private int rows = 1;
    private FieldMessages errors;
    private WageAnswer answer;
    private org.jornada.rights.control.WageQuestion asked;
    private WageAnswerWords words;
    private List<String> summary;
    private WageAnswerWords.Advocate advocate;
    private JsonObject question;
    private WageCheckBody body;
    private String notice;
    private String attachError;

    @PostConstruct
    void read() {
        errors = new FieldMessages(language.getLocale());
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        params = WageCheckForm.posted(request.getParameterMap());
        rows = WageCheckForm.rows(params.get("rows"));
        String action = params.getOrDefault("do", "check");
        params.remove("do");
        params.remove(Language.SWITCH);
        if (language.isSwitched()) {
            action = "check"; // the form again in the other language, with its answer when it has one
        }
        if ("add".equals(action)) {
            rows = Math.min(WageCheckBody.MAX_PERIODS, rows + 1);
            return;
        }
        if ("attach".equals(action)) {
            // the attach form sends the calculation it shows: the same inputs, shown again
            var carried = onReport.question(params.get("calculation"));
            if (carried.isPresent()) {
                String receipt = params.get("receipt");
                params = WageCheckForm.fields(ApiBodies.kept(carried.get()));
                params.put("receipt", receipt == null ? "" : receipt);
                rows = Math.max(1, carried.get().periods().size());
            }
        }
        List<Integer> periodRows = new ArrayList<>();
        List<Integer> deductionRows = new ArrayList<>();
        question = WageCheckForm.question(params, rows, periodRows, deductionRows);
        try {
            body = bodies.intake(question.toString(), WageCheckBody.class);
            asked = body.question();
            answer = tables.check().answer(asked);
            words = new WageAnswerWords(answer, asked.visa(), asked.state(), language.getLocale());
        } catch (RefusedException bad) {
            question = null;
            if (language.isSwitched()) {
                return; // a form half filled in is switched, not judged
            }
            // every broken box at once, each named as the worker sees it (issue #25)
            bad.errors().forEach(e -> errors.add(new org.jornada.platform.control.FieldError(WageCheckForm.formField(
                    e.field(), periodRows, deductionRows), e.messageKey(), e.args())));
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
            calculations.attach(attempt.complaint().getId(), body, WageCalculation.Via.WAGE_CHECK_PAGE);
            notice = "wage.attach.done";
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
        return rows < WageCheckBody.MAX_PERIODS;
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

    /** Each field with an error named as the form shows it, for the summary at the top. */
    public Map<String, String> getErrorNames() {
        return WageFieldNames.of(errors.getByField().keySet(), language.getLocale());
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

    /** The problems a report of this answer is about, ticked on the report form ({@link WageReportProblems}). */
    public List<String> getCategories() {
        return WageReportProblems.of(answer);
    }

    /** The answer's words (issue #25): the summary, the advocate's section, each note. */
    public WageAnswerWords getWords() {
        return words;
    }

    /** The answer's first lines: how much, why, what to do. */
    public List<String> getSummary() {
        if (summary == null) {
            summary = words.summary();
        }
        return summary;
    }

    /** The advocate's section, folded under the paychecks. */
    public WageAnswerWords.Advocate getAdvocate() {
        if (advocate == null) {
            advocate = words.advocate();
        }
        return advocate;
    }

    /** The advocate section's title in the other language, for an advocate who reads that one. */
    public String getAdvocateTitleOther() {
        return Messages.get(java.util.Locale.forLanguageTag(language.getOther()), "wage.adv.title");
    }

    /** What a deduction can be for, in the order the form offers them. */
    public List<String> getDeductionTypes() {
        return java.util.Arrays.stream(org.jornada.rights.control.WageQuestion.DeductionType.values()).map(Enum::name)
                .toList();
    }

    /** Dollars as the answer writes them in both languages: $1,234.50. */
    public String money(BigDecimal amount) {
        return WageWords.money(amount);
    }

    /** A day as people read it in the page's language ("16 de diciembre de 2024", "December 16, 2024"). */
    public String day(java.time.LocalDate day) {
        return WageWords.day(language.getLocale(), day);
    }

    /** A paycheck's days, short enough for a table cell on a 360 px phone ("5 may – 11 may", "May 5 – May 11"). */
    public String days(java.time.LocalDate from, java.time.LocalDate to) {
        return WageWords.shortDays(language.getLocale(), from, to);
    }

    /** The state's name in the page's language. */
    public String stateName(String code) {
        return WageWords.stateName(language.getLocale(), code);
    }
}
