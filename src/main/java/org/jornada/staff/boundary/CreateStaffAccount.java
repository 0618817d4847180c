package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.PasswordPolicy;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Use case: an admin creates a staff account, with or without a first password. One transaction:
 * the input's rules, the permission (a case-reading role only from a signed-in admin, never a
 * token; the refusal is audited), the account, the audit entry. The accounts page and
 * {@code POST /api/v1/staff/accounts} both run it.
 */
@ApplicationScoped
public class CreateStaffAccount {

    /** What the admin asks for. */
    public record Input(
            @NotNull(message = "staff.username.invalid")
            @Pattern(regexp = StaffAccount.USERNAME, message = "staff.username.invalid") String username,
            @NotNull(message = "staff.role.unknown") Role role,
            String password) {
    }

    @Inject
    StaffAccounts directory;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** Creates the account; {@link Refused} (nothing changed) or {@link Forbidden} (audited) otherwise. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public StaffAccount run(StaffPrincipal admin, Input input) {
        audit.requireAdmin(admin, "create staff account");
        validation.check(input);
        Optional<String> refused = directory.grantProblem(admin, null, input.role());
        if (refused.isPresent()) {
            audit.record(admin, AuditTrail.ACCESS_DENIED, null, "grant " + input.role());
            throw new Forbidden(refused.get());
        }
        if (directory.account(input.username()).isPresent()) {
            throw new Refused("username", "staff.username.taken");
        }
        if (input.password() != null) {
            PasswordPolicy.problem(input.password()).ifPresent(weak -> {
                throw new Refused("password", weak);
            });
        }
        StaffAccount account = input.password() == null ? directory.createAccount(input.username(), input.role())
                : directory.createAccount(input.username(), input.role(), input.password());
        audit.record(admin, AuditTrail.ACCOUNT_CREATED, null, input.username() + " (" + input.role() + ")");
        return account;
    }
}
