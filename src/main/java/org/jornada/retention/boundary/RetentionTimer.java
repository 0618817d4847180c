package org.jornada.retention.boundary;

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
 * Runs {@link RetentionJob} every {@code JORNADA_RETENTION_EVERY_MINUTES} (default 60), first a
 * minute after the start. On several nodes only the one holding the lease does the work.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RetentionTimer {

    private static final Logger LOG = Logger.getLogger(RetentionTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    RetentionJob job;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        long every = Settings.get("JORNADA_RETENTION_EVERY_MINUTES").map(String::strip).filter(v -> v.matches("\\d{1,5}"))
                .map(Long::parseLong).filter(m -> m > 0).orElse(60L) * 60_000;
        // At each whole multiple of the period (on the hour by default): the same moment on every
        // node, so that the lease, not luck, decides which one runs (docs/retention.md)
        long first = every - System.currentTimeMillis() % every;
        timers.createIntervalTimer(Math.max(first, 1_000), every, new TimerConfig("retention", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            job.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Applying the retention periods failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
