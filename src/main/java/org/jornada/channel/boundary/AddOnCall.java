package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.channel.entity.OnCall;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.PermissionDeniedException;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an ADMIN puts an advocate or supervisor on the on-call list, with the mail address
 * and phone urgent reports are noticed to and the hours. Run by the command engine (a refusal of
 * another role is audited); audited with the entry's id and account, never its address or phone.
 * The on-call page and {@code POST /api/v1/staff/on-call} run it.
 */
@ApplicationScoped
public class AddOnCall implements Command<StaffPrincipal, OnCallInput, OnCall> {

    @Inject
    Commands commands;

    @Inject
    OnCallRoster roster;

    /** The new entry; {@link RefusedException} (nothing changed) or {@link PermissionDeniedException} (audited) otherwise. */
    public OnCall run(StaffPrincipal admin, OnCallInput input) {
        return commands.run(this, admin, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, OnCallInput> call) {
        return Permission.only(call.who().role() == Role.ADMIN, null, "add on-call entry");
    }

    @Override
    public void check(Call<StaffPrincipal, OnCallInput> call) {
        roster.check(call.input());
    }

    @Override
    public OnCall change(Call<StaffPrincipal, OnCallInput> call) {
        return roster.add(call.input());
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, OnCallInput> call, OnCall added) {
        return Optional.of(new Entry(AuditTrail.ON_CALL_ADDED, null, OnCallAudit.describe(added)));
    }
}
