package org.jornada.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A staff member: advocate, supervisor, admin or union researcher. Signs in with a password
 * (PBKDF2 hash) and a TOTP code; failed sign-ins lock the account softly, for longer each time.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean disabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "totp_sealed")
    private byte[] totpSealed;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** Failures allowed before the soft lock starts. */
    public static final int FREE_FAILURES = 3;
    /** The longest a soft lock lasts. */
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    protected StaffAccount() {
        // JPA
    }

    /** A username: 3 to 80 letters, digits or {@code . _ @ -} (the one place this rule is written). */
    public static final String USERNAME = "[A-Za-z0-9._@-]{3,80}";

    public StaffAccount(String username, Role role, Instant createdAt) {
        if (username == null || !username.matches(USERNAME)) {
            throw new IllegalArgumentException("A username is 3 to 80 letters, digits or . _ @ -");
        }
        this.username = username;
        this.role = role;
        this.createdAt = createdAt;
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = hash;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Has the account a TOTP second factor enrolled? Until then it cannot sign in. */
    public boolean isEnrolled() {
        return totpSealed != null;
    }

    public void enrol(byte[] sealedSecret) {
        this.totpSealed = sealedSecret;
        this.totpLastStep = null;
    }

    public byte[] getTotpSealed() {
        return totpSealed;
    }

    /** Accepts a TOTP time step once: a code seen before (replayed) is refused. */
    public boolean acceptStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Counts a failed sign-in. After {@value #FREE_FAILURES} failures each further one locks the
     * account for twice as long as the one before (30 s, 1 min, 2 min ... at most 15 min).
     *
     * @return true when this failure started a lock
     */
    public boolean signInFailed(Instant now) {
        failedSignIns++;
        if (failedSignIns <= FREE_FAILURES) {
            return false;
        }
        int doublings = Math.min(failedSignIns - FREE_FAILURES - 1, 10);
        Duration lock = Duration.ofSeconds(30L << doublings);
        lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
        return true;
    }

    public void signedIn() {
        failedSignIns = 0;
        lockedUntil = null;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void disable() {
        disabled = true;
    }

    public void changeRole(Role newRole) {
        role = newRole;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Role getRole() {
        return role;
    }

    public boolean isDisabled() {
        return disabled;
    }
}
