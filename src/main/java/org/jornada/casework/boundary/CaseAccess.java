package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.Permission;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The permission every case command checks first: only staff who work cases (ADVOCATE,
 * SUPERVISOR) change one, and only a case they may see (an advocate: unassigned or theirs).
 */
@ApplicationScoped
public class CaseAccess {

    @Inject
    CaseHandling work;

    @Inject
    AuditTrail audit;

    /**
     * The case, or empty when it does not exist or is not this person's (the caller answers "not
     * found", telling nothing more); {@code PermissionDeniedException}, audited, for a role that works no case.
     */
    public Optional<Complaint> workable(StaffPrincipal who, long caseId, String what) {
        if (!who.worksCases()) {
            throw audit.refused(who, caseId, what, "staff.forbidden");
        }
        return work.visible(who, caseId);
    }

    /**
     * A case command's permission: refused (the engine audits it) for a role that works no case;
     * absent, answered as "not found" and telling nothing more, when the case does not exist or is
     * not this person's.
     */
    public Permission permission(StaffPrincipal who, long caseId, String what) {
        if (!who.worksCases()) {
            return Permission.refused(caseId, what);
        }
        return work.visible(who, caseId).isPresent() ? Permission.granted() : Permission.absent();
    }

    /** The case a granted command acts on (already read by {@link #permission}, so from the persistence context). */
    public Complaint open(StaffPrincipal who, long caseId) {
        return work.visible(who, caseId).orElseThrow();
    }
}
