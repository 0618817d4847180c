package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an admin changes an account's role (and its tokens'). Nobody changes their own role,
 * and a case-reading role is given only by a signed-in admin (refusals audited). Run by the
 * command engine, which writes the {@code ROLE_CHANGED} entry; the accounts page and
 * {@code POST /api/v1/staff/accounts/{id}/role} both run it.
 */
@ApplicationScoped
public class ChangeStaffRole implements Command<StaffPrincipal, ChangeStaffRole.Input, Optional<String>> {

    public record Input(@NotNull(message = "staff.accountNotFound") Long accountId,
            @NotNull(message = "staff.role.unknown") Role role) {
    }

    @Inject
    Commands commands;

    @Inject
    StaffAccounts directory;

    /** True when changed, false when there is no such account. */
    public boolean run(StaffPrincipal admin, Input input) {
        return commands.run(this, admin, null, input).isPresent();
    }

    /** An admin only; then the grant's own rules, once the role is known (Bean Validation names a missing one). */
    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        if (call.who().role() != Role.ADMIN) {
            return Permission.refused(null, "change role of staff " + input.accountId());
        }
        if (input.role() == null) {
            return Permission.granted();
        }
        return directory.grantProblem(call.who(), input.accountId(), input.role())
                .map(problem -> Permission.refused(null, "grant " + input.role() + " to staff " + input.accountId(),
                        problem))
                .orElse(Permission.granted());
    }

    @Override
    public Optional<String> change(Call<StaffPrincipal, Input> call) {
        return directory.changeRole(call.who(), call.input().accountId(), call.input().role());
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<String> changed) {
        return changed.map(detail -> new Entry(AuditTrail.ROLE_CHANGED, null, detail));
    }
}
