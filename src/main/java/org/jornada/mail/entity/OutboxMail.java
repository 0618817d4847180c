package org.jornada.mail.entity;

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
 * One mail of the outbox: the whole MIME message sealed (it may carry a worker's name when the
 * worker said yes), its Message-ID kept from the first attempt to the last, so that a server that
 * took it twice (a node died between the server's "250" and our record) sees one message.
 * One row per topic ({@code referral:12}): a topic is mailed once.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Longest wait between two attempts. */
    public static final Duration MAX_BACKOFF = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60, unique = true)
    private String topic;

    @Column(name = "message_id", nullable = false, length = 200, unique = true)
    private String messageId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "mime_sealed", nullable = false)
    private byte[] mimeSealed;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private MailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 40)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "file_name", length = 120)
    private String fileName;

    protected OutboxMail() {
        // JPA
    }

    public OutboxMail(String topic, String messageId, String recipient, byte[] mimeSealed, Instant now) {
        this.topic = topic;
        this.messageId = messageId;
        this.recipient = recipient;
        this.mimeSealed = mimeSealed;
        this.state = MailState.QUEUED;
        this.nextAttemptAt = now;
        this.queuedAt = now;
    }

    /** A rejected or dropped mail queued again, with a new message (it never reached anyone). */
    public void requeue(String newMessageId, String newRecipient, byte[] newMimeSealed, Instant now) {
        if (!state.mayQueueAgain()) {
            throw new IllegalStateException("Only a rejected or dropped mail is queued again");
        }
        messageId = newMessageId;
        recipient = newRecipient;
        mimeSealed = newMimeSealed;
        state = MailState.QUEUED;
        attempts = 0;
        nextAttemptAt = now;
        lastError = null;
        queuedAt = now;
        doneAt = null;
    }

    /** The server failed: try again after base × 2^(attempts − 1), at most an hour. */
    public void failed(String error, Instant now, Duration base, boolean permanent) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 300));
        claimedBy = null;
        claimedUntil = null;
        if (permanent) {
            state = MailState.REJECTED;
            doneAt = now;
            return;
        }
        state = MailState.QUEUED;
        nextAttemptAt = now.plus(backoff(base, attempts));
    }

    /** The wait after the n-th failed attempt. */
    public static Duration backoff(Duration base, int failedAttempts) {
        Duration wait = base.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    public void sent(Instant now) {
        attempts++;
        state = MailState.SENT;
        doneAt = now;
        claimedBy = null;
        claimedUntil = null;
        lastError = null;
    }

    public void written(String file, Instant now) {
        attempts++;
        state = MailState.WRITTEN;
        fileName = file;
        doneAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    /**
     * Taken back before it left: a queued mail, one written to a file that nobody has sent, or one
     * the claiming node was told not to hand over, is dropped and its content forgotten; the file,
     * if any, is the caller's to delete. False when it already left (or was refused or dropped).
     */
    public boolean drop(Instant now) {
        if (state != MailState.QUEUED && state != MailState.WRITTEN && state != MailState.SENDING) {
            return false;
        }
        state = MailState.DROPPED;
        mimeSealed = new byte[0];
        doneAt = now;
        claimedBy = null;
        claimedUntil = null;
        return true;
    }

    /**
     * Forgets what a finished mail carried (the case behind it was anonymised): the stored copy
     * is emptied; the file it was written to, if any, is the caller's to delete. False while the
     * mail may still be sent.
     */
    public boolean forgetContent() {
        if (!state.isFinal()) {
            return false;
        }
        mimeSealed = new byte[0];
        return true;
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getRecipient() {
        return recipient;
    }

    public byte[] getMimeSealed() {
        return mimeSealed;
    }

    public MailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getFileName() {
        return fileName;
    }
}
