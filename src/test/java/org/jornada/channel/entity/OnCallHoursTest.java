package org.jornada.channel.entity;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an on-call entry is on duty: days, hours, shifts across midnight, the organization's zone. */
class OnCallHoursTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

    /** 2026-12-07 is a Monday. */
    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static OnCallHours hours(Set<DayOfWeek> days, String from, String to) {
        return new OnCallHours(OnCallHours.mask(days), OnCallHours.minuteOf(from).orElseThrow(),
                OnCallHours.minuteOf(to).orElseThrow());
    }

    @Test
    void aDayShiftCoversItsHoursOnItsDaysOnlyStartInclusiveEndExclusive() {
        OnCallHours weekdays = hours(EnumSet.range(MONDAY, FRIDAY), "08:00", "18:00");
        assertTrue(weekdays.covers(at("2026-12-07T08:00", NEW_YORK), NEW_YORK));
        assertTrue(weekdays.covers(at("2026-12-11T17:59", NEW_YORK), NEW_YORK), "Friday");
        assertFalse(weekdays.covers(at("2026-12-07T07:59", NEW_YORK), NEW_YORK));
        assertFalse(weekdays.covers(at("2026-12-07T18:00", NEW_YORK), NEW_YORK));
        assertFalse(weekdays.covers(at("2026-12-12T10:00", NEW_YORK), NEW_YORK), "Saturday");
    }

    @Test
    void aNightShiftCrossesMidnightIntoTheNextDayOfTheDayItStarts() {
        OnCallHours mondayNight = hours(EnumSet.of(MONDAY), "22:00", "06:00");
        assertTrue(mondayNight.crossesMidnight());
        assertTrue(mondayNight.covers(at("2026-12-07T23:30", NEW_YORK), NEW_YORK), "Monday late");
        assertTrue(mondayNight.covers(at("2026-12-08T03:00", NEW_YORK), NEW_YORK), "Tuesday early, the same shift");
        assertFalse(mondayNight.covers(at("2026-12-08T06:00", NEW_YORK), NEW_YORK), "the shift has ended");
        assertFalse(mondayNight.covers(at("2026-12-08T23:00", NEW_YORK), NEW_YORK), "no shift starts on Tuesday");
        assertFalse(mondayNight.covers(at("2026-12-07T03:00", NEW_YORK), NEW_YORK), "Sunday started none");
    }

    @Test
    void aSundayNightShiftEndsOnMonday() {
        OnCallHours sundayNight = hours(EnumSet.of(SUNDAY), "20:00", "02:00");
        assertTrue(sundayNight.covers(at("2026-12-07T01:59", NEW_YORK), NEW_YORK), "Monday 01:59");
        assertFalse(sundayNight.covers(at("2026-12-08T01:00", NEW_YORK), NEW_YORK), "Tuesday");
    }

    @Test
    void equalStartAndEndIsTwentyFourHoursFromTheStart() {
        OnCallHours saturday = hours(EnumSet.of(SATURDAY), "09:00", "09:00");
        assertTrue(saturday.covers(at("2026-12-12T09:00", NEW_YORK), NEW_YORK));
        assertTrue(saturday.covers(at("2026-12-13T08:59", NEW_YORK), NEW_YORK), "Sunday morning, still the shift");
        assertFalse(saturday.covers(at("2026-12-13T09:00", NEW_YORK), NEW_YORK));
        OnCallHours allWeek = hours(EnumSet.allOf(DayOfWeek.class), "00:00", "00:00");
        for (int hour = 0; hour < 24 * 7; hour += 5) {
            assertTrue(allWeek.covers(at("2026-12-07T00:00", NEW_YORK).plus(Duration.ofHours(hour)), NEW_YORK));
        }
    }

    @Test
    void theHoursAreTheOrganizationsZoneNotUtc() {
        OnCallHours nineToTen = hours(EnumSet.of(MONDAY), "09:00", "10:00");
        Instant halfPastNineInNewYork = at("2026-12-07T09:30", NEW_YORK);
        assertTrue(nineToTen.covers(halfPastNineInNewYork, NEW_YORK));
        assertFalse(nineToTen.covers(halfPastNineInNewYork, MEXICO_CITY), "08:30 in Mexico City");
        assertFalse(nineToTen.covers(halfPastNineInNewYork, ZoneId.of("UTC")), "14:30 in UTC");
        assertTrue(nineToTen.covers(at("2026-12-07T09:30", MEXICO_CITY), MEXICO_CITY));
    }

    @Test
    void theHoursFollowTheClockOverADaylightSavingChange() {
        OnCallHours sundayMorning = hours(EnumSet.of(SUNDAY), "01:00", "04:00");
        // 2026-03-08 02:00 in New York the clocks go forward: 03:30 local is 07:30 UTC
        assertTrue(sundayMorning.covers(Instant.parse("2026-03-08T07:30:00Z"), NEW_YORK));
        assertFalse(sundayMorning.covers(Instant.parse("2026-03-08T08:30:00Z"), NEW_YORK), "04:30 local");
    }

    @Test
    void daysRoundTripThroughTheMaskAndTimesThroughText() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY, TUESDAY, SUNDAY);
        OnCallHours h = hours(days, "7:05", "23:59");
        assertEquals(days, h.daySet());
        assertEquals("07:05", OnCallHours.time(h.fromMinute()));
        assertEquals("23:59", OnCallHours.time(h.toMinute()));
        assertEquals(Optional.empty(), OnCallHours.minuteOf("24:00"));
        assertEquals(Optional.empty(), OnCallHours.minuteOf("8h"));
        assertEquals(Optional.empty(), OnCallHours.minuteOf(null));
        assertThrows(IllegalArgumentException.class, () -> new OnCallHours(1 << 7, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new OnCallHours(1, 0, 24 * 60));
    }

    @Test
    void aFailedTextIsTriedAgainAfterOneTwoFourMinutesAndEightAttemptsAtMost() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        UrgentNotice text = new UrgentNotice(1, 2, NoticeRoute.TEXT, now);
        assertEquals(now, text.getNextAt(), "a text is due at once");
        text.textFailed("SMS send failed: IOException", now);
        assertEquals(now.plus(Duration.ofMinutes(1)), text.getNextAt());
        text.textFailed("again", now);
        assertEquals(now.plus(Duration.ofMinutes(2)), text.getNextAt());
        text.textFailed("again", now);
        assertEquals(now.plus(Duration.ofMinutes(4)), text.getNextAt());
        for (int i = 3; i < UrgentNotice.MAX_ATTEMPTS; i++) {
            text.textFailed("again", now);
        }
        assertEquals(NoticeState.FAILED, text.getState());
        assertEquals(null, text.getNextAt(), "no ninth attempt");
        assertTrue(text.troubled(now));
    }

    @Test
    void aPendingNoticeIsTroubleOnlyTwoMinutesAfterItWasMade() {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        UrgentNotice mail = new UrgentNotice(1, 2, NoticeRoute.MAIL, now);
        assertFalse(mail.troubled(now.plusSeconds(119)));
        assertTrue(mail.troubled(now.plusSeconds(121)));
        mail.sent(now.plusSeconds(130));
        assertFalse(mail.troubled(now.plusSeconds(200)));
    }
}
