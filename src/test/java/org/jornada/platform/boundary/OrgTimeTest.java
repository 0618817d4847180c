package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrgTimeTest {

    private static String format(Instant instant, String zone) {
        return OrgTime.format(instant, OrgTime.zone(zone));
    }

    @Test
    void staffReadTimesInTheOrganizationsZoneNotInUtc() {
        Instant noonUtc = Instant.parse("2026-11-30T12:00:00Z");
        assertEquals("2026-11-30 07:00 EST", format(noonUtc, "America/New_York"));
        assertEquals("2026-07-01 08:00 EDT", format(Instant.parse("2026-07-01T12:00:00Z"), "America/New_York"));
        assertEquals("2026-11-30 04:00 PST", format(noonUtc, "America/Los_Angeles"));
        assertEquals("2026-11-30 07:00 EST", format(noonUtc, "Not/AZone"), "an unknown zone falls back to New York");
    }
}
