package org.jornada.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/**
 * A row of DOL's Foreign Labor Recruiter List (reference section 2 and 5a): a recruiter an
 * employer disclosed for the case whose number ends in {@code caseSuffix}, and the sub-recruiter
 * working for it when the row names one (one stored row per sub-recruiter).
 */
@Entity
@Table(name = "recruiter_disclosure")
public class RecruiterDisclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "recruiter_disclosure_ids")
    @TableGenerator(name = "recruiter_disclosure_ids", table = "directory_ids", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "recruiter_disclosure", allocationSize = 1000)
    private Long id;

    @Column(name = "case_suffix", nullable = false, length = 6)
    private String caseSuffix;

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    @Column(name = "visa_class", length = 5)
    private String visaClass;

    @Column(name = "recruiter_id", nullable = false)
    private long recruiterId;

    @Column(name = "sub_recruiter_id")
    private Long subRecruiterId;

    @Column(name = "employer_name", length = 300)
    private String employerName;

    @Column(name = "row_key", nullable = false, unique = true, length = 64)
    private String rowKey;

    protected RecruiterDisclosure() {
        // JPA
    }

    public RecruiterDisclosure(String caseSuffix, String caseNumber, Integer fiscalYear, String visaClass,
            long recruiterId, Long subRecruiterId, String employerName, String rowKey) {
        this.caseSuffix = caseSuffix;
        this.caseNumber = caseNumber;
        this.fiscalYear = fiscalYear;
        this.visaClass = visaClass;
        this.recruiterId = recruiterId;
        this.subRecruiterId = subRecruiterId;
        this.employerName = employerName;
        this.rowKey = rowKey;
    }

    public String getRowKey() {
        return rowKey;
    }

    public long getRecruiterId() {
        return recruiterId;
    }

    public Long getSubRecruiterId() {
        return subRecruiterId;
    }

    public String getCaseSuffix() {
        return caseSuffix;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }
}
