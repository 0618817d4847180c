package org.jornada.channel.entity;

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
 * One notice of an urgent case to one on-call entry by one route (V32; unique per case, entry and
 * route, so a case is noticed once). A failed text is tried again after 1, 2, 4 ... minutes, at
 * most {@link #MAX_ATTEMPTS} times; a mail's retries are the outbox's own. The error kept names
 * what failed, never a worker's words.
 */
@Entity
@Table(name = "urgent_notice")
public class UrgentNotice {

    public static final int MAX_ATTEMPTS = 8;

    /** A notice still pending this long after it was made shows on the queue. */
    public static final Duration LATE = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "on_call_id", nullable = false)
    private long onCallId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private NoticeRoute route;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 7)
    private NoticeState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_at")
    private Instant nextAt;

    @Column(name = "last_error", length = 300)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected UrgentNotice() {
        // JPA
    }

    public UrgentNotice(long complaintId, long onCallId, NoticeRoute route, Instant now) {
        this.complaintId = complaintId;
        this.onCallId = onCallId;
        this.route = route;
        this.state = NoticeState.PENDING;
        this.createdAt = now;
        this.nextAt = route == NoticeRoute.TEXT ? now : null;
    }

    /** The server or the provider took it. */
    public void sent(Instant now) {
        if (route == NoticeRoute.TEXT) {
            attempts++;
        }
        state = NoticeState.SENT;
        sentAt = now;
        nextAt = null;
        lastError = null;
    }

    /** A text attempt failed: tried again after 2^(attempts − 1) minutes, until the last attempt. */
    public void textFailed(String error, Instant now) {
        attempts++;
        state = NoticeState.FAILED;
        lastError = cut(error);
        nextAt = attempts >= MAX_ATTEMPTS ? null : now.plus(backoff(attempts));
    }

    /** The mail will not reach anyone (refused for good, or written to a file with no server). */
    public void mailFailed(String error, int mailAttempts) {
        attempts = mailAttempts;
        state = NoticeState.FAILED;
        lastError = cut(error);
        nextAt = null;
    }

    /** The wait after the n-th failed text attempt: 1, 2, 4 ... minutes. */
    public static Duration backoff(int failedAttempts) {
        return Duration.ofMinutes(1L << Math.min(Math.max(failedAttempts - 1, 0), 10));
    }

    /** Failed, or still pending {@link #LATE} after it was made: the queue says so. */
    public boolean troubled(Instant now) {
        return state == NoticeState.FAILED || state == NoticeState.PENDING && createdAt.plus(LATE).isBefore(now);
    }

    private static String cut(String error) {
        return error == null ? null : error.substring(0, Math.min(error.length(), 300));
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public long getOnCallId() {
        return onCallId;
    }

    public NoticeRoute getRoute() {
        return route;
    }

    public NoticeState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAt() {
        return nextAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
