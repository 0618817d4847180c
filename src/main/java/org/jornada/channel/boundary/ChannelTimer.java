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
 * Forgets idle conversations (and the files held for them) every
 * {@code JORNADA_CHANNEL_PURGE_EVERY_SECONDS} (default 300), started once the schema is ready. A
 * conversation past its expiry is also treated as gone when its next message comes, so the purge
 * only keeps the table small; two nodes running it delete the same rows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChannelTimer {

    private static final Logger LOG = Logger.getLogger(ChannelTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ChannelInbox inbox;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        long every = Settings.get("JORNADA_CHANNEL_PURGE_EVERY_SECONDS").map(Long::parseLong).orElse(300L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("channel-purge", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            inbox.purge();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting idle conversations failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
