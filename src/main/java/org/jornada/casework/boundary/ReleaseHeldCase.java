package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.Forbidden;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: a supervisor puts a complaint held as part of a burst from one client into the triage
 * queue. Permission, change and audit entry in one transaction; the case page and
 * {@code POST /api/v1/staff/cases/{id}/release} both run it.
 */
@ApplicationScoped
public class ReleaseHeldCase {

    public enum Outcome { RELEASED, NOT_HELD, NO_SUCH_CASE }

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    AuditTrail audit;

    @Transactional(dontRollbackOn = Forbidden.class)
    public Outcome run(StaffPrincipal who, long caseId) {
        Optional<Complaint> complaint = access.workable(who, caseId, "release held case");
        if (complaint.isEmpty()) {
            return Outcome.NO_SUCH_CASE;
        }
        if (!who.seesAllCases()) {
            throw audit.refused(who, caseId, "release held case", "staff.forbidden");
        }
        return work.release(who, complaint.get()) ? Outcome.RELEASED : Outcome.NOT_HELD;
    }
}
