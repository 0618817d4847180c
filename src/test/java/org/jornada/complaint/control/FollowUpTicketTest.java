package org.jornada.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.DataCipher;
import org.junit.jupiter.api.Test;

class FollowUpTicketTest {

    private final DataCipher cipher = new DataCipher(new SecureRandom().generateSeed(32), List.of());

    @Test
    void opensTheSameCaseUntilItExpires() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        String ticket = new FollowUpTicket(cipher, Clock.fixed(now, ZoneOffset.UTC)).issue(42);
        assertFalse(ticket.contains("42:"));
        assertEquals(Optional.of(42L),
                new FollowUpTicket(cipher, Clock.fixed(now.plusSeconds(29 * 60), ZoneOffset.UTC)).resolve(ticket));
        assertTrue(new FollowUpTicket(cipher, Clock.fixed(now.plusSeconds(31 * 60), ZoneOffset.UTC))
                .resolve(ticket).isEmpty());
    }

    @Test
    void refusesForgedOrGarbledTickets() {
        FollowUpTicket tickets = new FollowUpTicket(cipher, Clock.systemUTC());
        assertTrue(tickets.resolve("42").isEmpty());
        assertTrue(tickets.resolve("").isEmpty());
        assertTrue(tickets.resolve(null).isEmpty());
        String other = new FollowUpTicket(new DataCipher(new SecureRandom().generateSeed(32), List.of()),
                Clock.systemUTC()).issue(42);
        assertTrue(tickets.resolve(other).isEmpty());
    }
}
