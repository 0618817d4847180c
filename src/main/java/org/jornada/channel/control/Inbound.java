package org.jornada.channel.control;

import java.util.List;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;

/**
 * One message from a worker, as every provider's webhook hands it over. {@code number} is the
 * sender in E.164 after {@code PhoneNumbers.normalize} (Mexico's 521 and 52 as one); it lives only
 * in memory while the message is answered and is never logged or stored, except as the contact a
 * worker asks for. {@code messageId} is the provider's id, for answering a retry once.
 */
public record Inbound(Provider provider, Medium medium, String number, String messageId, String text,
        List<Media> media) {

    public Inbound {
        text = text == null ? "" : text;
        media = media == null ? List.of() : List.copyOf(media);
    }
}
