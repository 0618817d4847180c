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
 * Every {@code JORNADA_CHANNEL_REPLIES_EVERY_SECONDS} (default 15) takes advocates' new replies to
 * the workers who asked to be told ({@link ReplyDelivery}), and every
 * {@code JORNADA_CHANNEL_PURGE_EVERY_SECONDS} (default 300) forgets idle conversations (and the
 * files held for them) and phone calls Twilio said nothing more of; started once the schema is ready. A
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

    @Inject
    ReplyDelivery replies;

    @Inject
    PhoneCalls calls;

    private long purgeEvery;
    private long lastPurge;

    private final AtomicBoolean running = new AtomicBoolean();

    public void start() {
        purgeEvery = Settings.get("JORNADA_CHANNEL_PURGE_EVERY_SECONDS").map(Long::parseLong).orElse(300L) * 1000;
        long every = Settings.get("JORNADA_CHANNEL_REPLIES_EVERY_SECONDS").map(Long::parseLong).orElse(15L) * 1000;
        timers.createIntervalTimer(every, every, new TimerConfig("channel", false));
    }

    @Timeout
    void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            replies.run();
            if (System.currentTimeMillis() - lastPurge >= purgeEvery) {
                lastPurge = System.currentTimeMillis();
                inbox.purge();
                calls.purge();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The channel's round failed: " + e.getClass().getSimpleName(), e);
        } finally {
            running.set(false);
        }
    }
}
