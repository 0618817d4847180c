package org.jornada.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the append-only audit trail: who did what, when, on which case. It has no setters
 * and the application never updates or deletes it.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "case_id")
    private Long caseId;

    @Column(length = 500)
    private String detail;

    protected AuditEntry() {
        // JPA
    }

    public AuditEntry(Instant at, Long staffId, String actor, String action, Long caseId, String detail) {
        this.at = at;
        this.staffId = staffId;
        this.actor = actor;
        this.action = action;
        this.caseId = caseId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 499) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public Long getStaffId() {
        return staffId;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getDetail() {
        return detail;
    }
}
