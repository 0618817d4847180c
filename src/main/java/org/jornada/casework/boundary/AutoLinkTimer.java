package org.jornada.casework.boundary;

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
 * Runs {@link AutoLinks} every {@code JORNADA_AUTOLINK_EVERY_SECONDS} (default 10), started once the
 * schema is ready. Two nodes running it at once make the same links (the updates are idempotent).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoLinkTimer {

    private static final Logger LOG = Logger.getLogger(AutoLinkTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    AutoLinks links;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        long every = Settings.get("JORNADA_AUTOLINK_EVERY_SECONDS").map(Long::parseLong).orElse(10L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("auto-links", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            links.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Linking new cases to the directory failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
