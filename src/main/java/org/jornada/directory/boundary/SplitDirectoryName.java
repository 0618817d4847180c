package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.OptionalLong;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: a supervisor or admin splits an exact name off a directory entry into an entry of its
 * own, which from then on takes only that name. Run by the command engine: permission, input
 * rules, the change with the search index's rebuild, its audit entry, in one transaction; the
 * directory page runs it.
 */
@ApplicationScoped
public class SplitDirectoryName implements Command<StaffPrincipal, SplitDirectoryName.Input, Long> {

    /** The longest name kept. */
    public static final int NAME_MAX = 200;

    public record Input(@NotNull(message = "curation.splitRefused") Long splitFrom,
            @NotNull(message = "curation.splitRefused") String splitName) {
    }

    @Inject
    Commands commands;

    @Inject
    DirectoryCuration curation;

    /** The new entry's id. */
    public long run(StaffPrincipal who, Input input) {
        return commands.run(this, who, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        Role role = call.who().role();
        return Permission.only(role == Role.SUPERVISOR || role == Role.ADMIN, null, "directory split");
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        String name = call.input().splitName().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw new RefusedException("splitName", "curation.splitRefused");
        }
    }

    @Override
    public Long change(Call<StaffPrincipal, Input> call) {
        OptionalLong split = curation.split(call.input().splitFrom(), call.input().splitName().strip());
        if (split.isEmpty()) {
            throw new RefusedException("splitFrom", "curation.splitRefused");
        }
        return split.getAsLong();
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Long splitId) {
        return Optional.of(new Entry(AuditTrail.DIRECTORY_SPLIT, null, "'" + call.input().splitName().strip()
                + "' from " + call.input().splitFrom() + " as " + splitId));
    }
}
