package org.jornada.channel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A photo or voice note sent before the report was filed, already cleaned, sealed until filing. */
@Entity
@Table(name = "channel_media")
public class HeldMedia {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_key", nullable = false, length = 64)
    private String conversationKey;

    @Column(name = "content_sealed", nullable = false)
    private byte[] contentSealed;

    @Column(name = "kept_at", nullable = false)
    private Instant keptAt;

    protected HeldMedia() {
    }

    public HeldMedia(String conversationKey, byte[] contentSealed, Instant keptAt) {
        this.conversationKey = conversationKey;
        this.contentSealed = contentSealed;
        this.keptAt = keptAt;
    }

    public byte[] getContentSealed() {
        return contentSealed;
    }
}
