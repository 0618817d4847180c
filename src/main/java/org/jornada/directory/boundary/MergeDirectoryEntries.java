package org.jornada.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: a supervisor or admin merges a directory entry into another of its kind that is the
 * same business; certifications, WHD actions, debarments and reviews follow, and later imports
 * too. Run by the command engine: permission, input rules, the change with the search index's
 * rebuild, its audit entry, in one transaction; the directory page runs it.
 */
@ApplicationScoped
public class MergeDirectoryEntries implements Command<StaffPrincipal, MergeDirectoryEntries.Input, Boolean> {

    public record Input(@NotNull(message = "curation.mergeRefused") Long mergeFrom,
            @NotNull(message = "curation.mergeRefused") Long mergeInto) {
    }

    @Inject
    Commands commands;

    @Inject
    DirectoryCuration curation;

    public void run(StaffPrincipal who, Input input) {
        commands.run(this, who, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        Role role = call.who().role();
        return Permission.only(role == Role.SUPERVISOR || role == Role.ADMIN, null, "directory merge");
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        if (!curation.merge(call.input().mergeFrom(), call.input().mergeInto())) {
            throw new RefusedException("mergeInto", "curation.mergeRefused");
        }
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean merged) {
        return Optional.of(new Entry(AuditTrail.DIRECTORY_MERGED, null,
                call.input().mergeFrom() + " into " + call.input().mergeInto()));
    }
}
