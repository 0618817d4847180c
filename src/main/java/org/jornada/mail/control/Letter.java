package org.jornada.mail.control;

import java.util.List;

/** A mail as a feature writes it: one recipient, a subject, plain text, attachments. */
public record Letter(String to, String subject, String text, List<Attachment> attachments) {

    public Letter {
        attachments = List.copyOf(attachments);
    }

    /** A file carried by the mail. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
