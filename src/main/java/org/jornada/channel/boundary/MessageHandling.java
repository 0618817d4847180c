package org.jornada.channel.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.Gsm7;
import org.jornada.channel.control.Inbound;
import org.jornada.channel.control.Media;
import org.jornada.channel.control.MediaBytes;
import org.jornada.channel.control.SmsGatePayload;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.evidence.control.UnsupportedEvidenceException;
import org.jornada.platform.control.Messages;

/**
 * Carries one verified message through: its photos and voice notes fetched from the provider and
 * cleaned like web uploads (type from the content, metadata removed), the conversation's answer,
 * the reply in the worker's medium (GSM-7, at most 3 segments by SMS), and the provider's copy of
 * the files deleted where its API allows. Never logs a number, a text or a media address.
 */
@ApplicationScoped
public class MessageHandling {

    private static final Logger LOG = Logger.getLogger(MessageHandling.class.getName());
    /** An SMS answer is at most this many segments (issue #27). */
    static final int SMS_SEGMENTS = 3;

    @Inject
    ChannelInbox inbox;

    @Inject
    EvidenceService evidence;

    @Inject
    TwilioMedia twilioMedia;

    @Inject
    WhatsAppCloud whatsapp;

    @Inject
    SmsGateClient smsgate;

    @Resource
    ManagedExecutorService executor;

    private ChannelSettings settings;

    @PostConstruct
    void init() {
        settings = ChannelSettings.read();
    }

    public ChannelSettings settings() {
        return settings;
    }

    /** The answer's text for {@code in}, ready to send in its medium (empty: say nothing). */
    public String answer(Inbound in) {
        List<CleanedEvidence> files = new ArrayList<>();
        int refused = 0;
        boolean mmsLost = false;
        List<Media> fetched = new ArrayList<>();
        for (Media media : in.media()) {
            if (SmsGatePayload.MMS_NOT_DELIVERED.equals(media.contentType())) {
                mmsLost = true;
                continue;
            }
            try {
                files.add(evidence.clean(fetch(in.provider(), media).bytes()));
                fetched.add(media);
            } catch (IOException | UnsupportedEvidenceException | RuntimeException e) {
                refused++;
            }
        }
        String text;
        try {
            text = inbox.answer(in, files, refused, mmsLost).text();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A message could not be answered: " + e.getClass().getSimpleName(), e);
            text = Messages.get(org.jornada.platform.control.SupportedLocales.DEFAULT, "channel.error");
        }
        for (Media media : fetched) {
            forgetCopy(in.provider(), media);
        }
        return in.medium() == Medium.SMS ? Gsm7.fit(text, SMS_SEGMENTS) : text;
    }

    /** Answers in the background and sends the reply through the provider's API (Meta, the SMS gateway). */
    public void answerLater(Inbound in) {
        executor.execute(() -> {
            String text = answer(in);
            if (text.isEmpty()) {
                return;
            }
            try {
                if (in.provider() == Provider.WHATSAPP_CLOUD) {
                    whatsapp.sendText(in.number(), text);
                } else if (in.provider() == Provider.SMSGATE) {
                    smsgate.send(in.number(), text);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warning("A reply could not be sent through " + in.provider() + ": " + e.getMessage());
            }
        });
    }

    private MediaBytes fetch(Provider provider, Media media) throws IOException {
        int max = EvidenceLimits.MAX_BYTES;
        return switch (provider) {
            case TWILIO -> twilioMedia.download(media.ref(), max);
            case WHATSAPP_CLOUD -> whatsapp.download(media.ref(), max);
            case SMSGATE -> throw new IOException(SmsGatePayload.MMS_NOT_DELIVERED.equals(media.contentType())
                    ? "the gateway does not pass MMS content" : "no media from the gateway");
        };
    }

    private void forgetCopy(Provider provider, Media media) {
        try {
            if (provider == Provider.TWILIO) {
                twilioMedia.delete(media.ref());
            } else if (provider == Provider.WHATSAPP_CLOUD) {
                whatsapp.delete(media.ref());
            }
        } catch (IOException | RuntimeException e) {
            LOG.fine("The provider's copy of a file was not deleted: " + e.getClass().getSimpleName());
        }
    }
}
