package org.jornada.staff.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.Permission;
import org.jornada.staff.control.PasswordHasher;
import org.jornada.staff.control.PasswordPolicy;
import org.jornada.staff.control.RecoveryCodes;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.control.Totp;
import org.jornada.staff.entity.RecoveryCode;
import org.jornada.staff.entity.StaffAccount;

/**
 * Staff sign-in: password (PBKDF2) and second factor (TOTP or a one-time recovery code), soft
 * lockout after repeated failures, TOTP enrolment with recovery codes, and the audit entry of
 * each. The caller tells the person only "signed in" or "that did not work", never which part.
 */
@ApplicationScoped
@Transactional
public class SignIn {

    static final String TOTP_PURPOSE = "staff-totp";
    /** Why a change waiting for a fresh authenticator code was refused (wrong, spent, or locked). */
    static final String FRESH_CODE_REFUSED = "staff.freshCodeRefused";
    /** Spent on unknown accounts too, so that timing does not tell which usernames exist. */
    private static final String DECOY_HASH = PasswordHasher.hash("decoy password, never valid".toCharArray());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    public enum Outcome {
        /** Password and second factor right: the person is signed in. */
        SIGNED_IN,
        /** Password right, no second factor yet: enrol one before signing in. */
        ENROL,
        /** Anything else: wrong, unknown, disabled or locked. */
        REFUSED
    }

    public record Result(Outcome outcome, StaffPrincipal principal) {
        static final Result REFUSED = new Result(Outcome.REFUSED, null);
    }

    public Result attempt(String username, char[] password, String code) {
        Instant now = Instant.now(clock);
        Optional<StaffAccount> found = username == null || username.isBlank() || username.length() > 80
                ? Optional.empty()
                : em.createQuery("SELECT s FROM StaffAccount s WHERE s.username = :u", StaffAccount.class)
                        .setParameter("u", username.strip()).getResultStream().findFirst();
        if (found.isEmpty() || found.get().isDisabled() || found.get().getPasswordHash() == null) {
            PasswordHasher.verify(password, DECOY_HASH);
            audit.record(found.map(SignIn::principal).orElse(null), AuditTrail.SIGN_IN_FAILED, null,
                    found.isEmpty() ? "unknown account" : "disabled or without password");
            return Result.REFUSED;
        }
        StaffAccount account = found.get();
        if (account.isLocked(now)) {
            // the same work as a wrong password, so that timing does not tell a locked account apart
            PasswordHasher.verify(password, account.getPasswordHash());
            audit.record(principal(account), AuditTrail.SIGN_IN_FAILED, null, "locked");
            return Result.REFUSED;
        }
        if (!PasswordHasher.verify(password, account.getPasswordHash())) {
            return failed(account, now, "password");
        }
        if (!account.isEnrolled()) {
            return new Result(Outcome.ENROL, principal(account));
        }
        if (!secondFactor(account, code, now)) {
            return failed(account, now, "second factor");
        }
        if (PasswordHasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(PasswordHasher.hash(password));
        }
        account.signedIn();
        audit.record(principal(account), AuditTrail.SIGNED_IN, null, null);
        return new Result(Outcome.SIGNED_IN, principal(account));
    }

    private Result failed(StaffAccount account, Instant now, String part) {
        boolean locked = account.signInFailed(now);
        audit.record(principal(account), AuditTrail.SIGN_IN_FAILED, null,
                part + ", failure " + account.getFailedSignIns() + (locked ? ", locked" : ""));
        return Result.REFUSED;
    }

    private boolean secondFactor(StaffAccount account, String code, Instant now) {
        if (RecoveryCodes.looksLikeOne(code)) {
            Optional<RecoveryCode> recovery = em.createQuery(
                    "SELECT r FROM RecoveryCode r WHERE r.staffId = :id AND r.codeHash = :hash", RecoveryCode.class)
                    .setParameter("id", account.getId()).setParameter("hash", RecoveryCodes.hash(account.getId(), code))
                    .getResultStream().findFirst();
            boolean used = recovery.isPresent() && recovery.get().use(now);
            if (used) {
                audit.record(principal(account), AuditTrail.RECOVERY_CODE_USED, null, null);
            }
            return used;
        }
        String secret = cipher.openText(account.getTotpSealed(), TOTP_PURPOSE);
        OptionalLong step = Totp.matchingStep(secret, code, now);
        return step.isPresent() && account.acceptStep(step.getAsLong());
    }

