package org.jornada.evidence.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.jornada.evidence.control.SpeechToText;
import org.jornada.platform.boundary.JobLeases;
import org.jornada.platform.control.Settings;

/**
 * Sends the due recordings to the organization's speech-to-text server (issue #29), one node of a
 * cluster at a time (the {@code transcriptions} lease), outside any transaction while the server
 * works: each recording is opened in one transaction, sent with a bounded wait
 * ({@code JORNADA_TRANSCRIBE_TIMEOUT_SECONDS}, default 120), and its answer sealed in another, or
 * the try counted ({@link org.jornada.evidence.entity.EvidenceTranscript#failed}). With no
 * {@code JORNADA_TRANSCRIBE_URL} nothing is sent. Logs only ids and failure kinds, never the audio
 * or the text.
 */
@ApplicationScoped
public class Transcriptions {

    private static final Logger LOG = Logger.getLogger(Transcriptions.class.getName());
    static final String LEASE = "transcriptions";
    static final int BATCH = 10;

    @Inject
    TranscriptBook book;

    @Inject
    JobLeases leases;

    /** One run with the configured server; false when none is set or another node holds the lease. */
    public boolean run() {
        return run(SpeechToText.of(Settings.get(TranscriptBook.SETTING), timeout()));
    }

    /** One run with {@code server}: with none, nothing leaves the portal. */
    public boolean run(Optional<SpeechToText> server) {
        if (server.isEmpty()) {
            return false;
        }
        Duration timeout = timeout();
        if (!leases.take(LEASE, timeout.multipliedBy(BATCH).plusMinutes(1))) {
            return false;
        }
        try {
            for (long id : book.due(BATCH)) {
                book.recording(id).ifPresent(r -> send(server.get(), r));
            }
            return true;
        } finally {
            leases.release(LEASE);
        }
    }

    private void send(SpeechToText server, TranscriptBook.Recording recording) {
        try {
            String text = server.transcribe(recording.content(), recording.contentType(),
                    SpeechToText.fileName(recording.contentType()));
            book.done(recording.evidenceId(), text, server.engine());
        } catch (IOException e) {
            LOG.info(() -> "Transcription of evidence " + recording.evidenceId() + " failed: " + e.getClass().getSimpleName());
            book.failed(recording.evidenceId());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            book.failed(recording.evidenceId());
        }
    }

    private static Duration timeout() {
        return Duration.ofSeconds(Settings.get("JORNADA_TRANSCRIBE_TIMEOUT_SECONDS").map(Long::parseLong).orElse(120L));
    }
}
