package org.jornada.mail.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The organization's SMTP server, from {@code JORNADA_SMTP_HOST}, {@code _PORT}, {@code _USER},
 * {@code _PASSWORD} or {@code _PASSWORD_FILE}, {@code _FROM} and {@code _TLS}
 * ({@code starttls}, {@code smtps} or {@code none}); docs/configuration.md. No host: no server, and
 * the outbox writes {@code .eml} files instead.
 */
public record SmtpSettings(String host, int port, String user, String password, String from, Tls tls) {

    public enum Tls {
        STARTTLS, SMTPS, NONE
    }

    /** The sender when {@code JORNADA_SMTP_FROM} is not set. */
    public static final String DEFAULT_FROM = "jornada@localhost";

    /** How long a connection, a read or a write may take before the attempt counts as failed. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** The server, or empty when {@code JORNADA_SMTP_HOST} is not set. */
    public static Optional<SmtpSettings> from(Function<String, Optional<String>> settings) {
        Optional<String> host = settings.apply("JORNADA_SMTP_HOST");
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Tls tls = settings.apply("JORNADA_SMTP_TLS").map(t -> Tls.valueOf(t.toUpperCase(Locale.ROOT)))
                .orElse(Tls.STARTTLS);
        int port = settings.apply("JORNADA_SMTP_PORT").map(Integer::parseInt)
                .orElse(tls == Tls.SMTPS ? 465 : 587);
        String password = settings.apply("JORNADA_SMTP_PASSWORD")
                .or(() -> settings.apply("JORNADA_SMTP_PASSWORD_FILE").map(SmtpSettings::readFile)).orElse(null);
        return Optional.of(new SmtpSettings(host.get(), port, settings.apply("JORNADA_SMTP_USER").orElse(null),
                password, sender(settings), tls));
    }

    /** The sender address, set or not. */
    public static String sender(Function<String, Optional<String>> settings) {
        return settings.apply("JORNADA_SMTP_FROM").orElse(DEFAULT_FROM);
    }

    private static String readFile(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("JORNADA_SMTP_PASSWORD_FILE cannot be read", e);
        }
    }

    /** Jakarta Mail session properties for this server. */
    Properties properties() {
        String protocol = tls == Tls.SMTPS ? "smtps" : "smtp";
        Properties p = new Properties();
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", Integer.toString(port));
        p.put("mail." + protocol + ".auth", Boolean.toString(user != null));
        p.put("mail." + protocol + ".connectiontimeout", Long.toString(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".timeout", Long.toString(TIMEOUT.toMillis()));
        p.put("mail." + protocol + ".writetimeout", Long.toString(TIMEOUT.toMillis()));
        if (tls == Tls.STARTTLS) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        if (tls != Tls.NONE) {
            p.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        return p;
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", " + tls + ", user " + (user != null) + "]";
    }
}