    /**
     * A signed-in person confirms a change with a fresh code from their authenticator (the
     * accounts page's tokens): the sign-in's TOTP check with its rule that a time step is accepted
     * once, so the code they signed in with, or one spent on an earlier change, is refused; never a
     * recovery code. A wrong code counts toward the account's soft lock as a failed sign-in does,
     * and a locked account is refused. A command's permission step: a refusal names {@code what}
     * for the audit trail ({@code ACCESS_DENIED}, written by the command engine) and answers
     * {@code staff.freshCodeRefused}; the engine's transaction keeps the failure count.
     */
    public Permission freshCode(StaffPrincipal who, String code, String what) {
        Instant now = Instant.now(clock);
        StaffAccount account = who == null ? null : em.find(StaffAccount.class, who.staffId());
        if (account == null || account.isDisabled() || !account.isEnrolled() || account.isLocked(now)) {
            return Permission.refused(null, what + ": authenticator code (locked or none enrolled)", FRESH_CODE_REFUSED);
        }
        OptionalLong step = Totp.matchingStep(cipher.openText(account.getTotpSealed(), TOTP_PURPOSE), code, now);
        if (step.isEmpty() || !account.acceptStep(step.getAsLong())) {
            boolean locked = account.signInFailed(now);
            return Permission.refused(null, what + ": authenticator code wrong or used, failure "
                    + account.getFailedSignIns() + (locked ? ", locked" : ""), FRESH_CODE_REFUSED);
        }
        account.signedIn();
        return Permission.granted();
    }

    /**
     * Enrols a second factor after a right password: the typed code must match the new secret.
     *
     * @return the recovery codes, to show once; empty when the code did not match
     */
    public Optional<List<String>> enrol(long staffId, String secret, String code) {
        StaffAccount account = em.find(StaffAccount.class, staffId);
        Instant now = Instant.now(clock);
        OptionalLong step = Totp.matchingStep(secret, code, now);
        if (account == null || account.isDisabled() || account.isEnrolled() || step.isEmpty()) {
            return Optional.empty();
        }
        account.enrol(cipher.sealText(secret, TOTP_PURPOSE));
        account.acceptStep(step.getAsLong());
        em.createQuery("DELETE FROM RecoveryCode r WHERE r.staffId = :id").setParameter("id", staffId).executeUpdate();
        List<String> codes = RecoveryCodes.generate();
        codes.forEach(c -> em.persist(new RecoveryCode(staffId, RecoveryCodes.hash(staffId, c))));
        account.signedIn();
        audit.record(principal(account), AuditTrail.TOTP_ENROLLED, null, null);
        audit.record(principal(account), AuditTrail.SIGNED_IN, null, "after enrolment");
        return Optional.of(codes);
    }

    /**
     * Sets a password the caller has checked against the policy (length, common passwords); an
     * admin resetting it also clears the second factor, so the person enrols again. Not audited
     * here: {@link ResetStaffPassword}, its only caller, writes {@code PASSWORD_SET} through the
     * command engine.
     *
     * @return the account's user name, or empty when there is no such account
     */
    public Optional<String> setPassword(long staffId, String password, boolean resetSecondFactor) {
        if (PasswordPolicy.problem(password).isPresent()) {
            throw new IllegalArgumentException("password outside the policy");
        }
        StaffAccount account = em.find(StaffAccount.class, staffId);
        if (account == null) {
            return Optional.empty();
        }
        account.setPasswordHash(PasswordHasher.hash(password.toCharArray()));
        if (resetSecondFactor) {
            account.enrol(null);
            em.createQuery("DELETE FROM RecoveryCode r WHERE r.staffId = :id").setParameter("id", staffId)
                    .executeUpdate();
        }
        account.signedIn();
        return Optional.of(account.getUsername());
    }

    public void signedOut(StaffPrincipal who) {
        audit.record(who, AuditTrail.SIGNED_OUT, null, null);
    }

    private static StaffPrincipal principal(StaffAccount account) {
        return new StaffPrincipal(account.getId(), account.getUsername(), account.getRole());
    }
}
