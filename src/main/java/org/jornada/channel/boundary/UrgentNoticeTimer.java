package org.jornada.channel.boundary;

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
 * Runs {@link UrgentNotices} every {@code JORNADA_URGENT_EVERY_SECONDS} (default 20), started once
 * the schema is ready, so an urgent report reaches the on-call staff within a minute.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UrgentNoticeTimer {

    private static final Logger LOG = Logger.getLogger(UrgentNoticeTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    UrgentNotices notices;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        long every = Settings.get("JORNADA_URGENT_EVERY_SECONDS").map(Long::parseLong).orElse(20L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("urgent-notices", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            notices.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Urgent notices run failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
