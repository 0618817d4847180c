package org.jornada.channel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A provider's message already answered, so that a retry is answered once. The key is the SHA-256
 * of the provider and its message id, unique on its own (the table's key also names the provider).
 */
@Entity
@Table(name = "channel_seen")
public class SeenMessage {

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Provider provider;

    @Id
    @Column(name = "message_key", length = 64)
    private String messageKey;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected SeenMessage() {
    }

    public SeenMessage(Provider provider, String messageKey, Instant seenAt) {
        this.provider = provider;
        this.messageKey = messageKey;
        this.seenAt = seenAt;
    }
}
