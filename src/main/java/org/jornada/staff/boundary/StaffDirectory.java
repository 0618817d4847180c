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
 * token. {@code JORNADA_BOOTSTRAP_TOKEN}, when set at start, is a SUPERVISOR token for
 * automation (its creation is audited).
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

    public void revoke(String token) {
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class).setParameter("hash", hash(token))
                .getResultStream().findFirst().ifPresent(t -> t.revoke(Instant.now(clock)));
    }

    public void disable(long staffId) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account != null) {
            account.disable();
        }
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
                        .map(a -> new StaffPrincipal(a.getId(), a.getUsername(), t.getRole())));
    }

    /** Creates the bootstrap SUPERVISOR token from {@code JORNADA_BOOTSTRAP_TOKEN}, once. */
    public void ensureBootstrapToken() {
        Optional<String> token = DataDirectory.setting("JORNADA_BOOTSTRAP_TOKEN", "jornada.bootstrap.token");
        if (token.isEmpty()) {
            return;
        }
        if (token.get().length() < 24) {
            LOG.warning("JORNADA_BOOTSTRAP_TOKEN is shorter than 24 characters: ignored");
            return;
        }
        if (authenticate(token.get()).isPresent()) {
            return;
        }
        StaffAccount account = account(BOOTSTRAP_USER).orElseGet(() -> createAccount(BOOTSTRAP_USER, Role.SUPERVISOR));
        store(null, account.getId(), "JORNADA_BOOTSTRAP_TOKEN", token.get(), Role.SUPERVISOR);
        LOG.info("Bootstrap SUPERVISOR token from JORNADA_BOOTSTRAP_TOKEN is active");
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
