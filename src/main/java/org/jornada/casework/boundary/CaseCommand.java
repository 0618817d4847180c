package org.jornada.casework.boundary;

import jakarta.inject.Inject;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.control.StaffPrincipal;

/**
 * A command on one case (the call's target is the case id): its permission is the case's,
 * {@link CaseAccess#permission}, refused for a role that works no case and "not found" for a case
 * the person may not see; the audit trail words a refusal with {@code what} ("move case").
 * Subclasses hand themselves to {@link #commands} from their {@code run} and open the case with
 * {@link #access}.
 */
public abstract class CaseCommand<I, R> implements Command<StaffPrincipal, I, R> {

    @Inject
    protected Commands commands;

    @Inject
    protected CaseAccess access;

    private final String what;

    protected CaseCommand(String what) {
        this.what = what;
    }

    @Override
    public Permission permission(Call<StaffPrincipal, I> call) {
        return access.permission(call.who(), call.target(), what);
    }
}
