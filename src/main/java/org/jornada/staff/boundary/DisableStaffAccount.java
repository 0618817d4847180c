package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin disables a staff account; its tokens stop working at once. Nobody disables
 * their own account (the last admin could lock everyone out). Run by the command engine; the
 * accounts page and {@code POST /api/v1/staff/accounts/{id}/disable} both run it.
 */
@ApplicationScoped
public class DisableStaffAccount implements Command<StaffPrincipal, Void, Optional<String>> {

    @Inject
    Commands commands;

    @Inject
    StaffAccounts accounts;

    /** True when disabled, false when there is no such account. */
    public boolean run(StaffPrincipal admin, long accountId) {
        return commands.run(this, admin, accountId, null).isPresent();
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Void> call) {
        return Permission.only(call.who().role() == Role.ADMIN, null, "disable staff " + call.target());
    }

    @Override
    public void check(Call<StaffPrincipal, Void> call) {
        if (call.target() == call.who().staffId()) {
            throw new RefusedException("accountId", "accounts.disableRefused");
        }
    }

    @Override
    public Optional<String> change(Call<StaffPrincipal, Void> call) {
        return accounts.disable(call.target());
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Void> call, Optional<String> disabled) {
        return disabled.map(username -> new Entry(AuditTrail.ACCOUNT_DISABLED, null, username));
    }
}
