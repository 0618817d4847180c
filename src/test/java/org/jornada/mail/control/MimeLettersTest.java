package org.jornada.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeLettersTest {

    @Test
    void aLetterBecomesOneMimeMessageWithTheChosenMessageIdAndItsAttachments() throws Exception {
        byte[] pdf = "%PDF-1.7 test".getBytes(StandardCharsets.US_ASCII);
        byte[] mime = MimeLetters.write(new Letter("whd.atlanta@example.org", "Remisión del caso 7",
                "Texto con acentos: señora", List.of(new Letter.Attachment("referral-7.pdf", "application/pdf", pdf))),
                "referrals@example.org", "<referral-7.abc@jornada>", Instant.parse("2026-11-30T12:00:00Z"));
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(mime));
        assertEquals("<referral-7.abc@jornada>", parsed.getMessageID());
        assertEquals("Remisión del caso 7", parsed.getSubject());
        Multipart parts = (Multipart) parsed.getContent();
        assertEquals(2, parts.getCount());
        assertTrue(parts.getBodyPart(0).getContent().toString().contains("señora"));
        assertEquals("referral-7.pdf", parts.getBodyPart(1).getFileName());
        assertEquals(new String(pdf, StandardCharsets.US_ASCII),
                new String(parts.getBodyPart(1).getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
    }

    @Test
    void theServerIsReadFromTheSettingsWithSensibleDefaultsAndAPasswordFile() throws Exception {
        assertTrue(SmtpSettings.from(name -> Optional.empty()).isEmpty(), "no host: no server, .eml files");
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("smtp", ".pw");
        java.nio.file.Files.writeString(secret, "s3cret\n");
        Map<String, String> env = Map.of("JORNADA_SMTP_HOST", "mail.example.org", "JORNADA_SMTP_USER", "jornada",
                "JORNADA_SMTP_PASSWORD_FILE", secret.toString());
        SmtpSettings settings = SmtpSettings.from(name -> Optional.ofNullable(env.get(name))).orElseThrow();
        assertEquals(587, settings.port(), "STARTTLS on the submission port by default");
        assertEquals(SmtpSettings.Tls.STARTTLS, settings.tls());
        assertEquals("s3cret", settings.password());
        assertEquals(SmtpSettings.DEFAULT_FROM, settings.from());
        assertEquals("true", settings.properties().get("mail.smtp.starttls.required"));
        assertTrue(!settings.toString().contains("s3cret"), "the password never reaches a log line");
        SmtpSettings smtps = SmtpSettings.from(name -> Optional.ofNullable(Map.of("JORNADA_SMTP_HOST", "h",
                "JORNADA_SMTP_TLS", "smtps").get(name))).orElseThrow();
        assertEquals(465, smtps.port());
        assertEquals("smtps", smtps.properties().get("mail.transport.protocol"));
    }
}
