package org.jornada.platform.boundary;

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

/** Runs {@link Rekeying} every {@code JORNADA_REKEY_EVERY_SECONDS} (default 300) while a key is retired. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RekeyTimer {

    private static final Logger LOG = Logger.getLogger(RekeyTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Rekeying rekeying;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        long every = Settings.get("JORNADA_REKEY_EVERY_SECONDS").map(String::strip).filter(v -> v.matches("\\d{1,6}"))
                .map(Long::parseLong).filter(s -> s > 0).orElse(300L) * 1000;
        timers.createIntervalTimer(Math.min(every, 30_000), every, new TimerConfig("rekey", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            rekeying.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Re-keying failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
