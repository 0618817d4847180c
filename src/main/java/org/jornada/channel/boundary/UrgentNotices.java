package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.jornada.channel.control.TextSender;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.OnCall;
import org.jornada.platform.boundary.JobLeases;
import org.jornada.platform.boundary.OrgTime;

/**
 * Urgent reports reach the on-call staff (issue #27): each run (every
 * {@code JORNADA_URGENT_EVERY_SECONDS}, {@link UrgentNoticeTimer}) finds the urgent cases of the last
 * day that have no notice yet and makes theirs ({@link UrgentNoticeBook#open}), sends the texts
 * that are due through whichever {@link TextSender} can send their medium (none configured: no
 * text notices are made), and marks the mails the outbox could not deliver. One node of a cluster
 * at a time (the {@code urgent-notices} lease); the unique (case, entry, route) keeps a case
 * noticed once whatever happens.
 */
@ApplicationScoped
public class UrgentNotices {

    private static final Logger LOG = Logger.getLogger(UrgentNotices.class.getName());

    /** Urgent cases this old or older are no longer "new". */
    static final Duration NEW = Duration.ofDays(1);
    static final int BATCH = 100;
    static final String LEASE = "urgent-notices";

    @Inject
    UrgentNoticeBook book;

    @Inject
    JobLeases leases;

    @Inject
    OnCallRoster roster;

    @Inject
    OrgTime orgTime;

    /** Every provider, whatever its qualifier (a test's fake has its own). */
    @Inject
    @Any
    Instance<TextSender> senders;

    @Inject
    Clock clock;

    /** One run; false when another node holds the lease. */
    public boolean run() {
        if (!leases.take(LEASE, Duration.ofMinutes(1))) {
            return false;
        }
        try {
            Instant now = Instant.now(clock);
            Optional<Instant> since = since(now);
            if (since.isPresent()) {
                for (UrgentNoticeBook.NewCase urgent : book.newUrgentCases(since.get(), BATCH)) {
                    open(urgent, now);
                }
            }
            for (long id : book.dueTexts(now, BATCH)) {
                book.text(id).ifPresent(text -> send(text, now));
            }
            book.settleMails();
            return true;
        } finally {
            leases.release(LEASE);
        }
    }

    /** One case's notices; a failure leaves the case for the next run and the others go on. */
    private void open(UrgentNoticeBook.NewCase urgent, Instant now) {
        try {
            book.open(urgent, now, orgTime.getZone(), medium -> sender(medium).isPresent());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Urgent notices of case " + urgent.id() + " not made: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Urgent cases from when on are looked at: the last day, and not before the oldest active entry
     * existed (a case that arrived before every entry goes to none, and would be looked at forever).
     */
    private Optional<Instant> since(Instant now) {
        return roster.active().stream().map(OnCall::getCreatedAt).min(Instant::compareTo)
                .map(oldest -> oldest.isAfter(now.minus(NEW)) ? oldest : now.minus(NEW));
    }

    private void send(UrgentNoticeBook.Text text, Instant now) {
        Optional<TextSender> sender = sender(text.medium());
        if (sender.isEmpty()) {
            book.textFailed(text.noticeId(), "no provider can send " + text.medium() + " now", now);
            return;
        }
        try {
            sender.get().send(text.medium(), text.e164(), text.words());
            book.textSent(text.noticeId(), Instant.now(clock));
        } catch (IOException | RuntimeException e) {
            // the exception's type only: a provider's message may quote the number
            LOG.warning(() -> "Urgent text notice " + text.noticeId() + " failed: " + e.getClass().getSimpleName());
            book.textFailed(text.noticeId(), text.medium() + " send failed: " + e.getClass().getSimpleName(), now);
        }
    }

    private Optional<TextSender> sender(Medium medium) {
        if (senders.isUnsatisfied()) {
            return Optional.empty();
        }
        return senders.stream().filter(s -> s.canSend(medium)).findFirst();
    }
}
