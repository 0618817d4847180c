package org.jornada.mail.control;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;

/**
 * A {@link Letter} as MIME bytes with the Message-ID chosen by the outbox, kept as it is on every
 * attempt (Jakarta Mail would otherwise make a new one each time a message is saved).
 */
public final class MimeLetters {

    private MimeLetters() {
    }

    /** The whole message, ready to store and to send. */
    public static byte[] write(Letter letter, String from, String messageId, Instant date) {
        try {
            MimeMessage message = new FixedIdMessage(Session.getInstance(new Properties()), messageId);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(letter.to(), true));
            message.setSubject(letter.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(date));
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(letter.text(), StandardCharsets.UTF_8.name());
            parts.addBodyPart(text);
            for (Letter.Attachment a : letter.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(a.content(), a.contentType())));
                part.setFileName(a.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                parts.addBodyPart(part);
            }
            message.setContent(parts);
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException e) {
            throw new IllegalArgumentException("The mail cannot be written: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message whose Message-ID stays the one given. */
    static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        FixedIdMessage(Session session, java.io.InputStream in) throws MessagingException {
            super(session, in);
            this.messageId = getMessageID();
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
