package org.jornada.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An internal note on a case: staff only, sealed at rest, never shown to the worker. */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(nullable = false, length = 80)
    private String author;

    @Column(name = "text_sealed", nullable = false)
    private byte[] textSealed;

    @Column(nullable = false)
    private Instant at;

    /** Marked "for the referral": it goes into referral packets; other notes never leave the case. */
    @Column(name = "for_referral", nullable = false)
    private boolean forReferral;

    protected CaseNote() {
        // JPA
    }

    public CaseNote(long complaintId, long staffId, String author, byte[] textSealed, Instant at, boolean forReferral) {
        this.forReferral = forReferral;
        this.complaintId = complaintId;
        this.staffId = staffId;
        this.author = author;
        this.textSealed = textSealed;
        this.at = at;
    }

    public String getAuthor() {
        return author;
    }

    public byte[] getTextSealed() {
        return textSealed;
    }

    public boolean isForReferral() {
        return forReferral;
    }

    public Instant getAt() {
        return at;
    }
}
