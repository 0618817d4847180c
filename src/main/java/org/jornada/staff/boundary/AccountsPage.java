package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import org.jornada.platform.boundary.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.Messages;
import org.jornada.staff.control.PasswordPolicy;
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
    StaffDirectory directory;

    @Inject
    SignIn signIn;

    @Inject
    AuditTrail audit;

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
        Role chosen = role(role);
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,80}")) {
            say(FacesMessage.SEVERITY_ERROR, "staff.username.invalid");
        } else if (directory.account(username).isPresent()) {
            say(FacesMessage.SEVERITY_ERROR, "staff.username.taken");
        } else if (chosen == null) {
            say(FacesMessage.SEVERITY_ERROR, "staff.role.unknown");
        } else {
            Optional<String> weak = PasswordPolicy.problem(password);
            if (weak.isPresent()) {
                say(FacesMessage.SEVERITY_ERROR, weak.get());
                return;
            }
            directory.createAccount(username, chosen, password);
            audit.record(admin(), AuditTrail.ACCOUNT_CREATED, null, username + " (" + chosen + ")");
            password = null;
            PageMessages.doneThenReload(PAGE, "accounts.created", username);
            return;
        }
        password = null;
    }

    public void changeRole() {
        Role chosen = role(newRole);
        Optional<String> refused = chosen == null ? Optional.empty() : directory.grantProblem(admin(), accountId, chosen);
        if (refused.isPresent()) {
            audit.record(admin(), AuditTrail.ACCESS_DENIED, null, "grant " + chosen + " to staff " + accountId);
            say(FacesMessage.SEVERITY_ERROR, refused.get());
            return;
        }
        if (accountId == null || chosen == null || !directory.changeRole(admin(), accountId, chosen)) {
            say(FacesMessage.SEVERITY_ERROR, "staff.accountNotFound");
            return;
        }
        PageMessages.doneThenReload(PAGE, "accounts.saved");
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
