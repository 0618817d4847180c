package org.jornada.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.jornada.casework.entity.CaseEvent;
import org.jornada.staff.boundary.StaffAccounts;

/**
 * The case page's history: each move of the case's state, when, by whom and why (the checklist's
 * hint promises "each move in its history"). Read once per request, for the case {@link CasePage} opened.
 */
@Named("caseHistory")
@RequestScoped
public class CaseHistorySection {

    @Inject
    CasePage page;

    @Inject
    CaseHistory history;

    @Inject
    StaffAccounts staff;

    private List<Step> steps;

    /** A move as shown: the staff member by name. */
    public record Step(CaseEvent event, String by) {
    }

    public List<Step> getSteps() {
        if (steps == null) {
            List<CaseEvent> events = history.of(page.getId());
            Map<Long, String> names = staff.usernames(events.stream().map(CaseEvent::getStaffId).distinct().toList());
            steps = events.stream().map(e -> new Step(e, names.getOrDefault(e.getStaffId(), "?"))).toList();
        }
        return steps;
    }
}
