package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: a supervisor puts a complaint held as part of a burst from one client into the triage
 * queue. Run by the command engine, which writes the CASE_RELEASED entry (moved here from
 * {@link CaseHandling#release}); the case page and {@code POST /api/v1/staff/cases/{id}/release} both
 * run it.
 */
@ApplicationScoped
public class ReleaseHeldCase implements Command<StaffPrincipal, Void, ReleaseHeldCase.Released> {

    public enum Outcome { RELEASED, NOT_HELD, NO_SUCH_CASE }

    /** The outcome and, when released, the burst the case left (for the audit entry). */
    record Released(Outcome outcome, String burst) {
    }

    @Inject
    Commands commands;

    @Inject
    CaseAccess access;

    @Inject
    CaseHandling work;

    public Outcome run(StaffPrincipal who, long caseId) {
        return commands.run(this, who, caseId, null).outcome();
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Void> call) {
        Permission onCase = access.permission(call.who(), call.target(), "release held case");
        if (onCase.kind() == Permission.Kind.GRANTED && !call.who().seesAllCases()) {
            return Permission.refused(call.target(), "release held case");
        }
        return onCase;
    }

    @Override
    public Released change(Call<StaffPrincipal, Void> call) {
        String burst = work.release(call.who(), access.open(call.who(), call.target()));
        return new Released(burst == null ? Outcome.NOT_HELD : Outcome.RELEASED, burst);
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Void> call, Released result) {
        return result.outcome() != Outcome.RELEASED ? Optional.empty()
                : Optional.of(new Entry(AuditTrail.CASE_RELEASED, call.target(), "from burst " + result.burst()));
    }

    @Override
    public Released absent() {
        return new Released(Outcome.NO_SUCH_CASE, null);
    }
}
