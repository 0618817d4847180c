package org.jornada.platform.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How long a case that ended (CLOSED or RESOLVED) keeps what could point at the worker
 * (docs/retention.md): its contact and evidence for {@code JORNADA_RETENTION_CONTACT_DAYS}
 * (default 365), everything but the anonymous counts for {@code JORNADA_RETENTION_CASE_DAYS}
 * (default 1,095: three years, the longest federal limit for a wage claim, 29 U.S.C. 255(a) as
 * cited in ../shared/reference/domain-reference.md; an organization that pursues state contract
 * claims, which run longer in several states, sets it higher). A case period never shorter than
 * the contact period. Read by the retention job and by the case page that says when each runs out.
 */
public record RetentionPeriods(int contactDays, int caseDays) {

    public static RetentionPeriods current() {
        int contact = days("JORNADA_RETENTION_CONTACT_DAYS", 365);
        int whole = Math.max(contact, days("JORNADA_RETENTION_CASE_DAYS", 1095));
        return new RetentionPeriods(contact, whole);
    }

    private static int days(String name, int otherwise) {
        return Settings.get(name).map(String::strip).filter(v -> v.matches("\\d{1,6}")).map(Integer::parseInt)
                .filter(d -> d >= 1).orElse(otherwise);
    }

    /** When the contact and evidence of a case that ended then are deleted. */
    public Instant contactUntil(Instant finished) {
        return finished.plus(Duration.ofDays(contactDays));
    }

    /** When a case that ended then is anonymised. */
    public Instant caseUntil(Instant finished) {
        return finished.plus(Duration.ofDays(caseDays));
    }
}
