package org.jornada.channel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * What replying to a case that came by message needs, without the number: the medium and provider
 * of the worker's last message, when it came (WhatsApp lets a business write freely for 24 hours
 * after it), whether the worker asked to be told of replies, and the advocates' replies already
 * given in the chat (those sent up to {@code repliesUpto}).
 */
@Entity
@Table(name = "channel_case")
public class MessageCase {

    /** WhatsApp's customer service window: free-form messages only within 24 h of the worker's last. */
    public static final Duration WINDOW = Duration.ofHours(24);

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Medium medium;

    @Column(name = "last_inbound_at", nullable = false)
    private Instant lastInboundAt;

    @Column(name = "wants_notice", nullable = false)
    private boolean wantsNotice;

    @Column(name = "replies_upto")
    private Instant repliesUpto;

    @Column(name = "notified_upto")
    private Instant notifiedUpto;

    protected MessageCase() {
    }

    public MessageCase(long complaintId, Provider provider, Medium medium, boolean wantsNotice, Instant now) {
        this.complaintId = complaintId;
        this.provider = provider;
        this.medium = medium;
        this.wantsNotice = wantsNotice;
        this.lastInboundAt = now;
        this.repliesUpto = now;
    }

    /** The worker wrote again, on this provider and medium. */
    public void heardFrom(Provider by, Medium on, Instant now) {
        provider = by;
        medium = on;
        lastInboundAt = now;
    }

    /** Whether a free-form message may reach the worker now (WhatsApp's window; SMS has none). */
    public boolean windowOpenAt(Instant now) {
        return medium != Medium.WHATSAPP || now.isBefore(lastInboundAt.plus(WINDOW));
    }

    /** The replies up to {@code at} were given in the chat. */
    public void repliesGivenUpto(Instant at) {
        if (repliesUpto == null || at.isAfter(repliesUpto)) {
            repliesUpto = at;
        }
    }

    /** The worker was told (without the words) of the replies up to {@code at}. */
    public void notifiedUpto(Instant at) {
        if (notifiedUpto == null || at.isAfter(notifiedUpto)) {
            notifiedUpto = at;
        }
    }

    /** The time after which a reply is news to the worker: neither given in the chat nor noticed. */
    public Instant newsAfter() {
        Instant given = repliesUpto == null ? Instant.EPOCH : repliesUpto;
        return notifiedUpto != null && notifiedUpto.isAfter(given) ? notifiedUpto : given;
    }

    /** The worker's contact was erased: nothing can be sent on their own any more. */
    public void stopNotices() {
        wantsNotice = false;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Provider getProvider() {
        return provider;
    }

    public Medium getMedium() {
        return medium;
    }

    public boolean wantsNotice() {
        return wantsNotice;
    }

    public Instant getRepliesUpto() {
        return repliesUpto;
    }

    public Instant getLastInboundAt() {
        return lastInboundAt;
    }
}
