package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.directory.entity.EntityKind;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff who work a case confirm which directory entry is its employer or recruiter (the
 * link that verified cases and profiles count). The entry must exist and be of that kind. Run by
 * the command engine (the permission now comes before the input is read), which writes the
 * CASE_LINKED entry (moved here from {@link CaseRecords#linkDirectory}); the case page and
 * {@code POST /api/v1/staff/cases/{id}/directory} both run it.
 */
@ApplicationScoped
public class LinkCaseToDirectory extends CaseCommand<LinkCaseToDirectory.Input, Boolean> {

    /** The entry and whether it is the case's employer or its recruiter. */
    public record Input(@NotNull(message = "caseview.directoryRefused") Long entryId,
            @NotNull(message = "caseview.directoryRefused") EntityKind kind) {
    }

    @Inject
    CaseRecords details;

    public LinkCaseToDirectory() {
        super("link case to directory");
    }

    /** True when linked, false when the person has no such case. */
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        if (call.input().kind() != EntityKind.EMPLOYER && call.input().kind() != EntityKind.RECRUITER) {
            throw new RefusedException("kind", "caseview.directoryRefused");
        }
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        if (!details.linkDirectory(access.open(call.who(), call.target()), call.input().entryId(), call.input().kind())) {
            throw new RefusedException("entryId", "caseview.directoryRefused");
        }
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean result) {
        return Optional.of(new Entry(AuditTrail.CASE_LINKED, call.target(),
                call.input().kind() + " entry " + call.input().entryId()));
    }

    @Override
    public Boolean absent() {
        return false;
    }
}
