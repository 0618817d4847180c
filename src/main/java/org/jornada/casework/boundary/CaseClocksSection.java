package org.jornada.casework.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jornada.casework.control.Deadline;
import org.jornada.platform.control.Messages;

/**
 * The case page's legal clocks: each deadline with its source and days left, and the form to mark
 * one not applicable with a reason ({@link WaiveDeadline}). Works on the case {@link CasePage}
 * opened.
 */
@Named("caseClocks")
@ViewScoped
public class CaseClocksSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CasePage page;

    @Inject
    transient CaseRecords details;

    @Inject
    transient WaiveDeadline waiveDeadline;

    @Inject
    transient org.jornada.platform.boundary.OrgTime orgTime;

    private String waiveRule;
    private String waiveReason;
    private transient List<CaseRecords.CaseClock> clocks;

    public void markNotApplicable() {
        page.done(() -> waiveDeadline.run(page.me(), page.getId(), new WaiveDeadline.Input(waiveRule, waiveReason)),
                "caseview.clockWaived");
    }

    /** Read once per page load. */
    public List<CaseRecords.CaseClock> getClocks() {
        if (clocks == null) {
            clocks = details.clocks(page.getView().complaint());
        }
        return clocks;
    }

    /**
     * The worker gave no month when it began: the clocks count from the day the report arrived (or
     * the first short pay period a wage check found), and the real deadline may be earlier.
     */
    public boolean isStartUnknown() {
        return page.getView().complaint().getStartedOn() == null;
    }

    /** Days left as the organization counts them (its time zone, as the dates shown). */
    public long daysLeft(LocalDate dueOn) {
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(orgTime.getZone()), dueOn);
    }

    /** The clocks that still run: those the waiver picker offers (a clock marked not applicable is not offered again). */
    public List<CaseRecords.CaseClock> getWaivable() {
        return getClocks().stream().filter(CaseRecords.CaseClock::isApplicable).toList();
    }

    /** What the clock is, in the reader's language ({@code deadline.explain.RULE}). */
    public String explain(Deadline deadline) {
        return text("deadline.explain.", deadline);
    }

    /** The clock's short name for the waiver picker ({@code deadline.name.RULE}), with its due date. */
    public String name(Deadline deadline) {
        return text("deadline.name.", deadline) + " (" + deadline.dueOn() + ")";
    }

    private static String text(String prefix, Deadline deadline) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String text = Messages.get(locale, prefix + deadline.rule(), deadline.args().toArray());
        // a rule the bundles do not know yet still reads: in English, as the rules word it
        return text.equals(prefix + deadline.rule()) ? deadline.explanation() : text;
    }

    public String getWaiveRule() {
        return waiveRule;
    }

    public void setWaiveRule(String waiveRule) {
        this.waiveRule = waiveRule;
    }

    public String getWaiveReason() {
        return waiveReason;
    }

    public void setWaiveReason(String waiveReason) {
        this.waiveReason = waiveReason;
    }
}
