package org.jornada.rights.boundary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageQuestion;

/**
 * The problems a report of a wage check's answer is about, as the report form's category codes,
 * ticked there when the worker carries the answer to a new report ({@link WageCheckPage}).
 */
final class WageReportProblems {

    private WageReportProblems() {
    }

    /**
     * A recruitment fee entered and not paid back (even when the answer gives no figure for it, H-2A:
     * ask an advocate), travel or visa costs owed now, later or to be asked about, a housing deduction
     * owed back, wages or the three-fourths guarantee short; wages short when nothing else is.
     */
    static List<String> of(WageAnswer answer) {
        Set<String> codes = new LinkedHashSet<>();
        if (answer.totalShortfall().signum() > 0) {
            codes.add("BELOW_REQUIRED_WAGE");
        }
        if (answer.threeFourths() != null && (answer.threeFourths().shortfall().signum() > 0
                || answer.threeFourths().shortfallIfNoWork().signum() > 0)) {
            codes.add("THREE_FOURTHS_GUARANTEE");
        }
        for (WageAnswer.Cost c : answer.reimbursements().costs()) {
            if (c.status() == WageAnswer.CostStatus.REIMBURSED) {
                continue;
            }
            codes.add("RECRUITMENT_FEES".equals(c.kind()) ? "RECRUITMENT_FEE" : "TRAVEL_VISA_COSTS_NOT_REIMBURSED");
        }
        if (answer.deductions().stream().anyMatch(d -> d.type() == WageQuestion.DeductionType.HOUSING
                && d.owedBack().signum() > 0)) {
            codes.add("CHARGED_FOR_HOUSING");
        }
        if (codes.isEmpty()) {
            codes.add("BELOW_REQUIRED_WAGE");
        }
        return new ArrayList<>(codes);
    }
}
