package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.jornada.casework.control.Deadline;
import org.jornada.casework.control.DeadlineRules;
import org.jornada.complaint.boundary.NewCaseHook;
import org.jornada.complaint.entity.Complaint;

/**
 * Gives a new case its nearest legal clock before it is stored, for the queue's sort and filter.
 * Pure computation: deliberately not {@code @Transactional}, so filing (thousands a second on
 * the API) pays no transaction interceptor for it.
 */
@ApplicationScoped
public class NewCaseClocks implements NewCaseHook {

    @Override
    public void beforeStore(Complaint complaint) {
        complaint.setNearestDeadline(DeadlineRules.nearest(CaseDetails.facts(complaint)).map(Deadline::dueOn)
                .orElse(null));
    }
}
