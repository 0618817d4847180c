package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * {@code /staff/admin/accounts} (ADMIN): create staff accounts with a first password, change
 * roles, disable, and reset a password (which also resets the authenticator). All audited.
 */
@Named
@RequestScoped
public class AccountsPage {

    static final String PAGE = "/staff/admin/accounts";

    @Inject
    StaffAccounts directory;

    @Inject
    CreateStaffAccount createAccount;

    @Inject
    ChangeStaffRole changeRole;

    @Inject
    SignIn signIn;


    @Inject
    CurrentStaff current;

    private String username;
    private String role = Role.ADVOCATE.name();
    private String password;
    private Long accountId;
    private String newRole;
    private String newPassword;

    private StaffPrincipal admin() {
        StaffPrincipal me = current.get();
        if (me.role() != Role.ADMIN) {
            throw new IllegalStateException("accounts page without ADMIN");
        }
        return me;
    }

    public void create() {
        try {
            createAccount.run(admin(), new CreateStaffAccount.Input(username, role(role), password));
            PageMessages.doneThenReload(PAGE, "accounts.created", username);
        } catch (Refused refused) {
            PageMessages.sayRefused(refused);
        } catch (Forbidden forbidden) {
            say(FacesMessage.SEVERITY_ERROR, forbidden.messageKey());
        } finally {
            password = null;
        }
    }

    public void changeRole() {
        try {
            if (!changeRole.run(admin(), new ChangeStaffRole.Input(accountId, role(newRole)))) {
                say(FacesMessage.SEVERITY_ERROR, "staff.accountNotFound");
                return;
            }
            PageMessages.doneThenReload(PAGE, "accounts.saved");
        } catch (Refused refused) {
            PageMessages.sayRefused(refused);
        } catch (Forbidden forbidden) {
            say(FacesMessage.SEVERITY_ERROR, forbidden.messageKey());
        }
    }

    public void disable() {
        if (accountId == null || accountId == admin().staffId() || !directory.disable(admin(), accountId)) {
            say(FacesMessage.SEVERITY_ERROR, "accounts.disableRefused");
            return;
        }
        PageMessages.doneThenReload(PAGE, "accounts.saved");
    }

    public void resetPassword() {
        if (accountId == null) {
            say(FacesMessage.SEVERITY_ERROR, "staff.accountNotFound");
            return;
        }
        Optional<String> problem = signIn.setPassword(admin(), accountId, newPassword, true);
        newPassword = null;
        if (problem.isPresent()) {
            say(FacesMessage.SEVERITY_ERROR, problem.get());
            return;
        }
        PageMessages.doneThenReload(PAGE, "accounts.passwordReset");
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private void say(FacesMessage.Severity severity, String key, Object... args) {
        PageMessages.say(severity, key, args);
    }

    public List<StaffAccount> getAccounts() {
        return directory.all();
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Enum::name).toList();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
