package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * Sends an SMS through an "SMS Gateway for Android" (capcom6/android-sms-gateway) with its REST API:
 * {@code POST JORNADA_SMSGATE_URL} with {@code {"textMessage":{"text":…},"phoneNumbers":["+…"]}}, Basic
 * authentication with {@code JORNADA_SMSGATE_USER} and {@code JORNADA_SMSGATE_PASSWORD} (the credentials
 * the app shows), answered 202. {@code JORNADA_SMSGATE_URL} is the whole address the gateway's docs post a
 * message to: {@code http://<phone>:8080/message} for the app's local server,
 * {@code https://api.sms-gate.app/3rdparty/v1/messages} for its cloud, the same path on a private server.
 * Sources: https://docs.sms-gate.app/features/sending-messages/ and
 * https://docs.sms-gate.app/getting-started/local-server/ (android-sms-gateway/docs-web,
 * docs/features/sending-messages.md, docs/getting-started/local-server.md). Basic is used because the
 * local server accepts nothing else; the cloud's JWT tokens expire and would need refreshing.
 * <p>
 * The gateway hands no media over: its {@code mms:received} webhook carries metadata only
 * (docs/features/mms.md), so there is no download here. {@code priority} 100 makes the phone send it
 * before queued messages and past its own rate limits (replies and urgent notices are few).
 */
@ApplicationScoped
public class SmsGateClient extends ProviderClient {

    static final String PROVIDER = "SMS gateway";
    static final int PRIORITY = 100;
    /** For CDI: the settings are read when the bean starts. */
    public SmsGateClient() {
    }

    /** Outside a container (a unit test): with these settings. */
    public SmsGateClient(ChannelSettings settings) {
        super(settings);
    }

    /** Whether texts can be sent: the gateway's address, user and password are set. */
    public boolean configured() {
        return settings.smsgateSends();
    }

    /** Sends {@code text} (already GSM-7 and fitted, see {@code Gsm7.fit}) to {@code e164}. */
    public void send(String e164, String text) throws IOException {
        String body = CachedJsonProvider.PROVIDER.createObjectBuilder()
                .add("textMessage", CachedJsonProvider.PROVIDER.createObjectBuilder().add("text", text))
                .add("phoneNumbers", CachedJsonProvider.PROVIDER.createArrayBuilder().add(e164))
                .add("priority", PRIORITY).build().toString();
        URI uri;
        try {
            uri = URI.create(settings.smsgateUrl().strip());
        } catch (IllegalArgumentException malformed) {
            throw new IOException(PROVIDER + " address is not a URL", null);
        }
        http.exchange(PROVIDER, ProviderHttp.request(uri, ProviderHttp.ANSWER)
                .header("Authorization", ProviderHttp.basic(settings.smsgateUser(), settings.smsgatePassword()))
                .header("Content-Type", "application/json").POST(ProviderHttp.json(body)).build());
    }
}
