package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.jornada.channel.control.UrgentNoticeText;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.NoticeRoute;
import org.jornada.channel.entity.NoticeState;
import org.jornada.channel.entity.OnCall;
import org.jornada.channel.entity.UrgentNotice;
import org.jornada.mail.boundary.MailDelivered;
import org.jornada.mail.boundary.MailStatus;
import org.jornada.mail.boundary.Outbox;
import org.jornada.mail.control.Letter;
import org.jornada.mail.entity.MailState;
import org.jornada.platform.boundary.RelativeRedirects;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.staff.boundary.AuditTrail;

/**
 * The notices of urgent cases, one transaction per step: which new urgent cases have none yet,
 * the notices of one case (a mail queued in the outbox per entry, a text to send where the entry
 * has a phone and a provider can send its medium), the texts due, their outcome, the mails' outcome
 * from the outbox. Every notice audited, the case's id only.
 */
@ApplicationScoped
public class UrgentNoticeBook {

    static final String TOPIC = "urgent:";

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    OnCallRoster roster;

    @Inject
    AuditTrail audit;

    /** A text to send: to whom, how, what. Lives in memory only while it is sent. */
    record Text(long noticeId, Medium medium, String e164, String words) {
    }

    /** An urgent case without notices: its id and when it arrived. */
    record NewCase(long id, Instant receivedAt) {
    }

    static String topic(long caseId, long onCallId) {
        return TOPIC + caseId + ":" + onCallId;
    }

    /** Urgent cases received since {@code since} that have no notice yet, oldest first. */
    @Transactional
    public List<NewCase> newUrgentCases(Instant since, int max) {
        return em.createQuery("SELECT c.id, c.receivedAt FROM Complaint c WHERE c.urgent = TRUE"
                + " AND c.receivedAt >= :since AND c.anonymisedAt IS NULL AND NOT EXISTS (SELECT n.id FROM UrgentNotice n"
                + " WHERE n.complaintId = c.id) ORDER BY c.receivedAt, c.id", Object[].class).setParameter("since", since)
                .setMaxResults(max).getResultStream()
                .map(r -> new NewCase(((Number) r[0]).longValue(), (Instant) r[1])).toList();
    }

