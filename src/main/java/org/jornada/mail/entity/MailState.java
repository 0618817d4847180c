package org.jornada.mail.entity;

/**
 * Where a mail of the outbox is. QUEUED: waiting for its next attempt; SENDING: claimed by one
 * node; SENT: the SMTP server accepted it; WRITTEN: no server configured, written as an .eml file;
 * REJECTED: the server refused its recipient for good (a new request may queue it again); DROPPED:
 * taken back before it left (its feature said it may no longer go: the worker withdrew consent), its
 * content and any .eml file written for it deleted (a new request may queue it again).
 */
public enum MailState {
    QUEUED, SENDING, SENT, WRITTEN, REJECTED, DROPPED;

    /** Done: nothing more will happen to it. */
    public boolean isFinal() {
        return this == SENT || this == WRITTEN || this == REJECTED || this == DROPPED;
    }

    /** Done without reaching anyone through the portal: the topic may be queued again. */
    public boolean mayQueueAgain() {
        return this == REJECTED || this == DROPPED;
    }
}
