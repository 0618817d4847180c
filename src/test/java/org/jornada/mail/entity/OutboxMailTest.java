package org.jornada.mail.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void aFailedAttemptWaitsTwiceAsLongEachTimeUpToAnHour() {
        Duration base = Duration.ofSeconds(60);
        assertEquals(Duration.ofSeconds(60), OutboxMail.backoff(base, 1));
        assertEquals(Duration.ofSeconds(120), OutboxMail.backoff(base, 2));
        assertEquals(Duration.ofSeconds(480), OutboxMail.backoff(base, 4));
        assertEquals(Duration.ofHours(1), OutboxMail.backoff(base, 7));
        assertEquals(Duration.ofHours(1), OutboxMail.backoff(base, 500), "no overflow after many days down");
    }

    @Test
    void aTransientFailureRequeuesAfterItsBackoffAndKeepsTheMessageId() {
        OutboxMail mail = new OutboxMail("referral:1", "<id@jornada>", "office@example.org", new byte[] {1}, NOW);
        mail.failed("ConnectException: refused", NOW, Duration.ofSeconds(60), false);
        mail.failed("ConnectException: refused", NOW, Duration.ofSeconds(60), false);
        assertEquals(MailState.QUEUED, mail.getState());
        assertEquals(2, mail.getAttempts());
        assertEquals(NOW.plusSeconds(120), mail.getNextAttemptAt());
        mail.sent(NOW.plusSeconds(200));
        assertEquals(MailState.SENT, mail.getState());
        assertEquals(3, mail.getAttempts());
        assertEquals("<id@jornada>", mail.getMessageId());
        assertNull(mail.getLastError());
    }

    @Test
    void onlyARejectedMailIsQueuedAgainAndThenWithANewMessage() {
        OutboxMail mail = new OutboxMail("referral:2", "<a@jornada>", "bad@example.org", new byte[] {1}, NOW);
        assertThrows(IllegalStateException.class, () -> mail.requeue("<b@jornada>", "x@example.org", new byte[] {2}, NOW));
        mail.failed("SendFailedException: 550 no such user", NOW, Duration.ofSeconds(60), true);
        assertEquals(MailState.REJECTED, mail.getState());
        mail.requeue("<b@jornada>", "good@example.org", new byte[] {2}, NOW.plusSeconds(5));
        assertEquals(MailState.QUEUED, mail.getState());
        assertEquals(0, mail.getAttempts());
        assertEquals("<b@jornada>", mail.getMessageId());
    }
}
