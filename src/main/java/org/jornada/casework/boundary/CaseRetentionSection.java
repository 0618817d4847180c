package org.jornada.casework.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.RetentionPeriods;

/**
 * The case page's line on retention: when the worker's contact and evidence and then the case
 * itself will be deleted (the periods run from when the case ended), or when they were, and why.
 */
@Named("caseRetention")
@RequestScoped
public class CaseRetentionSection {

    @Inject
    OrgTime orgTime;

    public String describe(Complaint c, org.jornada.casework.entity.CaseFile file) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        RetentionPeriods periods = RetentionPeriods.current();
        if (c.isAnonymised()) {
            return Messages.get(locale, "caseview.retention.anonymised", day(c.getAnonymisedAt()));
        }
        StringBuilder text = new StringBuilder();
        if (c.getContactErasedAt() != null) {
            text.append(Messages.get(locale, "caseview.retention.contactErased", day(c.getContactErasedAt()))).append(' ');
        }
        if (file.getFinishedAt() == null) {
            text.append(Messages.get(locale, "caseview.retention.open", periods.contactDays(), periods.caseDays()));
        } else {
            text.append(Messages.get(locale, "caseview.retention.ended", day(periods.contactUntil(file.getFinishedAt())),
                    day(periods.caseUntil(file.getFinishedAt()))));
        }
        return text.toString();
    }

    private String day(Instant at) {
        return LocalDate.ofInstant(at, orgTime.getZone()).toString();
    }
}
