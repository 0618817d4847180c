package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import org.jornada.platform.control.DataDirectory;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.ApiToken;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Staff accounts and their API tokens: creation, issue, revocation, and the lookup of a bearer
 * token. {@code JORNADA_BOOTSTRAP_TOKEN} and {@code JORNADA_ADMIN_TOKEN}, when set at start, are
 * a SUPERVISOR and an ADMIN token for automation and the first admin (their creation is audited).
 */
@ApplicationScoped
@Transactional
public class StaffDirectory {

    private static final Logger LOG = Logger.getLogger(StaffDirectory.class.getName());
    static final String BOOTSTRAP_USER = "bootstrap";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private final SecureRandom random = new SecureRandom();

    public StaffAccount createAccount(String username, Role role) {
        StaffAccount account = new StaffAccount(username, role, Instant.now(clock));
        em.persist(account);
        em.flush();
        return account;
    }

    /** An account with a first password (policy-checked by the caller); it enrols TOTP at first sign-in. */
    public StaffAccount createAccount(String username, Role role, String password) {
        StaffAccount account = createAccount(username, role);
        account.setPasswordHash(org.jornada.staff.control.PasswordHasher.hash(password.toCharArray()));
        return account;
    }

    public Optional<StaffAccount> account(String username) {
        return em.createQuery("SELECT s FROM StaffAccount s WHERE s.username = :u", StaffAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    /** Issues a new random token to an account; the clear token is returned once, only its hash kept. */
    public String issueToken(StaffPrincipal issuer, long staffId, String name, Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "jt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store(issuer, staffId, name, token, role);
        return token;
    }

    private void store(StaffPrincipal issuer, long staffId, String name, String token, Role role) {
        em.persist(new ApiToken(staffId, name, hash(token), role, Instant.now(clock)));
        audit.record(issuer, AuditTrail.TOKEN_ISSUED, null, "token '" + name + "' (" + role + ") for staff " + staffId);
    }

    /** Issues a token and answers its id with the clear token (shown once). */
    public IssuedToken issue(StaffPrincipal issuer, long staffId, String name, Role role) {
        String token = issueToken(issuer, staffId, name, role);
        long id = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", hash(token))
                .getSingleResult().getId();
        return new IssuedToken(id, token);
    }

    /** A token as issued: its id (to revoke it) and the clear value, shown once. */
    public record IssuedToken(long id, String token) {
    }

    /** Usernames by id, for showing who a case is assigned to. */
    public java.util.Map<Long, String> usernames(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("SELECT s FROM StaffAccount s WHERE s.id IN :ids", StaffAccount.class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(StaffAccount::getId, StaffAccount::getUsername));
    }

    /** Accounts that work cases (advocates and supervisors), by username, for assigning. */
    public java.util.List<StaffAccount> caseWorkers() {
        return em.createQuery("SELECT s FROM StaffAccount s WHERE s.disabled = FALSE AND s.role IN :roles"
                + " ORDER BY s.username", StaffAccount.class)
                .setParameter("roles", java.util.List.of(Role.ADVOCATE, Role.SUPERVISOR)).getResultList();
    }

    public java.util.List<StaffAccount> all() {
        return em.createQuery("SELECT s FROM StaffAccount s ORDER BY s.username", StaffAccount.class).getResultList();
    }

    public Optional<StaffAccount> find(long staffId) {
        return Optional.ofNullable(em.find(StaffAccount.class, staffId));
    }

    public boolean revoke(StaffPrincipal who, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            return false;
        }
        token.revoke(Instant.now(clock));
        audit.record(who, AuditTrail.TOKEN_REVOKED, null, "token " + tokenId);
        return true;
    }

    /**
     * Why {@code who} may not give {@code role} to account {@code staffId}, or empty when it may:
     * nobody changes their own role, and a role that reads cases is given only by an admin signed
     * in with password and TOTP, never through an API token (a stolen admin token must not turn
     * into a way to read cases).
     */
    public Optional<String> grantProblem(StaffPrincipal who, Long staffId, Role role) {
        if (staffId != null && staffId == who.staffId()) {
            return Optional.of("staff.ownRole");
        }
        if (who.viaToken() && StaffPrincipal.readsCases(role)) {
            return Optional.of("staff.caseRoleNeedsSignIn");
        }
        return Optional.empty();
    }

    /** Changes the role when {@link #grantProblem} finds none; false when the account does not exist. */
    public boolean changeRole(StaffPrincipal who, long staffId, Role role) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            return false;
        }
        if (grantProblem(who, staffId, role).isPresent()) {
            throw new IllegalArgumentException("role change refused");
        }
        Role before = account.getRole();
        account.changeRole(role);
        em.createQuery("UPDATE ApiToken t SET t.role = :role WHERE t.staffId = :id")
                .setParameter("role", role).setParameter("id", staffId).executeUpdate();
        audit.record(who, AuditTrail.ROLE_CHANGED, null, account.getUsername() + ": " + before + " -> " + role);
        return true;
    }

    public boolean disable(StaffPrincipal who, long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            return false;
        }
        account.disable();
        audit.record(who, AuditTrail.ACCOUNT_DISABLED, null, account.getUsername());
        return true;
    }

    /** Revokes a token by its value (an integration revoking its own token); audited. */
    public void revoke(StaffPrincipal who, String token) {
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", hash(token))
                .getResultStream().findFirst().ifPresent(t -> {
                    t.revoke(Instant.now(clock));
                    audit.record(who, AuditTrail.TOKEN_REVOKED, null, "token " + t.getId());
                });
    }


    /** The staff member a bearer token stands for, unless the token is unknown, revoked or disabled. */
    public Optional<StaffPrincipal> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", hash(token))
                .getResultStream().findFirst()
                .filter(t -> !t.isRevoked())
                .flatMap(t -> Optional.ofNullable(em.find(StaffAccount.class, t.getStaffId()))
                        .filter(a -> !a.isDisabled())
                        .map(a -> new StaffPrincipal(a.getId(), a.getUsername(), t.getRole(), true)));
    }

    /**
     * Creates the tokens named by the environment, once each: {@code JORNADA_BOOTSTRAP_TOKEN} (a
     * SUPERVISOR, account {@code bootstrap}) and {@code JORNADA_ADMIN_TOKEN} (the first ADMIN,
     * account {@code admin}, who creates the other staff).
     */
    public void ensureBootstrapTokens() {
        ensureToken("JORNADA_BOOTSTRAP_TOKEN", BOOTSTRAP_USER, Role.SUPERVISOR);
        ensureToken("JORNADA_ADMIN_TOKEN", "admin", Role.ADMIN);
        ensureFirstAdmin();
    }

    /**
     * {@code JORNADA_ADMIN_PASSWORD} (or {@code JORNADA_ADMIN_PASSWORD_FILE}): the first admin,
     * account {@code admin}, gets this password if it has none yet, and enrols an authenticator
     * app at its first sign-in. A password the policy refuses is ignored with a warning.
     */
    private void ensureFirstAdmin() {
        Optional<String> password = DataDirectory.setting("JORNADA_ADMIN_PASSWORD", "jornada.admin.password")
                .or(() -> DataDirectory.setting("JORNADA_ADMIN_PASSWORD_FILE", "jornada.admin.password.file")
                        .map(file -> DataDirectory.read(java.nio.file.Path.of(file)).strip()));
        if (password.isEmpty()) {
            return;
        }
        Optional<String> problem = org.jornada.staff.control.PasswordPolicy.problem(password.get());
        if (problem.isPresent()) {
            LOG.warning(() -> "JORNADA_ADMIN_PASSWORD ignored: " + problem.get());
            return;
        }
        StaffAccount admin = account("admin").orElseGet(() -> createAccount("admin", Role.ADMIN));
        if (admin.getPasswordHash() == null) {
            admin.setPasswordHash(org.jornada.staff.control.PasswordHasher.hash(password.get().toCharArray()));
            audit.record(null, AuditTrail.PASSWORD_SET, null, "admin (JORNADA_ADMIN_PASSWORD)");
            LOG.info("The first admin account 'admin' has its password; it enrols TOTP at first sign-in");
        }
    }

    private void ensureToken(String variable, String username, Role role) {
        Optional<String> token = DataDirectory.setting(variable, variable.toLowerCase().replace('_', '.'));
        if (token.isEmpty()) {
            return;
        }
        if (token.get().length() < 24) {
            LOG.warning(variable + " is shorter than 24 characters: ignored");
            return;
        }
        if (authenticate(token.get()).isPresent()) {
            return;
        }
        StaffAccount account = account(username).orElseGet(() -> createAccount(username, role));
        store(null, account.getId(), variable, token.get(), role);
        LOG.info(() -> role + " token from " + variable + " is active");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
