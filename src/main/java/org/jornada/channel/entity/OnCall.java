package org.jornada.channel.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;

/**
 * One entry of the on-call list (V32): a case-working staff account that urgent reports are
 * noticed to, by mail and, with a phone, by SMS or WhatsApp, during its hours. The mail address and
 * the phone are sealed with the data key; the entry keeps the sealed bytes, the roster opens them.
 */
@Entity
@Table(name = "on_call")
public class OnCall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "staff_account_id", nullable = false)
    private long staffAccountId;

    @Column(name = "mail_sealed", nullable = false)
    private byte[] mailSealed;

    @Column(name = "phone_sealed")
    private byte[] phoneSealed;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Medium medium;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false)
    private int days;

    @Column(name = "from_minute", nullable = false)
    private int fromMinute;

    @Column(name = "to_minute", nullable = false)
    private int toMinute;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OnCall() {
        // JPA
    }

    public OnCall(long staffAccountId, Instant createdAt) {
        this.staffAccountId = staffAccountId;
        this.createdAt = createdAt;
        this.language = "es";
    }

    /** Sets what the admin gave: whom to reach, how, in which language and when. */
    public void set(Reach reach, OnCallHours hours, boolean active) {
        this.mailSealed = reach.mailSealed();
        this.phoneSealed = reach.phoneSealed();
        this.medium = reach.phoneSealed() == null ? null : reach.medium();
        this.language = reach.language();
        this.days = hours.days();
        this.fromMinute = hours.fromMinute();
        this.toMinute = hours.toMinute();
        this.active = active;
    }

    /** Whom an entry reaches: the sealed address and phone, the phone's medium, the notice's language. */
    public record Reach(byte[] mailSealed, byte[] phoneSealed, Medium medium, String language) {
    }

    public OnCallHours hours() {
        return new OnCallHours(days, fromMinute, toMinute);
    }

    /** Active and within its hours at {@code now}. */
    public boolean onDuty(Instant now, ZoneId zone) {
        return active && hours().covers(now, zone);
    }

    /** Whether a text notice can go to this entry at all (a phone and its medium). */
    public boolean hasPhone() {
        return phoneSealed != null && medium != null;
    }

    public Long getId() {
        return id;
    }

    public long getStaffAccountId() {
        return staffAccountId;
    }

    public byte[] getMailSealed() {
        return mailSealed;
    }

    public byte[] getPhoneSealed() {
        return phoneSealed;
    }

    public Medium getMedium() {
        return medium;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
