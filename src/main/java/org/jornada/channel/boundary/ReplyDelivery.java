package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.jornada.channel.control.Gsm7;
import org.jornada.channel.entity.MessageCase;
import org.jornada.channel.entity.Provider;
import org.jornada.platform.boundary.JobLeases;
import org.jornada.platform.control.Messages;

/**
 * Takes advocates' replies to the worker's channel on its own, only for a worker who asked to be
 * told of replies (their number is then the case's contact, given with consent):
 * <ul>
 * <li>WhatsApp (Cloud API) inside the 24-hour window after the worker's last message: the replies
 * themselves;</li>
 * <li>WhatsApp outside the window: only the content-free template ("there is a new reply: send your
 * code"), never the code or the case;</li>
 * <li>SMS through the Android gateway: the same content-free notice as a text (an SMS may be read by
 * anyone holding the phone);</li>
 * <li>Twilio: nothing is sent on its own (answers go only in the webhook's TwiML), so the replies
 * wait for the worker's next message, as they do for everyone else.</li>
 * </ul>
 * A failed send is tried again on the next round; what was sent is remembered on {@link MessageCase}.
 */
@ApplicationScoped
public class ReplyDelivery {

    private static final Logger LOG = Logger.getLogger(ReplyDelivery.class.getName());

    @Inject
    ReplyNews news;

    @Inject
    WhatsAppCloud whatsapp;

    @Inject
    SmsGateClient smsgate;

    @Inject
    JobLeases leases;

    /** One round: every case with news sent once; answers how many were sent. */
    public int run() {
        if (!leases.take("channel-replies", Duration.ofMinutes(1))) {
            return 0;
        }
        int sent = 0;
        try {
            for (ReplyNews.Due due : news.due()) {
                try {
                    boolean inChat = send(due);
                    news.done(due.caseId(), due.newest(), inChat);
                    sent++;
                } catch (IOException | RuntimeException e) {
                    LOG.warning("A reply notice could not be sent through " + due.provider() + ": "
                            + e.getClass().getSimpleName());
                }
            }
        } finally {
            leases.release("channel-replies");
        }
        return sent;
    }

    private boolean send(ReplyNews.Due due) throws IOException {
        String notice = Messages.get(due.locale(), "channel.reply.notice");
        if (due.provider() == Provider.WHATSAPP_CLOUD && due.inWindow()) {
            List<String> lines = new ArrayList<>();
            for (String reply : due.replies()) {
                lines.add(Messages.get(due.locale(), "channel.reply.from", reply));
            }
            whatsapp.sendText(due.number(), String.join("\n\n", lines));
            return true;
        }
        if (due.provider() == Provider.WHATSAPP_CLOUD) {
            whatsapp.sendTemplate(due.number(), "en".equals(due.locale().getLanguage()) ? "en_US" : "es_MX");
        } else {
            smsgate.send(due.number(), Gsm7.fit(notice, MessageHandling.SMS_SEGMENTS));
        }
        return false;
    }
}
