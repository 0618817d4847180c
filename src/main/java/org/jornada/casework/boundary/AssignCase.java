package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: take a case, put it back in the queue ({@code null}), or (SUPERVISOR) assign it to
 * another active advocate or supervisor; anyone else is refused, because the case would vanish
 * from every queue. Run by the command engine; the case page and
 * {@code POST /api/v1/staff/cases/{id}/assignment} both run it.
 */
@ApplicationScoped
public class AssignCase extends CaseCommand<AssignCase.Input, Boolean> {

    /** Who works the case from now on; {@code null} puts it back in the queue. */
    public record Input(Long assigneeId) {
    }

    @Inject
    CaseHandling work;

    public AssignCase() {
        super("assign case");
    }

    /** True when done, false when there is no such case for this person. */
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    /** The case's permission, and an advocate may hand the case to nobody but themself. */
    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        StaffPrincipal who = call.who();
        Permission onCase = access.permission(who, call.target(), "assign case");
        Long to = call.input().assigneeId();
        if (onCase.kind() == Permission.Kind.GRANTED && to != null && to != who.staffId() && !who.seesAllCases()) {
            return Permission.refused(call.target(), "assign case to staff " + to);
        }
        return onCase;
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        if (!work.assign(access.open(call.who(), call.target()), call.input().assigneeId())) {
            throw new RefusedException("assigneeId", "staff.assignee.invalid");
        }
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean result) {
        return Optional.of(new Entry(AuditTrail.CASE_ASSIGNED, call.target(), "to staff " + call.input().assigneeId()));
    }

    @Override
    public Boolean absent() {
        return false;
    }
}
