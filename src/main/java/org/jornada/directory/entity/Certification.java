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

/** One OFLC labour certification case (a row of the H-2A or H-2B disclosure file). */
@Entity
@Table(name = "certification")
public class Certification {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "certification_ids")
    @TableGenerator(name = "certification_ids", table = "directory_ids", pkColumnName = "name",
            valueColumnName = "next_val", pkColumnValue = "certification", allocationSize = 1000)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 40)
    private String caseNumber;

    /** The last six digits of the case number: the Foreign Labor Recruiter List's key (V33). */
    @Column(name = "case_suffix", length = 6)
    private String caseSuffix;

    @Column(name = "visa_class", nullable = false, length = 5)
    private String visaClass;

    @Column(name = "fiscal_year")
    private Integer fiscalYear;

    @Column(length = 60)
    private String status;

    @Column(name = "employer_id", nullable = false)
    private long employerId;

    @Column(name = "agent_id")
    private Long agentId;

    @Column(name = "job_title", length = 300)
    private String jobTitle;

    @Column(name = "soc_code", length = 20)
    private String socCode;

    @Column(length = 200)
    private String crop;

    @Column(name = "workers_requested")
    private Integer workersRequested;

    @Column(name = "workers_certified")
    private Integer workersCertified;

    @Column(name = "begin_date")
    private LocalDate beginDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "wage_offer", precision = 10, scale = 2)
    private BigDecimal wageOffer;

    @Column(name = "wage_unit", length = 20)
    private String wageUnit;

    @Column(name = "worksite_state", length = 2)
    private String worksiteState;

    @Column(name = "worksite_county", length = 100)
    private String worksiteCounty;

    /** How sure the employer name match is: 1 the same name, 0.9 the same {@code NameKey}. */
    @Column(name = "employer_match", nullable = false, precision = 4, scale = 3)
    private BigDecimal employerMatch = BigDecimal.ONE;

    public void matchedWith(BigDecimal confidence) {
        this.employerMatch = confidence;
    }

    public BigDecimal getEmployerMatch() {
        return employerMatch;
    }

    protected Certification() {
        // JPA
    }

    /** The facts of a disclosure row, as the importer read them. */
    public record Facts(String caseNumber, String visaClass, Integer fiscalYear, String status, String jobTitle,
            String socCode, String crop, Integer workersRequested, Integer workersCertified, LocalDate beginDate,
            LocalDate endDate, BigDecimal wageOffer, String wageUnit, String worksiteState, String worksiteCounty) {
    }

    public Certification(Facts facts, long employerId, Long agentId) {
        this.caseNumber = facts.caseNumber();
        this.caseSuffix = CaseSuffix.of(facts.caseNumber()).orElse(null);
        this.visaClass = facts.visaClass();
        this.employerId = employerId;
        this.agentId = agentId;
        update(facts);
    }

    /** Takes a re-imported row's facts; answers whether anything changed. */
    public boolean update(Facts facts) {
        Facts before = facts();
        fiscalYear = facts.fiscalYear();
        status = clip(facts.status(), 60);
        jobTitle = clip(facts.jobTitle(), 300);
        socCode = clip(facts.socCode(), 20);
        crop = clip(facts.crop(), 200);
        workersRequested = facts.workersRequested();
        workersCertified = facts.workersCertified();
        beginDate = facts.beginDate();
        endDate = facts.endDate();
        wageOffer = facts.wageOffer();
        wageUnit = clip(facts.wageUnit(), 20);
        worksiteState = clip(facts.worksiteState(), 2);
        worksiteCounty = clip(facts.worksiteCounty(), 100);
        return !facts().equals(before);
    }

    private Facts facts() {
        return new Facts(caseNumber, visaClass, fiscalYear, status, jobTitle, socCode, crop, workersRequested,
                workersCertified, beginDate, endDate, wageOffer, wageUnit, worksiteState, worksiteCounty);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getVisaClass() {
        return visaClass;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public String getStatus() {
        return status;
    }

    public long getEmployerId() {
        return employerId;
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getCrop() {
        return crop;
    }

    public Integer getWorkersCertified() {
        return workersCertified;
    }

    public LocalDate getBeginDate() {
        return beginDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getWorksiteState() {
        return worksiteState;
    }

    public BigDecimal getWageOffer() {
        return wageOffer;
    }

    public String getWageUnit() {
        return wageUnit;
    }
}
