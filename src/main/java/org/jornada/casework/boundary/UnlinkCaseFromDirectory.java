package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff undo a case's link to its employer or recruiter in the directory (made by staff,
 * or on arrival by {@link AutoLinks}, which never makes it again): the case no longer counts for
 * that entry in the pattern views. Run by the command engine (the permission now comes before the
 * role is read), which writes the CASE_UNLINKED entry (moved here from
 * {@link CaseRecords#unlinkDirectory}).
 */
@ApplicationScoped
public class UnlinkCaseFromDirectory implements Command<StaffPrincipal, EntityKind, UnlinkCaseFromDirectory.Unlinked> {

    /** The entry the case was linked to ({@code null}: nothing to undo), for the audit entry. */
    record Unlinked(Long was) {
    }

    @Inject
    Commands commands;

    @Inject
    CaseAccess access;

    @Inject
    CaseRecords details;

    /** True when unlinked (or there was nothing to undo), false when the person has no such case. */
    public boolean run(StaffPrincipal who, long caseId, EntityKind role) {
        return commands.run(this, who, caseId, role) != null;
    }

    @Override
    public Permission permission(Call<StaffPrincipal, EntityKind> call) {
        return access.permission(call.who(), call.target(), "unlink case from directory");
    }

    @Override
    public void check(Call<StaffPrincipal, EntityKind> call) {
        if (call.input() != EntityKind.EMPLOYER && call.input() != EntityKind.RECRUITER) {
            throw new RefusedException("role", "caseview.directoryRefused");
        }
    }

    @Override
    public Unlinked change(Call<StaffPrincipal, EntityKind> call) {
        return new Unlinked(details.unlinkDirectory(access.open(call.who(), call.target()), call.input()));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, EntityKind> call, Unlinked result) {
        return Optional.of(new Entry(AuditTrail.CASE_UNLINKED, call.target(), call.input() + " entry " + result.was()));
    }

    /** No such case for this person: {@link #run} answers false. */
    @Override
    public Unlinked absent() {
        return null;
    }
}
