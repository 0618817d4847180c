package org.jornada.channel.entity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * When an on-call entry is on duty: the days a shift starts and its hours, minutes of the day in
 * the organization's time zone. A shift whose end is not after its start crosses midnight and ends
 * on the next day (22:00–06:00 started on Monday covers Tuesday 03:00); equal start and end is 24
 * hours. Days are kept as a bit mask, bit 0 Monday to bit 6 Sunday.
 *
 * <pre>
 * OnCallHours nights = new OnCallHours(OnCallHours.mask(EnumSet.of(MONDAY)), 22 * 60, 6 * 60);
 * nights.covers(tuesdayAtThree, zone); // true
 * </pre>
 */
public record OnCallHours(int days, int fromMinute, int toMinute) {

    public static final int MINUTES_A_DAY = 24 * 60;
    public static final int ALL_DAYS = (1 << 7) - 1;

    public OnCallHours {
        if (days < 0 || days > ALL_DAYS || fromMinute < 0 || fromMinute >= MINUTES_A_DAY || toMinute < 0
                || toMinute >= MINUTES_A_DAY) {
            throw new IllegalArgumentException("days " + days + ", from " + fromMinute + ", to " + toMinute);
        }
    }

    /** Whether a shift of these hours is running at {@code now} in {@code zone}. */
    public boolean covers(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        int minute = local.getHour() * 60 + local.getMinute();
        DayOfWeek today = local.getDayOfWeek();
        if (fromMinute < toMinute) {
            return startsOn(today) && minute >= fromMinute && minute < toMinute;
        }
        return startsOn(today) && minute >= fromMinute || startsOn(today.minus(1)) && minute < toMinute;
    }

    /** Whether a shift starts on {@code day}. */
    public boolean startsOn(DayOfWeek day) {
        return (days & bit(day)) != 0;
    }

    public boolean crossesMidnight() {
        return fromMinute >= toMinute;
    }

    /** The days a shift starts, Monday first. */
    public Set<DayOfWeek> daySet() {
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (startsOn(day)) {
                set.add(day);
            }
        }
        return set;
    }

    public static int mask(Collection<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek day : days) {
            mask |= bit(day);
        }
        return mask;
    }

    private static int bit(DayOfWeek day) {
        return 1 << (day.getValue() - 1);
    }

    /** The minute of the day of "HH:mm" (00:00 to 23:59), empty when it is not one. */
    public static Optional<Integer> minuteOf(String time) {
        if (time == null || !time.strip().matches("([01]?[0-9]|2[0-3]):[0-5][0-9]")) {
            return Optional.empty();
        }
        String[] parts = time.strip().split(":");
        return Optional.of(Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]));
    }

    /** "HH:mm" of a minute of the day. */
    public static String time(int minute) {
        return String.format(java.util.Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
    }
}
