package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.channel.entity.MessageCase;
import org.jornada.channel.entity.Provider;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.platform.control.SupportedLocales;

/**
 * The advocates' replies that are news to workers who asked to be told of them, read and marked
 * in transactions of their own ({@link ReplyDelivery} sends between the two, outside any).
 */
@ApplicationScoped
@Transactional
public class ReplyNews {

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    WhatsAppCloud whatsapp;

    @Inject
    SmsGateClient smsgate;

    @Inject
    Clock clock;

    /** One case's news: where to send it, and what. */
    public record Due(long caseId, Provider provider, boolean inWindow, String number, Locale locale, List<String> replies,
            Instant newest) {
    }

    public List<Due> due() {
        Instant now = Instant.now(clock);
        List<Due> due = new ArrayList<>();
        List<MessageCase> cases = em.createQuery("SELECT m FROM MessageCase m WHERE m.wantsNotice = TRUE AND"
                + " m.provider <> :twilio", MessageCase.class).setParameter("twilio", Provider.TWILIO).getResultList();
        for (MessageCase known : cases) {
            if (known.getProvider() == Provider.WHATSAPP_CLOUD ? !whatsapp.configured() : !smsgate.configured()) {
                continue;
            }
            Instant after = known.newsAfter();
            List<String> replies = new ArrayList<>();
            Instant newest = null;
            for (MessageThread.Entry entry : thread.latest(known.getComplaintId(), 20)) {
                if (entry.from() == MessageAuthor.ADVOCATE && entry.at().isAfter(after)) {
                    replies.add(entry.text());
                    newest = entry.at();
                }
            }
            if (newest == null) {
                continue;
            }
            Complaint complaint = intake.find(known.getComplaintId()).orElse(null);
            if (complaint == null || complaint.getContactChannel() == ContactChannel.NONE
                    || complaint.getContactSealed() == null || !complaint.isConsentToContact()) {
                known.stopNotices();
                continue;
            }
            due.add(new Due(known.getComplaintId(), known.getProvider(), known.windowOpenAt(now),
                    intake.contactOf(complaint), SupportedLocales.of(complaint.getLanguage()), replies, newest));
        }
        return due;
    }

    public void done(long caseId, Instant newest, boolean inChat) {
        MessageCase known = em.find(MessageCase.class, caseId);
        if (known == null) {
            return;
        }
        if (inChat) {
            known.repliesGivenUpto(newest);
        } else {
            known.notifiedUpto(newest);
        }
    }
}
