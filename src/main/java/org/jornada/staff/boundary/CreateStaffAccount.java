package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.PermissionDeniedException;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.PasswordPolicy;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Use case: an admin creates a staff account, with or without a first password. Run by the
 * command engine: the permission (an admin; a case-reading role only from a signed-in admin, never
 * a token; the refusal is audited), the input's rules, the account, the audit entry. The accounts
 * page and {@code POST /api/v1/staff/accounts} both run it.
 */
@ApplicationScoped
public class CreateStaffAccount implements Command<StaffPrincipal, CreateStaffAccount.Input, StaffAccount> {

    /** What the admin asks for. */
    public record Input(
            @NotNull(message = "staff.username.invalid")
            @Pattern(regexp = StaffAccount.USERNAME, message = "staff.username.invalid") String username,
            @NotNull(message = "staff.role.unknown") Role role,
            String password) {
    }

    @Inject
    Commands commands;

    @Inject
    StaffAccounts directory;

    /** Creates the account; {@link RefusedException} (nothing changed) or {@link PermissionDeniedException} (audited) otherwise. */
    public StaffAccount run(StaffPrincipal admin, Input input) {
        return commands.run(this, admin, null, input);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        if (call.who().role() != Role.ADMIN) {
            return Permission.refused(null, "create staff account");
        }
        Role role = call.input().role();
        if (role == null) {
            return Permission.granted();
        }
        return directory.grantProblem(call.who(), null, role)
                .map(problem -> Permission.refused(null, "grant " + role, problem)).orElse(Permission.granted());
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        if (directory.account(input.username()).isPresent()) {
            throw new RefusedException("username", "staff.username.taken");
        }
        if (input.password() != null) {
            PasswordPolicy.problem(input.password()).ifPresent(weak -> {
                throw new RefusedException("password", weak);
            });
        }
    }

    @Override
    public StaffAccount change(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        return input.password() == null ? directory.createAccount(input.username(), input.role())
                : directory.createAccount(input.username(), input.role(), input.password());
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, StaffAccount account) {
        return Optional.of(new Entry(AuditTrail.ACCOUNT_CREATED, null,
                call.input().username() + " (" + call.input().role() + ")"));
    }
}
