package org.jornada.testing;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jornada.platform.boundary.OrgTime;

/**
 * "Today" as the portal under test counts it: in the organization's time zone (the jars run with
 * the default, {@link OrgTime#DEFAULT_ZONE}), not the test machine's. Between midnight UTC and
 * midnight in New York the two differ by a day, and a date typed from the machine's clock is
 * "in the future" to the portal.
 */
public final class OrgDay {

    private OrgDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of(OrgTime.DEFAULT_ZONE));
    }
}
