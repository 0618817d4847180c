package org.jornada.evidence.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.platform.control.Settings;

/**
 * Runs {@link Transcriptions} every {@code JORNADA_TRANSCRIBE_EVERY_SECONDS} (default 30) once the
 * schema is ready, only when {@code JORNADA_TRANSCRIBE_URL} is set (issue #29).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TranscriptionTimer {

    private static final Logger LOG = Logger.getLogger(TranscriptionTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Transcriptions transcriptions;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        if (Settings.get(TranscriptBook.SETTING).isEmpty()) {
            return;
        }
        long every = Settings.get("JORNADA_TRANSCRIBE_EVERY_SECONDS").map(Long::parseLong).orElse(30L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("transcriptions", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            transcriptions.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Transcriptions run failed: " + e.getClass().getSimpleName());
        } finally {
            running.set(false);
        }
    }
}
