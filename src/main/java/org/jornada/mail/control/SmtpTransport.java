package org.jornada.mail.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.io.ByteArrayInputStream;

/**
 * Hands stored MIME bytes to the SMTP server as they are (same Message-ID, same bytes). A server
 * that refuses the recipients for good is told apart from one that is down or slow.
 */
public final class SmtpTransport {

    /** The attempt failed; {@code permanent} when trying again cannot help (the recipient refused). */
    public static final class DeliveryFailedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean permanent;

        DeliveryFailedException(String message, boolean permanent, Throwable cause) {
            super(message, cause, false, false);
            this.permanent = permanent;
        }

        public boolean isPermanent() {
            return permanent;
        }
    }

    private SmtpTransport() {
    }

    public static void send(SmtpSettings settings, byte[] mime) throws DeliveryFailedException {
        Session session = Session.getInstance(settings.properties());
        try {
            MimeLetters.FixedIdMessage message = new MimeLetters.FixedIdMessage(session, new ByteArrayInputStream(mime));
            Address[] recipients = message.getAllRecipients();
            try (Transport transport = session.getTransport()) {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                transport.sendMessage(message, recipients);
            }
        } catch (SendFailedException e) {
            boolean permanent = e.getValidSentAddresses() == null || e.getValidSentAddresses().length == 0;
            throw new DeliveryFailedException(describe(e), permanent && e.getInvalidAddresses() != null
                    && e.getInvalidAddresses().length > 0, e);
        } catch (MessagingException e) {
            throw new DeliveryFailedException(describe(e), false, e);
        }
    }

    /** What went wrong, for the case page: the exception's kind and the server's words, no content. */
    private static String describe(MessagingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().strip();
        return root.getClass().getSimpleName() + message;
    }
}
