package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import org.jornada.platform.boundary.PageMessages;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * {@code /staff/admin/accounts} (ADMIN): create staff accounts with a first password, change
 * roles, disable, and reset a password (which also resets the authenticator). All audited. The
 * page's API tokens (listed, issued, revoked) are {@link AccountTokens}.
 */
@Named
@RequestScoped
public class AccountsPage {

    static final String PAGE = "/staff/admin/accounts";

    @Inject
    StaffAccounts accounts;

    @Inject
    CreateStaffAccount createAccount;

    @Inject
    ChangeStaffRole changeRole;

    @Inject
    DisableStaffAccount disableAccount;

    @Inject
    ResetStaffPassword resetPassword;

    @Inject
    CurrentStaff current;

    private String username;
    private String role = Role.ADVOCATE.name();
    private String password;
    private Long accountId;
    /**
     * The role each row's menu shows and posts, by account id: the account's current role until
     * the admin picks another (one shared value showed "Advocate" on every row, one click from
     * demoting a supervisor).
     */
    private final java.util.Map<Long, String> newRoles = new java.util.HashMap<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public String get(Object id) {
            String picked = super.get(id);
            return picked != null ? picked : getAccounts().stream().filter(a -> a.getId().equals(id)).findFirst()
                    .map(a -> a.getRole().name()).orElse(null);
        }
    };
    private String newPassword;
    private List<StaffAccount> shown;

    public void create() {
        try {
            PageMessages.run(() -> createAccount.run(current.get(), new CreateStaffAccount.Input(username, role(role), password)))
                    .ifPresent(created -> PageMessages.doneThenReload(PAGE, "accounts.created", username));
        } finally {
            password = null;
        }
    }

    public void changeRole() {
        PageMessages.run(() -> changeRole.run(current.get(), new ChangeStaffRole.Input(accountId, role(newRoles.get(accountId)))))
                .ifPresent(changed -> reloadOrNotFound(changed, "accounts.saved"));
    }

    public void disable() {
        PageMessages.run(() -> accountId != null && disableAccount.run(current.get(), accountId))
                .ifPresent(disabled -> reloadOrNotFound(disabled, "accounts.saved"));
    }

    public void resetPassword() {
        try {
            PageMessages.run(() -> resetPassword.run(current.get(), new ResetStaffPassword.Input(accountId, newPassword)))
                    .ifPresent(reset -> reloadOrNotFound(reset, "accounts.passwordReset"));
        } finally {
            newPassword = null;
        }
    }

    private void reloadOrNotFound(boolean done, String key) {
        if (done) {
            PageMessages.doneThenReload(PAGE, key);
        } else {
            say(FacesMessage.SEVERITY_ERROR, "staff.accountNotFound");
        }
    }

    private static Role role(String name) {
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
    }

    private void say(FacesMessage.Severity severity, String key, Object... args) {
        PageMessages.say(severity, key, args);
    }

    /** Read once per request (the table evaluates this many times). */
    public List<StaffAccount> getAccounts() {
        if (shown == null) {
            shown = accounts.all();
        }
        return shown;
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

    public java.util.Map<Long, String> getNewRoles() {
        return newRoles;
    }

    /** The signed-in admin's own account id: their own row offers no role change and no disabling. */
    public long getMe() {
        return current.get().staffId();
    }


    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
