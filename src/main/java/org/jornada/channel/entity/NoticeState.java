package org.jornada.channel.entity;

/**
 * Where an urgent notice is: PENDING (queued in the outbox, or a text not yet tried), SENT (the mail
 * server or the provider took it), FAILED (not delivered: a text waits for its next attempt while
 * {@code next_at} is set; a mail was refused for good or only written to a file).
 */
public enum NoticeState {
    PENDING, SENT, FAILED
}
