package org.jornada.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A bearer token for integrations, issued to a staff account with a role. Only the SHA-256 of
 * the token is stored (tokens are 256 random bits, so a fast hash is enough); revocable.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.LIVE, query = "SELECT t FROM ApiToken t WHERE t.revokedAt IS NULL"
        + " ORDER BY t.staffId, t.createdAt, t.id")
public class ApiToken {

    public static final String BY_HASH = "ApiToken.byHash";
    /** The tokens not revoked, by account and age (the accounts page lists them). */
    public static final String LIVE = "ApiToken.live";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_id", nullable = false)
    private Long staffId;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
        // JPA
    }

    public ApiToken(Long staffId, String name, String tokenHash, Role role, Instant createdAt) {
        this.staffId = staffId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
