package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import org.jornada.channel.control.Gsm7;
import org.jornada.channel.control.TextSender;
import org.jornada.channel.entity.Medium;

/**
 * The {@link TextSender} of the portal: WhatsApp through Meta's Cloud API, SMS through the Android
 * gateway, each when it is configured. Twilio sends nothing on its own here: it answers in the
 * webhook's TwiML, so a Twilio-only portal sends nothing outside a conversation ({@link #canSend} false).
 */
@ApplicationScoped
public class ProviderSenders implements TextSender {

    @Inject
    WhatsAppCloud whatsapp;
    @Inject
    SmsGateClient smsgate;

    public ProviderSenders() {
    }

    /** Outside a container (a unit test). */
    public ProviderSenders(WhatsAppCloud whatsapp, SmsGateClient smsgate) {
        this.whatsapp = whatsapp;
        this.smsgate = smsgate;
    }

    @Override
    public boolean canSend(Medium medium) {
        return switch (medium) {
            case WHATSAPP -> whatsapp.configured();
            case SMS -> smsgate.configured();
        };
    }

    @Override
    public void send(Medium medium, String e164, String text) throws IOException {
        if (!canSend(medium)) {
            throw new IOException("no provider sends " + medium, null);
        }
        switch (medium) {
            case WHATSAPP -> whatsapp.sendText(e164, text);
            case SMS -> smsgate.send(e164, Gsm7.fit(text));
        }
    }
}
