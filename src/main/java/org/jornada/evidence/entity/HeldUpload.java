package org.jornada.evidence.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file sent with the report form that came back with a question (V36): cleaned, sealed, kept
 * under the SHA-256 of the form's hold key until the report is filed, removed, or too old.
 */
@Entity
@Table(name = "held_upload")
public class HeldUpload {

    /** The form's voice note (the story) or one of its files (evidence). */
    public enum Role { VOICE, FILE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "hold_key", nullable = false, length = 64)
    private String holdKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Role role;

    @Column(name = "content_sealed", nullable = false)
    private byte[] contentSealed;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "kept_at", nullable = false)
    private Instant keptAt;

    protected HeldUpload() {
        // JPA
    }

    public HeldUpload(String holdKey, Role role, byte[] contentSealed, Instant keptAt) {
        this.holdKey = holdKey;
        this.role = role;
        this.contentSealed = contentSealed;
        this.sizeBytes = contentSealed.length;
        this.keptAt = keptAt;
    }

    public Role getRole() {
        return role;
    }

    public byte[] getContentSealed() {
        return contentSealed;
    }
}
