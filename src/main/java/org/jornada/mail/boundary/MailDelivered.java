package org.jornada.mail.boundary;

import java.time.Instant;

/**
 * A mail of the outbox left the outbox: accepted by the SMTP server ({@code written == false}), or
 * written as an .eml file because no server is configured ({@code written == true}, nothing was
 * sent). Fired in the transaction that records it, so that the feature that queued it records the
 * same fact at the same time.
 */
public record MailDelivered(String topic, String messageId, Instant at, boolean written, String fileName) {
}
