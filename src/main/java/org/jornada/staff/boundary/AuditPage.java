package org.jornada.staff.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jornada.staff.entity.AuditEntry;

/**
 * {@code /staff/audit} (SUPERVISOR and ADMIN): the audit trail, newest first, filtered by case,
 * action and staff member. Read only; reading it is itself audited.
 */
@Named
@RequestScoped
public class AuditPage {

    static final int LIMIT = 500;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentStaff current;

    private Long caseId;
    private String action;
    private String actor;
    private List<AuditEntry> entries;

    /** The page's view action: reads the entries once and writes that they were read. */
    public void load() {
        if (current.get().readsAudit()) {
            entries = audit.entries(caseId, action, actor, LIMIT);
            audit.record(current.get(), AuditTrail.AUDIT_READ, caseId, action);
        } else {
            entries = List.of();
        }
    }

    public List<AuditEntry> getEntries() {
        return entries == null ? List.of() : entries;
    }

    public List<String> getActions() {
        return AuditTrail.actions();
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action == null || AuditTrail.actions().contains(action) ? action : null;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor == null || actor.length() <= 80 ? actor : null;
    }
}
