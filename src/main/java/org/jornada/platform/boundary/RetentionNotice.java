package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.jornada.platform.control.RetentionPeriods;

/**
 * The retention periods as the About and privacy page states them to the worker
 * ({@code JORNADA_RETENTION_CONTACT_DAYS}, {@code JORNADA_RETENTION_CASE_DAYS}; docs/retention.md):
 * read from the same {@link RetentionPeriods} the retention job erases by, so the page says the
 * numbers the portal acts on.
 */
@Named("retentionNotice")
@ApplicationScoped
public class RetentionNotice {

    /** Days after a case ended until its contact and files are deleted. */
    public int getContactDays() {
        return RetentionPeriods.current().contactDays();
    }

    /** Days after a case ended until everything that could point at the worker is deleted. */
    public int getCaseDays() {
        return RetentionPeriods.current().caseDays();
    }
}
