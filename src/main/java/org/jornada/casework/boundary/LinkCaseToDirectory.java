package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.jornada.complaint.entity.Complaint;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff who work a case confirm which directory entry is its employer or recruiter (the
 * link that verified cases and profiles count). The entry must exist and be of that kind.
 * Permission, input rules, change and audit entry in one transaction; the case page and
 * {@code POST /api/v1/staff/cases/{id}/directory} both run it.
 */
@ApplicationScoped
public class LinkCaseToDirectory {

    /** The entry and whether it is the case's employer or its recruiter. */
    public record Input(@NotNull(message = "caseview.directoryRefused") Long entryId,
            @NotNull(message = "caseview.directoryRefused") EntityKind kind) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseDetails details;

    @Inject
    InputValidation validation;

    /** True when linked, false when the person has no such case. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        if (input.kind() != EntityKind.EMPLOYER && input.kind() != EntityKind.RECRUITER) {
            throw new Refused("kind", "caseview.directoryRefused");
        }
        Complaint complaint = access.workable(who, caseId, "link case to directory").orElse(null);
        if (complaint == null) {
            return false;
        }
        if (!details.linkDirectory(who, complaint, input.entryId(), input.kind())) {
            throw new Refused("entryId", "caseview.directoryRefused");
        }
        return true;
    }
}
