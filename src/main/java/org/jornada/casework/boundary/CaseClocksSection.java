package org.jornada.casework.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

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
    transient CaseDetails details;

    @Inject
    transient WaiveDeadline waiveDeadline;

    private String waiveRule;
    private String waiveReason;
    private transient List<CaseDetails.CaseClock> clocks;

    public void markNotApplicable() {
        page.done(() -> waiveDeadline.run(page.me(), page.getId(), new WaiveDeadline.Input(waiveRule, waiveReason)),
                "caseview.clockWaived");
    }

    /** Read once per page load. */
    public List<CaseDetails.CaseClock> getClocks() {
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

    public long daysLeft(LocalDate dueOn) {
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), dueOn);
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
