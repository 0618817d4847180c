package org.jornada.channel.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;

/**
 * A Twilio messaging webhook's form fields (SMS and WhatsApp come to the same address) as an
 * {@link Inbound}. Only the fields named here are read: {@code From} ({@code whatsapp:+…} is WhatsApp,
 * anything else SMS), {@code Body}, {@code MessageSid}, {@code NumMedia} with {@code MediaUrl{i}} and
 * {@code MediaContentType{i}}. The location Twilio guesses from the numbers ({@link #LOCATION_FIELDS})
 * is never read, so it goes nowhere: dropped on arrival.
 * <p>
 * A request without a sender that is a phone number or without a message id is not a message:
 * empty, never an exception.
 */
public final class TwilioPayload {

    /** Twilio's guesses at where the sender and the receiving number are: never copied anywhere. */
    public static final Set<String> LOCATION_FIELDS = Set.of("FromCity", "FromState", "FromZip", "FromCountry",
            "ToCity", "ToState", "ToZip", "ToCountry");
    /** Twilio delivers at most 10 media per message. */
    static final int MAX_MEDIA = 10;
    private static final String WHATSAPP = "whatsapp:";

    private TwilioPayload() {
    }

    public static Optional<Inbound> parse(Map<String, String> form) {
        if (form == null) {
            return Optional.empty();
        }
        String from = form.getOrDefault("From", "");
        String sid = form.getOrDefault("MessageSid", form.getOrDefault("SmsMessageSid", ""));
        if (!sid.matches("[A-Za-z0-9]{1,64}")) {
            return Optional.empty();
        }
        Medium medium = from.regionMatches(true, 0, WHATSAPP, 0, WHATSAPP.length()) ? Medium.WHATSAPP : Medium.SMS;
        return PhoneNumbers.normalize(from).map(number -> new Inbound(Provider.TWILIO, medium, number, sid,
                form.getOrDefault("Body", ""), media(form)));
    }

    private static List<Media> media(Map<String, String> form) {
        int count;
        try {
            count = Math.min(MAX_MEDIA, Math.max(0, Integer.parseInt(form.getOrDefault("NumMedia", "0").strip())));
        } catch (NumberFormatException notANumber) {
            return List.of();
        }
        List<Media> media = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String url = form.get("MediaUrl" + i);
            if (url != null && (url.startsWith("https://") || url.startsWith("http://"))) {
                media.add(new Media(url, form.getOrDefault("MediaContentType" + i, "")));
            }
        }
        return media;
    }
}
