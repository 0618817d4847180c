package org.jornada.mail.boundary;

/**
 * A feature's say over its own mail, asked right before the outbox hands a mail to the server (or
 * writes it to a file): whether it may still leave. The escalation feature answers no for a named
 * referral whose worker has since said no to that authority; the outbox then drops the mail and
 * forgets its content. The outbox knows no feature: every gate is asked about every topic and
 * answers yes for topics it does not own.
 */
public interface OutboxGate {

    /** False when the mail of this topic may no longer leave. */
    boolean mayLeave(String topic);
}
