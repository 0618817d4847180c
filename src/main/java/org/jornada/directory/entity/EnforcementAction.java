package org.jornada.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A WHD compliance action (a row of whd_whisard.csv, reference section 5b). */
@Entity
@Table(name = "enforcement_action")
public class EnforcementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "enforcement_action_ids")
    @TableGenerator(name = "enforcement_action_ids", table = "directory_ids", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "enforcement_action", allocationSize = 1000)
    private Long id;

    @Column(name = "case_id", nullable = false, unique = true, length = 40)
    private String caseId;

    @Column(name = "employer_id", nullable = false)
    private long employerId;

    @Column(name = "findings_start")
    private LocalDate findingsStart;

    @Column(name = "findings_end")
    private LocalDate findingsEnd;

    @Column(name = "h2a_violations", nullable = false)
    private int h2aViolations;

    @Column(name = "h2b_violations", nullable = false)
    private int h2bViolations;

    @Column(name = "flsa_violations", nullable = false)
    private int flsaViolations;

    @Column(name = "back_wages", nullable = false, precision = 14, scale = 2)
    private BigDecimal backWages;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal penalties;

    @Column(name = "data_date")
    private LocalDate dataDate;

    /** How sure the employer name match is: 1 the same name, 0.9 the same {@code NameKey}. */
    @Column(name = "employer_match", nullable = false, precision = 4, scale = 3)
    private BigDecimal employerMatch = BigDecimal.ONE;

    public void matchedWith(BigDecimal confidence) {
        this.employerMatch = confidence;
    }

    public BigDecimal getEmployerMatch() {
        return employerMatch;
    }

    protected EnforcementAction() {
        // JPA
    }

    /** What a WHISARD row says about one case. */
    public record Facts(String caseId, LocalDate findingsStart, LocalDate findingsEnd, int h2aViolations,
            int h2bViolations, int flsaViolations, BigDecimal backWages, BigDecimal penalties, LocalDate dataDate) {
    }

    public EnforcementAction(Facts facts, long employerId) {
        this.caseId = facts.caseId();
        this.employerId = employerId;
        update(facts);
    }

    /** Takes a re-imported row; answers whether anything changed. */
    public boolean update(Facts facts) {
        Facts before = facts();
        findingsStart = facts.findingsStart();
        findingsEnd = facts.findingsEnd();
        h2aViolations = facts.h2aViolations();
        h2bViolations = facts.h2bViolations();
        flsaViolations = facts.flsaViolations();
        backWages = facts.backWages().setScale(2, java.math.RoundingMode.HALF_UP);
        penalties = facts.penalties().setScale(2, java.math.RoundingMode.HALF_UP);
        dataDate = facts.dataDate();
        return !facts().equals(before);
    }

    private Facts facts() {
        return new Facts(caseId, findingsStart, findingsEnd, h2aViolations, h2bViolations, flsaViolations, backWages,
                penalties, dataDate);
    }

    public String getCaseId() {
        return caseId;
    }

    public long getEmployerId() {
        return employerId;
    }

    public LocalDate getFindingsStart() {
        return findingsStart;
    }

    public LocalDate getFindingsEnd() {
        return findingsEnd;
    }

    public int getH2aViolations() {
        return h2aViolations;
    }

    public int getH2bViolations() {
        return h2bViolations;
    }

    public int getFlsaViolations() {
        return flsaViolations;
    }

    public BigDecimal getBackWages() {
        return backWages;
    }

    public BigDecimal getPenalties() {
        return penalties;
    }

    public LocalDate getDataDate() {
        return dataDate;
    }
}
