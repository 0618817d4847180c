package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.PasswordPolicy;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Use case: an admin gives an account a new password and clears its second factor and recovery
 * codes (the person enrols again at the next sign-in). A token never resets the password of an
 * account that reads cases: a stolen admin token must not become a way into cases. Run by the
 * command engine (permission, password policy, change, the {@code PASSWORD_SET} entry); the
 * accounts page runs it.
 */
@ApplicationScoped
public class ResetStaffPassword implements Command<StaffPrincipal, ResetStaffPassword.Input, Optional<String>> {

    public record Input(@NotNull(message = "staff.accountNotFound") Long accountId,
            @NotNull(message = "password.tooShort") String password) {
    }

    @Inject
    Commands commands;

    @Inject
    StaffAccounts accounts;

    @Inject
    SignIn signIn;

    /** True when reset, false when there is no such account. */
    public boolean run(StaffPrincipal admin, Input input) {
        return commands.run(this, admin, null, input).isPresent();
    }

    /** An admin; no such account is "not found"; a token never reaches an account that reads cases. */
    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        StaffPrincipal admin = call.who();
        Long accountId = call.input().accountId();
        if (admin.role() != Role.ADMIN) {
            return Permission.refused(null, "reset password of staff " + accountId);
        }
        if (accountId == null) {
            return Permission.granted();
        }
        Optional<StaffAccount> account = accounts.find(accountId);
        if (account.isEmpty()) {
            return Permission.absent();
        }
        if (admin.viaToken() && StaffPrincipal.readsCases(account.get().getRole())) {
            return Permission.refused(null, "password of staff " + accountId, "staff.caseRoleNeedsSignIn");
        }
        return Permission.granted();
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        PasswordPolicy.problem(call.input().password()).ifPresent(weak -> {
            throw new RefusedException("password", weak);
        });
    }

    @Override
    public Optional<String> change(Call<StaffPrincipal, Input> call) {
        return signIn.setPassword(call.input().accountId(), call.input().password(), true);
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<String> username) {
        return username.map(name -> new Entry(AuditTrail.PASSWORD_SET, null, name));
    }

    @Override
    public Optional<String> absent() {
        return Optional.empty();
    }
}
