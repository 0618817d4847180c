package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: take a case, put it back in the queue ({@code null}), or (SUPERVISOR) assign it to
 * another active advocate or supervisor; anyone else is refused, because the case would vanish
 * from every queue. Permission, change and audit entry in one transaction; the case page and
 * {@code POST /api/v1/staff/cases/{id}/assignment} both run it.
 */
@ApplicationScoped
public class AssignCase {

    /** Who works the case from now on; {@code null} puts it back in the queue. */
    public record Input(Long assigneeId) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    AuditTrail audit;

    /** True when done, false when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        Optional<Complaint> complaint = access.workable(who, caseId, "assign case");
        if (complaint.isEmpty()) {
            return false;
        }
        Long to = input.assigneeId();
        if (to != null && to != who.staffId() && !who.seesAllCases()) {
            throw audit.refused(who, caseId, "assign case to staff " + to, "staff.forbidden");
        }
        if (!work.assign(who, complaint.get(), to)) {
            throw new Refused("assigneeId", "staff.assignee.invalid");
        }
        return true;
    }
}
