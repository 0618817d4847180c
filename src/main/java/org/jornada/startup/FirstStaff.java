package org.jornada.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.logging.Logger;
import org.jornada.platform.control.DataDirectory;
import org.jornada.platform.control.Settings;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.PasswordPolicy;
import org.jornada.staff.entity.Role;

/**
 * The first staff, from the environment, once each: {@code JORNADA_BOOTSTRAP_TOKEN} (a
 * SUPERVISOR token, account {@code bootstrap}), {@code JORNADA_ADMIN_TOKEN} (the first ADMIN's
 * token, account {@code admin}, who creates the other staff) and {@code JORNADA_ADMIN_PASSWORD}
 * (or {@code JORNADA_ADMIN_PASSWORD_FILE}: the first admin's password if it has none yet; it
 * enrols an authenticator app at its first sign-in). A token under 24 characters or a password
 * the policy refuses is ignored with a warning.
 */
@ApplicationScoped
public class FirstStaff {

    private static final Logger LOG = Logger.getLogger(FirstStaff.class.getName());
    static final int TOKEN_MIN = 24;

    @Inject
    StaffAccounts staff;

    @Transactional
    public void ensure() {
        ensureToken("JORNADA_BOOTSTRAP_TOKEN", StaffAccounts.BOOTSTRAP_USER, Role.SUPERVISOR);
        ensureToken("JORNADA_ADMIN_TOKEN", "admin", Role.ADMIN);
        ensureFirstAdminPassword();
    }

    private void ensureToken(String variable, String username, Role role) {
        Optional<String> token = Settings.get(variable);
        if (token.isEmpty()) {
            return;
        }
        if (token.get().length() < TOKEN_MIN) {
            LOG.warning(variable + " is shorter than " + TOKEN_MIN + " characters: ignored");
            return;
        }
        if (staff.activateStartupToken(username, role, variable, token.get())) {
            LOG.info(() -> role + " token from " + variable + " is active");
        }
    }

    private void ensureFirstAdminPassword() {
        Optional<String> password = Settings.get("JORNADA_ADMIN_PASSWORD")
                .or(() -> Settings.get("JORNADA_ADMIN_PASSWORD_FILE")
                        .map(file -> DataDirectory.read(java.nio.file.Path.of(file)).strip()));
        if (password.isEmpty()) {
            return;
        }
        Optional<String> problem = PasswordPolicy.problem(password.get());
        if (problem.isPresent()) {
            LOG.warning(() -> "JORNADA_ADMIN_PASSWORD ignored: " + problem.get());
            return;
        }
        if (staff.setFirstPassword("admin", Role.ADMIN, password.get(), "JORNADA_ADMIN_PASSWORD")) {
            LOG.info("The first admin account 'admin' has its password; it enrols TOTP at first sign-in");
        }
    }
}
