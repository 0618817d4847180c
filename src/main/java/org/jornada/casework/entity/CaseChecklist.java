package org.jornada.casework.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The verification checklist of a case (issue #3): employer identified, recruiter identified,
 * evidence reviewed, worker reached through the receipt channel, corroborated by other cases.
 */
@Entity
@Table(name = "case_checklist")
public class CaseChecklist {

    /** The items, in the order staff see them; the names are the bundle keys' last part. */
    public enum Item { EMPLOYER_IDENTIFIED, RECRUITER_IDENTIFIED, EVIDENCE_REVIEWED, WORKER_REACHED, CORROBORATED }

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "employer_identified", nullable = false)
    private boolean employerIdentified;

    @Column(name = "recruiter_identified", nullable = false)
    private boolean recruiterIdentified;

    @Column(name = "evidence_reviewed", nullable = false)
    private boolean evidenceReviewed;

    @Column(name = "worker_reached", nullable = false)
    private boolean workerReached;

    @Column(nullable = false)
    private boolean corroborated;

    protected CaseChecklist() {
        // JPA
    }

    public CaseChecklist(long complaintId) {
        this.complaintId = complaintId;
    }

    public boolean isDone() {
        return employerIdentified && recruiterIdentified && evidenceReviewed && workerReached && corroborated;
    }

    public boolean has(Item item) {
        return switch (item) {
            case EMPLOYER_IDENTIFIED -> employerIdentified;
            case RECRUITER_IDENTIFIED -> recruiterIdentified;
            case EVIDENCE_REVIEWED -> evidenceReviewed;
            case WORKER_REACHED -> workerReached;
            case CORROBORATED -> corroborated;
        };
    }

    public void set(Item item, boolean done) {
        switch (item) {
            case EMPLOYER_IDENTIFIED -> employerIdentified = done;
            case RECRUITER_IDENTIFIED -> recruiterIdentified = done;
            case EVIDENCE_REVIEWED -> evidenceReviewed = done;
            case WORKER_REACHED -> workerReached = done;
            case CORROBORATED -> corroborated = done;
        }
    }
}
