package org.jornada.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link from one case to another: RELATED, or DUPLICATE of a primary case. */
@Entity
@Table(name = "case_link")
public class CaseLink {

    public enum Kind { RELATED, DUPLICATE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "other_id", nullable = false)
    private long otherId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(nullable = false)
    private Instant at;

    protected CaseLink() {
        // JPA
    }

    public CaseLink(long complaintId, long otherId, Kind kind, long staffId, Instant at) {
        if (complaintId == otherId) {
            throw new IllegalArgumentException("A case is not linked to itself");
        }
        this.complaintId = complaintId;
        this.otherId = otherId;
        this.kind = kind;
        this.staffId = staffId;
        this.at = at;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public long getOtherId() {
        return otherId;
    }

    public Kind getKind() {
        return kind;
    }
}
