package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.MediaBytes;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * Meta's WhatsApp Cloud API, through the Graph API at {@code JORNADA_WHATSAPP_GRAPH_URL} (default
 * {@code https://graph.facebook.com}, so a test stands a fake server in for it) with the bearer
 * {@code JORNADA_WHATSAPP_TOKEN}:
 * <ul>
 * <li>a text: {@code POST {base}/{version}/{phoneId}/messages}
 * {@code {"messaging_product":"whatsapp","to":…,"type":"text","text":{"body":…}}} (inside the 24-hour
 * window only);</li>
 * <li>the content-free template ({@code JORNADA_WHATSAPP_TEMPLATE}, default {@code jornada_new_reply},
 * no parameters: it never carries a code or a case detail), the only thing Meta lets a business send
 * outside the window;</li>
 * <li>a medium the worker sent: {@code GET {base}/{version}/{mediaId}} gives its {@code url}, fetched
 * with the same bearer; then {@code DELETE {base}/{version}/{mediaId}}.</li>
 * </ul>
 * Nothing here logs; failures name the provider and the status only.
 */
@ApplicationScoped
public class WhatsAppCloud extends ProviderClient {

    static final String PROVIDER = "WhatsApp Cloud API";
    private static final Pattern MEDIA_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Z]{2})?");
    /** For CDI: the settings are read when the bean starts. */
    public WhatsAppCloud() {
    }

    /** Outside a container (a unit test): with these settings. */
    public WhatsAppCloud(ChannelSettings settings) {
        super(settings);
    }

    /** Whether texts can be sent: an access token and a phone number id are set. */
    public boolean configured() {
        return settings.whatsappSends();
    }

    /** Sends {@code text} to {@code e164} (inside the 24-hour window Meta allows free text). */
    public void sendText(String e164, String text) throws IOException {
        JsonObject body = message(e164).add("type", "text")
                .add("text", CachedJsonProvider.PROVIDER.createObjectBuilder().add("preview_url", false).add("body", text)).build();
        post(body);
    }

    /**
     * Sends the content-free template in {@code language} ({@code es_MX}, {@code en_US}: the languages
     * the template was approved in), the only message allowed outside the 24-hour window.
     */
    public void sendTemplate(String e164, String language) throws IOException {
        if (language == null || !LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("language code like es_MX");
        }
        JsonObject template = CachedJsonProvider.PROVIDER.createObjectBuilder().add("name", settings.whatsappTemplate())
                .add("language", CachedJsonProvider.PROVIDER.createObjectBuilder().add("code", language)).build();
        post(message(e164).add("type", "template").add("template", template).build());
    }

    /** The medium {@code mediaId} (from the webhook), at most {@code maxBytes}, or {@link MediaBytes.TooLargeException}. */
    public MediaBytes download(String mediaId, int maxBytes) throws IOException {
        HttpRequest lookup = authorized(mediaUri(mediaId), ProviderHttp.ANSWER).GET().build();
        JsonObject info = json(http.exchange(PROVIDER, lookup));
        String url = info.getString("url", "");
        String type = info.getString("mime_type", "");
        if (info.containsKey("file_size") && info.get("file_size").getValueType() == JsonValue.ValueType.NUMBER
                && info.getJsonNumber("file_size").longValue() > maxBytes) {
            throw new MediaBytes.TooLargeException();
        }
        URI where = mediaLocation(url);
        HttpResponse<InputStream> response = http.send(authorized(where, ProviderHttp.DOWNLOAD).GET().build());
        ProviderHttp.refuseDeclaredOver(response, maxBytes);
        return new MediaBytes(http.expectOk(PROVIDER, response, maxBytes), type);
    }

    /** Deletes Meta's copy of {@code mediaId} (once it is kept as evidence, or refused). */
    public void delete(String mediaId) throws IOException {
        http.exchange(PROVIDER, authorized(mediaUri(mediaId), ProviderHttp.ANSWER).DELETE().build());
    }

    private jakarta.json.JsonObjectBuilder message(String e164) {
        return CachedJsonProvider.PROVIDER.createObjectBuilder().add("messaging_product", "whatsapp")
                .add("recipient_type", "individual").add("to", e164);
    }

    private void post(JsonObject body) throws IOException {
        URI uri = URI.create(settings.whatsappGraphUrl() + "/" + settings.whatsappVersion() + "/"
                + pathPart(settings.whatsappPhoneId()) + "/messages");
        http.exchange(PROVIDER, authorized(uri, ProviderHttp.ANSWER).header("Content-Type", "application/json")
                .POST(ProviderHttp.json(body.toString())).build());
    }

    private HttpRequest.Builder authorized(URI uri, java.time.Duration timeout) {
        return ProviderHttp.request(uri, timeout).header("Authorization", "Bearer " + settings.whatsappToken());
    }

    private URI mediaUri(String mediaId) {
        return URI.create(settings.whatsappGraphUrl() + "/" + settings.whatsappVersion() + "/" + pathPart(mediaId));
    }

    /** The medium's URL Meta gave: HTTPS, or the Graph API's own origin (a test's loopback server). */
    private URI mediaLocation(String url) throws IOException {
        try {
            URI uri = URI.create(url);
            URI graph = URI.create(settings.whatsappGraphUrl());
            boolean sameOrigin = ProviderHttp.origin(uri).equals(ProviderHttp.origin(graph));
            if (uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || sameOrigin)) {
                return uri;
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw new IOException(PROVIDER + " gave no usable media URL", null);
    }

    private static String pathPart(String id) {
        if (id == null || !MEDIA_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a Graph API id");
        }
        return id;
    }

    private static JsonObject json(byte[] bytes) throws IOException {
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
            return reader.readObject();
        } catch (RuntimeException malformed) {
            throw new IOException(PROVIDER + " answered no JSON object", null);
        }
    }
}
