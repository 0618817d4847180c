package org.jornada.mail.boundary;

import java.time.Instant;
import org.jornada.mail.entity.MailState;
import org.jornada.mail.entity.OutboxMail;

/** What the case page and the API show of a mail: never its content. */
public record MailStatus(MailState state, String recipient, String messageId, int attempts, Instant queuedAt,
        Instant nextAttemptAt, Instant doneAt, String lastError, String fileName) {

    static MailStatus of(OutboxMail m) {
        return new MailStatus(m.getState(), m.getRecipient(), m.getMessageId(), m.getAttempts(), m.getQueuedAt(),
                m.getState().isFinal() ? null : m.getNextAttemptAt(), m.getDoneAt(), m.getLastError(),
                m.getFileName());
    }
}
