package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.PasswordPolicy;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.StaffAccount;

/**
 * Use case: an admin gives an account a new password and clears its second factor and recovery
 * codes (the person enrols again at the next sign-in). A token never resets the password of an
 * account that reads cases: a stolen admin token must not become a way into cases. Permission,
 * password policy, change and audit entry in one transaction; the accounts page runs it.
 */
@ApplicationScoped
public class ResetStaffPassword {

    public record Input(@NotNull(message = "staff.accountNotFound") Long accountId,
            @NotNull(message = "password.tooShort") String password) {
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** True when reset, false when there is no such account. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal admin, Input input) {
        audit.requireAdmin(admin, "reset password of staff " + input.accountId());
        validation.check(input);
        Optional<StaffAccount> account = accounts.find(input.accountId());
        if (account.isEmpty()) {
            return false;
        }
        if (admin.viaToken() && StaffPrincipal.readsCases(account.get().getRole())) {
            throw audit.refused(admin, null, "password of staff " + input.accountId(), "staff.caseRoleNeedsSignIn");
        }
        PasswordPolicy.problem(input.password()).ifPresent(weak -> {
            throw new Refused("password", weak);
        });
        signIn.setPassword(admin, input.accountId(), input.password(), true);
        return true;
    }
}
