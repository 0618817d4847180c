package org.jornada.channel.control;

import static org.jornada.channel.control.JsonFields.object;
import static org.jornada.channel.control.JsonFields.string;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.jornada.platform.control.JsonDepth;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * An "SMS Gateway for Android" webhook as an {@link Inbound}. Its body (docs/features/webhooks.md and
 * docs/features/mms.md of android-sms-gateway/docs-web, https://docs.sms-gate.app/features/webhooks/):
 * <pre>{@code
 * {"deviceId": "…", "event": "sms:received", "id": "Ey6ECgOkVVFjz3CL48B8C", "webhookId": "…",
 *  "payload": {"messageId": "abc123", "message": "…", "sender": "+9998887777", "recipient": "+1112223333",
 *              "phoneNumber": "+9998887777", "simNumber": 1, "receivedAt": "2024-06-22T15:46:11.000+07:00"}}
 * }</pre>
 * The sender is {@code payload.sender}, or {@code payload.phoneNumber} from gateways older than
 * February 2026 (deprecated there). The message id is the event's {@code id}: the docs warn that
 * {@code payload.messageId} is derived from the content and not unique, so two workers sending "1"
 * would look like one retry; the event id stays the same across the gateway's retries of one delivery.
 * <p>
 * {@code mms:received} carries metadata only, never the attachment (the gateway cannot hand it over),
 * so it arrives as a message with no text and one {@link Media} of type {@link #MMS_NOT_DELIVERED}: the
 * conversation can say that photos cannot be taken by SMS here. Every other event ({@code sms:sent},
 * {@code sms:delivered}, {@code sms:failed}, {@code system:ping}, {@code sms:data-received}) and anything
 * malformed is empty, never an exception.
 */
public final class SmsGatePayload {

    /** The type of the stand-in medium of an MMS whose content the gateway does not pass on. */
    public static final String MMS_NOT_DELIVERED = "application/x-smsgate-mms-not-delivered";
    static final String SMS_RECEIVED = "sms:received";
    static final String MMS_RECEIVED = "mms:received";

    private SmsGatePayload() {
    }

    public static Optional<Inbound> parse(byte[] body) {
        if (body == null || body.length == 0 || !JsonDepth.within(body, JsonDepth.MAX)) {
            return Optional.empty();
        }
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new ByteArrayInputStream(body))) {
            JsonValue root = reader.readValue();
            if (!(root instanceof JsonObject notification)) {
                return Optional.empty();
            }
            String event = string(notification, "event");
            if (!SMS_RECEIVED.equals(event) && !MMS_RECEIVED.equals(event)) {
                return Optional.empty();
            }
            JsonObject payload = object(notification, "payload").orElse(JsonValue.EMPTY_JSON_OBJECT);
            String id = string(notification, "id");
            String messageId = id.isEmpty() ? string(payload, "messageId") : id;
            String sender = string(payload, "sender");
            String from = sender.isEmpty() ? string(payload, "phoneNumber") : sender;
            if (messageId.isEmpty() || messageId.length() > 256) {
                return Optional.empty();
            }
            boolean mms = MMS_RECEIVED.equals(event);
            String text = mms ? "" : string(payload, "message");
            List<Media> media = mms ? List.of(new Media(messageId, MMS_NOT_DELIVERED)) : List.of();
            return PhoneNumbers.normalize(from)
                    .map(number -> new Inbound(Provider.SMSGATE, Medium.SMS, number, messageId, text, media));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
