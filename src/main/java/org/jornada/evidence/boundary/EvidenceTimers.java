package org.jornada.evidence.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
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
 * The evidence feature's timers, once the schema is ready: {@link Transcriptions} every
 * {@code JORNADA_TRANSCRIBE_EVERY_SECONDS} (default 30), only when {@code JORNADA_TRANSCRIBE_URL} is
 * set (issue #29); and every {@link #HELD_EVERY_MILLIS} the report form's held files past their
 * time deleted ({@link HeldUploads#purge}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EvidenceTimers {

    private static final Logger LOG = Logger.getLogger(EvidenceTimers.class.getName());
    private static final String TRANSCRIPTIONS = "transcriptions";
    private static final String HELD = "held-uploads";
    static final long HELD_EVERY_MILLIS = 5 * 60_000L;

    @Resource
    TimerService timers;

    @Inject
    Transcriptions transcriptions;

    @Inject
    HeldUploads held;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        timers.createIntervalTimer(HELD_EVERY_MILLIS, HELD_EVERY_MILLIS, new TimerConfig(HELD, false));
        if (Settings.get(TranscriptBook.SETTING).isEmpty()) {
            return;
        }
        long every = Settings.get("JORNADA_TRANSCRIBE_EVERY_SECONDS").map(Long::parseLong).orElse(30L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig(TRANSCRIPTIONS, false));
    }

    @Timeout
    void run(Timer timer) {
        if (HELD.equals(timer.getInfo())) {
            try {
                held.purge();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Deleting the report form's held files failed: " + e.getClass().getSimpleName());
            }
            return;
        }
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
