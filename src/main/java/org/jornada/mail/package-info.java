/**
 * Mail (issue #11): an outbox of messages sent once through the organization's SMTP server
 * ({@code JORNADA_SMTP_*}), claimed by one node at a time, retried with backoff while the server
 * fails; with no server configured, written as {@code .eml} files into the data folder's
 * {@code outbox/}. Features queue a {@link org.jornada.mail.boundary.Letter} under a topic and hear
 * {@link org.jornada.mail.boundary.MailDelivered}; mail knows none of them. Uses platform only.
 */
package org.jornada.mail;
