package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.MediaBytes;

/**
 * A medium a worker sent through Twilio: {@code MediaUrl{i}} of the (signed) webhook, fetched with
 * Basic authentication, the account SID taken from the URL's path ({@code /Accounts/AC…/}) and the auth
 * token, then deleted from Twilio ({@code DELETE} on the same URL) once kept. The URL is whatever the
 * webhook gave (so a test points it at loopback). Twilio answers the fetch with a redirect to its
 * content store: followed by hand, at most {@link #MAX_REDIRECTS} times, and the credentials go only to
 * the origin of the URL the webhook gave, never to the redirect's host.
 */
@ApplicationScoped
public class TwilioMedia extends ProviderClient {

    static final String PROVIDER = "Twilio";
    static final int MAX_REDIRECTS = 3;
    private static final Pattern ACCOUNT = Pattern.compile("/Accounts/(AC[0-9a-fA-F]{32})/");
    /** For CDI: the settings are read when the bean starts. */
    public TwilioMedia() {
    }

    /** Outside a container (a unit test): with these settings. */
    public TwilioMedia(ChannelSettings settings) {
        super(settings);
    }

    /** The account SID a Twilio media URL names, if it names one. */
    static Optional<String> accountOf(URI uri) {
        Matcher m = ACCOUNT.matcher(uri.getRawPath() == null ? "" : uri.getRawPath());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The medium at {@code mediaUrl}, at most {@code maxBytes}, or {@link MediaBytes.TooLargeException}. */
    public MediaBytes download(String mediaUrl, int maxBytes) throws IOException {
        URI first = uri(mediaUrl);
        String authorization = authorization(first);
        URI next = first;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpRequest.Builder request = ProviderHttp.request(next, ProviderHttp.DOWNLOAD).GET();
            if (ProviderHttp.origin(next).equals(ProviderHttp.origin(first))) {
                request.header("Authorization", authorization);
            }
            HttpResponse<InputStream> response = http.send(request.build());
            int status = response.statusCode();
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                response.body().close();
                next = redirect(next, response.headers().firstValue("Location").orElse(""));
                continue;
            }
            ProviderHttp.refuseDeclaredOver(response, maxBytes);
            String type = response.headers().firstValue("Content-Type").orElse("");
            return new MediaBytes(http.expectOk(PROVIDER, response, maxBytes), type);
        }
        throw new IOException(PROVIDER + " redirected too often", null);
    }

    /** Deletes Twilio's copy of the medium at {@code mediaUrl}. */
    public void delete(String mediaUrl) throws IOException {
        URI uri = uri(mediaUrl);
        http.exchange(PROVIDER, ProviderHttp.request(uri, ProviderHttp.ANSWER)
                .header("Authorization", authorization(uri)).DELETE().build());
    }

    private String authorization(URI uri) throws IOException {
        String account = accountOf(uri).orElseThrow(() -> new IOException("not a Twilio media URL", null));
        if (settings.twilioAuthToken() == null) {
            throw new IOException(PROVIDER + " is not configured", null);
        }
        return ProviderHttp.basic(account, settings.twilioAuthToken());
    }

    private static URI uri(String url) throws IOException {
        try {
            URI uri = URI.create(url);
            if (web(uri)) {
                return uri;
            }
        } catch (IllegalArgumentException | NullPointerException malformed) {
            // refused below
        }
        throw new IOException("not a media URL", null);
    }

    private static URI redirect(URI from, String location) throws IOException {
        try {
            URI to = from.resolve(location);
            if (web(to)) {
                return to;
            }
        } catch (IllegalArgumentException malformed) {
            // refused below
        }
        throw new IOException(PROVIDER + " redirected nowhere usable", null);
    }

    private static boolean web(URI uri) {
        return uri.getHost() != null && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()));
    }
}
