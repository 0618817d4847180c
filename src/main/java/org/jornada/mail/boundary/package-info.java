/**
 * Mail boundary (issue #11): the outbox. Features queue a {@code Letter} under a topic with
 * {@code Outbox}; {@code OutboxDelivery}, run by {@code OutboxTimer}, claims each due mail with one
 * conditional UPDATE, asks every {@code OutboxGate} whether it may still leave, sends it (or, with
 * no server configured, writes it as {@code .eml}), records it and fires {@code MailDelivered}.
 * {@code MailStatus} is what pages show of a mail, never its content.
 */
package org.jornada.mail.boundary;
