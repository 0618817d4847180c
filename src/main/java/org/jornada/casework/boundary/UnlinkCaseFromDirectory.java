package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff undo a case's link to its employer or recruiter in the directory (made by staff,
 * or on arrival by {@link AutoLinks}, which never makes it again): the case no longer counts for
 * that entry in the pattern views. Permission, the change and its audit entry in one transaction.
 */
@ApplicationScoped
public class UnlinkCaseFromDirectory {

    @Inject
    CaseAccess access;

    @Inject
    CaseDetails details;

    /** True when unlinked (or there was nothing to undo), false when the person has no such case. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, EntityKind role) {
        if (role != EntityKind.EMPLOYER && role != EntityKind.RECRUITER) {
            throw new Refused("role", "caseview.directoryRefused");
        }
        Complaint complaint = access.workable(who, caseId, "unlink case from directory").orElse(null);
        if (complaint == null) {
            return false;
        }
        details.unlinkDirectory(who, complaint, role);
        return true;
    }
}
