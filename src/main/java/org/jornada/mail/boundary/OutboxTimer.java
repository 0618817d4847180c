package org.jornada.mail.boundary;

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
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.platform.control.Settings;

/**
 * Runs the outbox every {@code JORNADA_OUTBOX_EVERY_SECONDS} (default 15), started once the
 * schema is ready. Several nodes may run it: each mail is claimed by one of them.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    OutboxDelivery delivery;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        long every = Settings.get("JORNADA_OUTBOX_EVERY_SECONDS").map(Long::parseLong).orElse(15L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("mail-outbox", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            delivery.deliverDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox run failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
