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
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.ApiToken;
import org.jornada.staff.entity.Role;
import org.jornada.staff.entity.StaffAccount;

/**
 * Staff accounts and their API tokens: creation, issue, revocation, and the lookup of a bearer
 * token. The tokens and first password named by the environment are activated at start by
 * {@code org.jornada.startup.FirstStaff} through {@link #activateStartupToken} and
 * {@link #setFirstPassword}.
 */
@ApplicationScoped
@Transactional
public class StaffAccounts {

    public static final String BOOTSTRAP_USER = "bootstrap";

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

    /** Issues a new random token to an account; the clear token is returned once, only its hash kept; audited. */
    public String issueToken(StaffPrincipal issuer, long staffId, String name, Role role) {
        String token = mint(staffId, name, role);
        audit.record(issuer, AuditTrail.TOKEN_ISSUED, null, issuedDetail(staffId, name, role));
        return token;
    }

    /** A new random token, kept as its hash; the clear value is returned. */
    private String mint(long staffId, String name, Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "jt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store(staffId, name, token, role);
        return token;
    }

    private void store(long staffId, String name, String token, Role role) {
        em.persist(new ApiToken(staffId, name, hash(token), role, Instant.now(clock)));
    }

    /** How the audit trail words an issued token. */
    public static String issuedDetail(long staffId, String name, Role role) {
        return "token '" + name + "' (" + role + ") for staff " + staffId;
    }

    /**
     * Issues a token and answers its id with the clear token (shown once). Not audited here:
     * {@link IssueApiToken}, its only caller, writes {@code TOKEN_ISSUED} through the command engine.
     */
    public IssuedToken issue(long staffId, String name, Role role) {
        String token = mint(staffId, name, role);
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

    /** Every token not revoked, by account and age; never the token itself (only its hash is kept). */
    public java.util.List<ApiToken> liveTokens() {
        return em.createNamedQuery(ApiToken.LIVE, ApiToken.class).getResultList();
    }

    public Optional<StaffAccount> find(long staffId) {
        return Optional.ofNullable(em.find(StaffAccount.class, staffId));
    }

    /**
     * Revokes a token by its id; false when there is none. Not audited here: {@link RevokeApiToken},
     * its only caller, writes {@code TOKEN_REVOKED} through the command engine.
     */
    public boolean revoke(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null) {
            return false;
        }
        token.revoke(Instant.now(clock));
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

    /**
     * Changes the role (and its tokens') when {@link #grantProblem} finds none: the change as the
     * audit trail words it ("ana: ADVOCATE -> SUPERVISOR"), or empty when the account does not
     * exist. Not audited here: {@link ChangeStaffRole}, its only caller, writes {@code ROLE_CHANGED}
     * through the command engine.
     */
    public Optional<String> changeRole(StaffPrincipal who, long staffId, Role role) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            return Optional.empty();
        }
        if (grantProblem(who, staffId, role).isPresent()) {
            throw new IllegalArgumentException("role change refused");
        }
        Role before = account.getRole();
        account.changeRole(role);
        em.createQuery("UPDATE ApiToken t SET t.role = :role WHERE t.staffId = :id")
                .setParameter("role", role).setParameter("id", staffId).executeUpdate();
        return Optional.of(account.getUsername() + ": " + before + " -> " + role);
    }

    /**
     * Disables the account (its tokens stop working at once): its user name, or empty when there is
     * none. Not audited here: {@link DisableStaffAccount} writes the entry through the command engine.
     */
    public Optional<String> disable(long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            return Optional.empty();
        }
        account.disable();
        return Optional.of(account.getUsername());
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
     * At startup: makes {@code token} a live token of {@code username} (created with {@code role}
     * when missing) under {@code name}; false when the token already works, or was revoked (an
     * admin's revocation on the accounts page or the API outlives restarts: a new value is needed).
     */
    public boolean activateStartupToken(String username, Role role, String name, String token) {
        if (authenticate(token).isPresent() || em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", hash(token)).getResultStream().findFirst().isPresent()) {
            return false;
        }
        StaffAccount account = account(username).orElseGet(() -> createAccount(username, role));
        store(account.getId(), name, token, role);
        audit.record(null, AuditTrail.TOKEN_ISSUED, null, issuedDetail(account.getId(), name, role));
        return true;
    }

    /**
     * At startup: gives {@code username} (created with {@code role} when missing) this password
     * if it has none yet; audited. The caller has checked the password policy.
     */
    public boolean setFirstPassword(String username, Role role, String password, String source) {
        StaffAccount account = account(username).orElseGet(() -> createAccount(username, role));
        if (account.getPasswordHash() != null) {
            return false;
        }
        account.setPasswordHash(org.jornada.staff.control.PasswordHasher.hash(password.toCharArray()));
        audit.record(null, AuditTrail.PASSWORD_SET, null, username + " (" + source + ")");
        return true;
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
