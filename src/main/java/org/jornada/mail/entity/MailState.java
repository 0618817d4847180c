package org.jornada.mail.entity;

/**
 * Where a mail of the outbox is. QUEUED: waiting for its next attempt; SENDING: claimed by one
 * node; SENT: the SMTP server accepted it; WRITTEN: no server configured, written as an .eml file;
 * REJECTED: the server refused its recipient for good (a new request may queue it again).
 */
public enum MailState {
    QUEUED, SENDING, SENT, WRITTEN, REJECTED;

    /** Done: nothing more will happen to it. */
    public boolean isFinal() {
        return this == SENT || this == WRITTEN || this == REJECTED;
    }
}
