package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jornada.platform.control.Settings;

/**
 * Times as the organization's staff read them: in its time zone ({@code JORNADA_TIME_ZONE}, an
 * IANA name, default {@code America/New_York}), never raw UTC. Used by the staff pages as
 * {@code #{orgTime.format(instant)}}.
 */
@Named("orgTime")
@ApplicationScoped
public class OrgTime {

    public static final String DEFAULT_ZONE = "America/New_York";
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm zzz", Locale.ROOT);

    private final ZoneId zone = zone(Settings.get("JORNADA_TIME_ZONE").orElse(DEFAULT_ZONE));

    static ZoneId zone(String name) {
        try {
            return ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            return ZoneId.of(DEFAULT_ZONE);
        }
    }

    public ZoneId getZone() {
        return zone;
    }

    /** "2026-11-30 09:15 EST"; empty for no time. */
    public String format(Instant instant) {
        return format(instant, zone);
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? "" : FORMAT.withZone(zone).format(instant);
    }
}
