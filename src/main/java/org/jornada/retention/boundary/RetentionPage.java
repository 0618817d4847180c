package org.jornada.retention.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.RetentionPeriods;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /staff/retention}: what runs out in the next 30 days (ADVOCATE, SUPERVISOR), so that a
 * case still being pursued can be reopened before its contact or evidence goes. The periods in
 * force are said at the top. Opening the list is audited.
 */
@Named
@RequestScoped
public class RetentionPage {

    static final int DAYS = 30;

    @Inject
    RetentionJob job;

    @Inject
    OrgTime orgTime;

    @Inject
    CurrentStaff current;

    @Inject
    AuditTrail audit;

    private List<RetentionJob.Upcoming> upcoming;

    public void open() {
        audit.record(current.get(), AuditTrail.CASE_LISTED, null, "/staff/retention");
    }

    public List<RetentionJob.Upcoming> getUpcoming() {
        if (upcoming == null) {
            upcoming = job.upcoming(DAYS);
        }
        return upcoming;
    }

    public RetentionPeriods getPeriods() {
        return RetentionPeriods.current();
    }

    public int getDays() {
        return DAYS;
    }

    public String day(java.time.Instant at) {
        return LocalDate.ofInstant(at, orgTime.getZone()).toString();
    }
}
