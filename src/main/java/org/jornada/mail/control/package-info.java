/**
 * Mail control: a mail as a feature writes it ({@code Letter}), made into MIME bytes with the
 * Message-ID the outbox chose ({@code MimeLetters}), and handed as they are to the organization's
 * SMTP server ({@code SmtpTransport}, configured by {@code SmtpSettings} from
 * {@code JORNADA_SMTP_*}); plain logic without a container.
 */
package org.jornada.mail.control;
