package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: a supervisor or admin merges a directory entry into another of its kind that is the
 * same business; certifications, WHD actions, debarments and reviews follow, and later imports
 * too. Permission, input rules, the change, its audit entry and the search index's rebuild in one
 * transaction; the directory page runs it.
 */
@ApplicationScoped
public class MergeDirectoryEntries {

    public record Input(@NotNull(message = "curation.mergeRefused") Long mergeFrom,
            @NotNull(message = "curation.mergeRefused") Long mergeInto) {
    }

    @Inject
    DirectoryCuration curation;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @Transactional(dontRollbackOn = Forbidden.class)
    public void run(StaffPrincipal who, Input input) {
        audit.requireRole(who, "directory merge", Role.SUPERVISOR, Role.ADMIN);
        validation.check(input);
        if (!curation.merge(who, input.mergeFrom(), input.mergeInto())) {
            throw new Refused("mergeInto", "curation.mergeRefused");
        }
    }
}
