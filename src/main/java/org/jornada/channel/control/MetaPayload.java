package org.jornada.channel.control;

import static org.jornada.channel.control.JsonFields.object;
import static org.jornada.channel.control.JsonFields.objects;
import static org.jornada.channel.control.JsonFields.string;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.jornada.platform.control.JsonDepth;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * A WhatsApp Cloud API webhook (Meta's "messages" notification) as the messages it carries: one
 * POST may hold several entries, changes and messages, so the answer is a list, in their order.
 * Read per message: {@code from}, {@code id}, {@code type}; the text of {@code text.body}, of a
 * quick-reply {@code button.text} or an {@code interactive} reply's title, or a medium's caption; the
 * media id and {@code mime_type} of {@code image}, {@code audio}, {@code video}, {@code document},
 * {@code sticker}. Anything else a message says (a shared location, contacts, the sender's profile name
 * under {@code value.contacts}) is not read; such a message arrives with no text, so the conversation
 * answers with its help. A reaction and WhatsApp's {@code system} notices are no messages, and
 * {@code statuses[]} (delivery receipts) carry none.
 * <p>
 * JSON-P over the raw bytes, counted by {@link JsonDepth} first (at most {@link JsonDepth#MAX} deep):
 * the platform's {@code ApiBodies} maps the API's own request records and refuses unknown fields, which
 * suits a body we define, not Meta's open-ended one. Malformed or unexpected JSON is an empty list,
 * never an exception.
 */
public final class MetaPayload {

    static final Set<String> MEDIA_TYPES = Set.of("image", "audio", "video", "document", "sticker");
    /** A reaction to one of our messages and WhatsApp's own notices (a changed number) ask for no answer. */
    static final Set<String> NOT_MESSAGES = Set.of("reaction", "system");
    /** More messages than Meta ever batches in one POST: the rest are not read. */
    static final int MAX_MESSAGES = 100;

    private MetaPayload() {
    }

    public static List<Inbound> parse(byte[] body) {
        if (body == null || body.length == 0 || !JsonDepth.within(body, JsonDepth.MAX)) {
            return List.of();
        }
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new ByteArrayInputStream(body))) {
            JsonValue root = reader.readValue();
            if (!(root instanceof JsonObject notification)
                    || !"whatsapp_business_account".equals(string(notification, "object"))) {
                return List.of();
            }
            List<Inbound> found = new ArrayList<>();
            for (JsonObject entry : objects(notification, "entry")) {
                for (JsonObject change : objects(entry, "changes")) {
                    JsonObject value = object(change, "value").orElse(JsonValue.EMPTY_JSON_OBJECT);
                    for (JsonObject message : objects(value, "messages")) {
                        if (found.size() < MAX_MESSAGES) {
                            message(message).ifPresent(found::add);
                        }
                    }
                }
            }
            return found;
        } catch (RuntimeException malformed) {
            return List.of();
        }
    }

    private static Optional<Inbound> message(JsonObject message) {
        String id = string(message, "id");
        String type = string(message, "type");
        if (id.isEmpty() || id.length() > 256 || NOT_MESSAGES.contains(type)) {
            return Optional.empty();
        }
        String text = "";
        List<Media> media = new ArrayList<>();
        if ("text".equals(type)) {
            text = object(message, "text").map(t -> string(t, "body")).orElse("");
        } else if ("button".equals(type)) {
            text = object(message, "button").map(b -> string(b, "text")).orElse("");
        } else if ("interactive".equals(type)) {
            text = object(message, "interactive").map(MetaPayload::replyTitle).orElse("");
        } else if (MEDIA_TYPES.contains(type)) {
            Optional<JsonObject> medium = object(message, type);
            text = medium.map(m -> string(m, "caption")).orElse("");
            medium.filter(m -> !string(m, "id").isEmpty())
                    .ifPresent(m -> media.add(new Media(string(m, "id"), string(m, "mime_type"))));
        }
        String body = text;
        return PhoneNumbers.normalize(string(message, "from"))
                .map(number -> new Inbound(Provider.WHATSAPP_CLOUD, Medium.WHATSAPP, number, id, body, media));
    }

    private static String replyTitle(JsonObject interactive) {
        return object(interactive, "button_reply").or(() -> object(interactive, "list_reply"))
                .map(reply -> string(reply, "title")).orElse("");
    }
}
