package org.jornada.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A staff member: advocate, supervisor, admin or union researcher. Sign-in comes later. */
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

    protected StaffAccount() {
        // JPA
    }

    public StaffAccount(String username, Role role, Instant createdAt) {
        if (username == null || !username.matches("[A-Za-z0-9._@-]{3,80}")) {
            throw new IllegalArgumentException("A username is 3 to 80 letters, digits or . _ @ -");
        }
        this.username = username;
        this.role = role;
        this.createdAt = createdAt;
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