    /**
     * Makes the notices of one urgent case: to every active entry on duty now, or to every active
     * entry when none is; only entries that existed when the case arrived. Answers how many entries.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int open(NewCase urgent, Instant now, ZoneId zone, Predicate<Medium> canText) {
        List<OnCall> existing = roster.active().stream().filter(e -> !e.getCreatedAt().isAfter(urgent.receivedAt()))
                .toList();
        List<OnCall> onDuty = existing.stream().filter(e -> e.onDuty(now, zone)).toList();
        List<OnCall> to = onDuty.isEmpty() ? existing : onDuty;
        for (OnCall entry : to) {
            Locale language = SupportedLocales.of(entry.getLanguage());
            em.persist(new UrgentNotice(urgent.id(), entry.getId(), NoticeRoute.MAIL, now));
            outbox.queue(topic(urgent.id(), entry.getId()), new Letter(roster.mail(entry),
                    UrgentNoticeText.line(language, urgent.id()),
                    UrgentNoticeText.text(language, urgent.id(), RelativeRedirects.publicUrl()), List.of()), now);
            boolean text = entry.hasPhone() && canText.test(entry.getMedium());
            if (text) {
                em.persist(new UrgentNotice(urgent.id(), entry.getId(), NoticeRoute.TEXT, now));
            }
            audit.record(null, AuditTrail.URGENT_NOTICE_QUEUED, urgent.id(), "on-call " + entry.getId() + " by mail"
                    + (text ? " and " + entry.getMedium() : "") + (onDuty.isEmpty() ? " (none on duty: every active entry)"
                            : ""));
        }
        return to.size();
    }

    /** Text notices whose attempt is due. */
    @Transactional
    public List<Long> dueTexts(Instant now, int max) {
        return em.createQuery("SELECT n.id FROM UrgentNotice n WHERE n.route = :text AND n.state <> :sent"
                + " AND n.nextAt <= :now ORDER BY n.nextAt, n.id", Long.class).setParameter("text", NoticeRoute.TEXT)
                .setParameter("sent", NoticeState.SENT).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** What a due text notice sends; empty when its entry lost its phone meanwhile. */
    @Transactional
    public Optional<Text> text(long noticeId) {
        UrgentNotice notice = em.find(UrgentNotice.class, noticeId);
        OnCall entry = notice == null ? null : em.find(OnCall.class, notice.getOnCallId());
        if (entry == null || !entry.hasPhone()) {
            return Optional.empty();
        }
        return roster.phone(entry).map(phone -> new Text(noticeId, entry.getMedium(), phone, UrgentNoticeText.text(
                SupportedLocales.of(entry.getLanguage()), notice.getComplaintId(), RelativeRedirects.publicUrl())));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void textSent(long noticeId, Instant now) {
        UrgentNotice notice = em.find(UrgentNotice.class, noticeId);
        notice.sent(now);
        audit.record(null, AuditTrail.URGENT_NOTICE_SENT, notice.getComplaintId(), "on-call " + notice.getOnCallId()
                + " by text, attempt " + notice.getAttempts());
    }

    /** A text attempt failed; {@code error} names what failed (an exception's type), never the text. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void textFailed(long noticeId, String error, Instant now) {
        UrgentNotice notice = em.find(UrgentNotice.class, noticeId);
        notice.textFailed(error, now);
        audit.record(null, AuditTrail.URGENT_NOTICE_FAILED, notice.getComplaintId(), "on-call " + notice.getOnCallId()
                + " by text, attempt " + notice.getAttempts() + ": " + error
                + (notice.getNextAt() == null ? ", no more attempts" : ", tried again later"));
    }

    /** The outbox took an urgent mail off: sent to the server, or only written to a file (nothing sent). */
    void delivered(@Observes MailDelivered mail) {
        if (!mail.topic().startsWith(TOPIC)) {
            return;
        }
        mailNotice(mail.topic()).filter(n -> n.getState() == NoticeState.PENDING).ifPresent(notice -> {
            if (mail.written()) {
                mailFailed(notice, "no mail server: written to the data folder", 1);
            } else {
                notice.sent(mail.at());
                audit.record(null, AuditTrail.URGENT_NOTICE_SENT, notice.getComplaintId(), "on-call "
                        + notice.getOnCallId() + " by mail");
            }
        });
    }

    /** Pending mail notices whose outbox mail was refused for good or taken back: FAILED. */
    @Transactional
    public void settleMails() {
        List<UrgentNotice> pending = em.createQuery("SELECT n FROM UrgentNotice n WHERE n.route = :mail"
                + " AND n.state = :pending", UrgentNotice.class).setParameter("mail", NoticeRoute.MAIL)
                .setParameter("pending", NoticeState.PENDING).getResultList();
        for (UrgentNotice notice : pending) {
            Optional<MailStatus> status = outbox.status(topic(notice.getComplaintId(), notice.getOnCallId()));
            status.filter(s -> s.state() == MailState.REJECTED || s.state() == MailState.DROPPED)
                    .ifPresent(s -> mailFailed(notice, s.state() == MailState.REJECTED
                            ? "the mail server refused the address" : "taken back before it left", s.attempts()));
        }
    }

    private void mailFailed(UrgentNotice notice, String error, int attempts) {
        notice.mailFailed(error, attempts);
        audit.record(null, AuditTrail.URGENT_NOTICE_FAILED, notice.getComplaintId(), "on-call " + notice.getOnCallId()
                + " by mail: " + error);
    }

    private Optional<UrgentNotice> mailNotice(String topic) {
        String[] ids = topic.substring(TOPIC.length()).split(":");
        return em.createQuery("SELECT n FROM UrgentNotice n WHERE n.complaintId = :c AND n.onCallId = :o"
                + " AND n.route = :mail", UrgentNotice.class).setParameter("c", Long.parseLong(ids[0]))
                .setParameter("o", Long.parseLong(ids[1])).setParameter("mail", NoticeRoute.MAIL).getResultStream()
                .findFirst();
    }

    /** An entry leaves the list: its mails not yet gone are taken back (its notices go with the row). */
    void forget(long onCallId) {
        em.createQuery("SELECT n FROM UrgentNotice n WHERE n.onCallId = :o AND n.route = :mail", UrgentNotice.class)
                .setParameter("o", onCallId).setParameter("mail", NoticeRoute.MAIL).getResultList()
                .forEach(n -> outbox.withdraw(topic(n.getComplaintId(), onCallId), Instant.now()));
        em.createQuery("DELETE FROM UrgentNotice n WHERE n.onCallId = :o").setParameter("o", onCallId).executeUpdate();
    }

    /** The newest notices, for the on-call page. */
    public List<UrgentNotice> recent(int max) {
        return em.createQuery("SELECT n FROM UrgentNotice n ORDER BY n.createdAt DESC, n.id DESC", UrgentNotice.class)
                .setMaxResults(max).getResultList();
    }

    /** Notices of the last day that failed or are late, oldest case first. */
    public List<UrgentNotice> troubled(Instant now) {
        return em.createQuery("SELECT n FROM UrgentNotice n WHERE n.createdAt >= :since AND (n.state = :failed"
                + " OR (n.state = :pending AND n.createdAt < :late)) ORDER BY n.complaintId, n.id", UrgentNotice.class)
                .setParameter("since", now.minus(java.time.Duration.ofDays(1))).setParameter("failed", NoticeState.FAILED)
                .setParameter("pending", NoticeState.PENDING).setParameter("late", now.minus(UrgentNotice.LATE))
                .getResultList();
    }
}
