package org.jornada.rights.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A wage check a worker attached to their case (V22): the inputs, the answer and the table rows
 * it used, sealed as one JSON document; the total shortfall in the clear for the case page.
 */
@Entity
@Table(name = "wage_calculation")
public class WageCalculation {

    /** How the worker attached it. */
    public enum Via { WAGE_CHECK_PAGE, REPORT_FORM, API }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "attached_at", nullable = false)
    private Instant attachedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Via via;

    @Column(name = "total_shortfall", nullable = false, precision = 12, scale = 2)
    private BigDecimal totalShortfall;

    @Column(name = "calculation_sealed", nullable = false)
    private byte[] calculationSealed;

    protected WageCalculation() {
        // JPA
    }

    public WageCalculation(long complaintId, Instant attachedAt, Via via, BigDecimal totalShortfall, byte[] sealed) {
        this.complaintId = complaintId;
        this.attachedAt = attachedAt;
        this.via = via;
        this.totalShortfall = totalShortfall;
        this.calculationSealed = sealed;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Instant getAttachedAt() {
        return attachedAt;
    }

    public Via getVia() {
        return via;
    }

    public BigDecimal getTotalShortfall() {
        return totalShortfall;
    }

    public byte[] getCalculationSealed() {
        return calculationSealed;
    }
}
