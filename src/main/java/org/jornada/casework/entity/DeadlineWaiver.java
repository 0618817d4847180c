package org.jornada.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A legal clock an advocate marked not applicable to a case, with the reason. */
@Entity
@Table(name = "deadline_waiver")
public class DeadlineWaiver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "rule_code", nullable = false, length = 40)
    private String rule;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "staff_id", nullable = false)
    private long staffId;

    @Column(nullable = false)
    private Instant at;

    protected DeadlineWaiver() {
        // JPA
    }

    public DeadlineWaiver(long complaintId, String rule, String reason, long staffId, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A clock is marked not applicable only with a reason");
        }
        this.complaintId = complaintId;
        this.rule = rule;
        this.reason = reason.strip();
        this.staffId = staffId;
        this.at = at;
    }

    public String getRule() {
        return rule;
    }

    public String getReason() {
        return reason;
    }
}
