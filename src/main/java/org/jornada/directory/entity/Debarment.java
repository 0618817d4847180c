package org.jornada.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** A row of the OFLC debarment list (reference section 5a, "Other OFLC lists"). */
@Entity
@Table(name = "debarment")
public class Debarment {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "debarment_ids")
    @TableGenerator(name = "debarment_ids", table = "directory_ids", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "debarment", allocationSize = 1000)
    private Long id;

    @Column(name = "entity_id", nullable = false)
    private long entityId;

    @Column(name = "source_name", nullable = false, length = 300)
    private String sourceName;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(length = 300)
    private String violation;

    @Column(length = 120)
    private String citation;

    /** SHA-256 of the row's name, dates and citation: the same row imported twice is one row. */
    @Column(name = "row_key", nullable = false, unique = true, length = 64)
    private String rowKey;

    protected Debarment() {
        // JPA
    }

    public Debarment(long entityId, String sourceName, LocalDate startDate, LocalDate endDate, String violation,
            String citation, String rowKey) {
        this.entityId = entityId;
        this.sourceName = sourceName.length() <= 300 ? sourceName : sourceName.substring(0, 300);
        this.startDate = startDate;
        this.endDate = endDate;
        this.violation = violation == null || violation.length() <= 300 ? violation : violation.substring(0, 300);
        this.citation = citation == null || citation.length() <= 120 ? citation : citation.substring(0, 120);
        this.rowKey = rowKey;
    }

    public String getRowKey() {
        return rowKey;
    }

    public long getEntityId() {
        return entityId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getViolation() {
        return violation;
    }

    public String getCitation() {
        return citation;
    }
}
