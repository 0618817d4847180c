package org.jornada.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.jornada.mail.control.SmtpSettings;
import org.jornada.mail.control.SmtpTransport;
import org.jornada.platform.control.DataDirectory;
import org.jornada.platform.control.Settings;

/**
 * Sends what is due: each mail claimed by this node, handed to the SMTP server, recorded as sent;
 * a failure waits its backoff ({@code JORNADA_OUTBOX_RETRY_SECONDS}, doubled per attempt, at most an
 * hour). With no server configured, each mail is written to {@code outbox/} in the data folder.
 * At least once, never twice in practice: only a node that dies between the server's answer and
 * the record sends again, and then with the same Message-ID (docs/architecture.md).
 */
@ApplicationScoped
public class OutboxDelivery {

    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    /** This node's name in claims: random per start, nothing about the machine. */
    static final String NODE = "node-" + UUID.randomUUID().toString().substring(0, 8);

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Inject
    Outbox outbox;

    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<OutboxGate> gates;

    /** Sends the mails due at {@code now}; how many left the outbox (sent or written). */
    public int deliverDue(Instant now) {
        return deliverDue(now, SmtpSettings.from(Settings::get));
    }

    /** The same with the server given (none: write .eml files), for a run that must not depend on the settings. */
    public int deliverDue(Instant now, Optional<SmtpSettings> smtp) {
        int done = 0;
        for (long id : outbox.due(now, 20)) {
            Optional<byte[]> mime = outbox.claim(id, NODE, now);
            if (mime.isEmpty()) {
                continue;
            }
            if (!mayLeave(id)) {
                outbox.dropClaimed(id, now);
                LOG.info(() -> "Mail " + id + " dropped before it left: its feature withdrew it");
                continue;
            }
            if (smtp.isEmpty()) {
                outbox.written(id, write(id, mime.get(), now), now);
                done++;
                continue;
            }
            try {
                SmtpTransport.send(smtp.get(), mime.get());
                outbox.sent(id, Instant.now());
                done++;
            } catch (SmtpTransport.DeliveryFailedException e) {
                LOG.warning(() -> "Mail " + id + " not sent (" + (e.isPermanent() ? "refused" : "will retry") + "): "
                        + e.getMessage());
                outbox.failed(id, e.getMessage(), now, retryBase(), e.isPermanent());
            }
        }
        return done;
    }

    /** Every feature's gate, asked right before the mail is handed over (or written to a file). */
    private boolean mayLeave(long id) {
        String topic = outbox.topicOf(id).orElse("");
        for (OutboxGate gate : gates) {
            if (!gate.mayLeave(topic)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a server is configured (the pages say where mail goes). */
    public static boolean hasServer() {
        return SmtpSettings.from(Settings::get).isPresent();
    }

    /** The folder the .eml files go to when no server is configured: {@code outbox/}, created 0700. */
    public static Path folder() {
        return DataDirectory.folder("outbox");
    }

    static Duration retryBase() {
        return Duration.ofSeconds(Settings.get("JORNADA_OUTBOX_RETRY_SECONDS").map(Long::parseLong).orElse(60L));
    }

    private String write(long id, byte[] mime, Instant now) {
        String topic = outbox.topicOf(id).orElse("mail").replaceAll("[^A-Za-z0-9-]", "-");
        String name = FILE_TIME.format(now) + "-" + topic + "-" + id + ".eml";
        try {
            // created 0600 and in a 0700 folder, never world-readable for a moment
            DataDirectory.writePrivate(folder().resolve(name), mime);
            return "outbox/" + name;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The outbox folder cannot be written", e);
        }
    }
}
