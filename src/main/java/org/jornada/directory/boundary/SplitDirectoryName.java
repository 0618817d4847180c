package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.OptionalLong;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: a supervisor or admin splits an exact name off a directory entry into an entry of its
 * own, which from then on takes only that name. Permission, input rules, the change, its audit
 * entry and the search index's rebuild in one transaction; the directory page runs it.
 */
@ApplicationScoped
public class SplitDirectoryName {

    /** The longest name kept. */
    public static final int NAME_MAX = 200;

    public record Input(@NotNull(message = "curation.splitRefused") Long splitFrom,
            @NotNull(message = "curation.splitRefused") String splitName) {
    }

    @Inject
    DirectoryCuration curation;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** The new entry's id. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public long run(StaffPrincipal who, Input input) {
        audit.requireRole(who, "directory split", Role.SUPERVISOR, Role.ADMIN);
        validation.check(input);
        String name = input.splitName().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new Refused("splitName", "curation.splitRefused");
        }
        OptionalLong split = curation.split(who, input.splitFrom(), name);
        if (split.isEmpty()) {
            throw new Refused("splitFrom", "curation.splitRefused");
        }
        return split.getAsLong();
    }
}
