package org.jornada.channel.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jornada.channel.control.MediaBytes;

/**
 * The one HTTP client of the providers' APIs: short timeouts (a provider that hangs must not hold a
 * webhook's or the outbox's thread), no redirects followed on its own (a redirect could carry the
 * credentials to another host; {@link TwilioMedia} follows its CDN redirect by hand without them), and
 * failures that name the provider and the status only: never the number, the text or the provider's
 * answer, which may quote them.
 */
final class ProviderHttp {

    static final Duration CONNECT = Duration.ofSeconds(5);
    static final Duration ANSWER = Duration.ofSeconds(10);
    /** A medium of the evidence limit (10 MB) over a slow link. */
    static final Duration DOWNLOAD = Duration.ofSeconds(60);
    /** The largest JSON answer read from a provider's API (a send result, a media URL). */
    static final int MAX_ANSWER = 64 * 1024;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<InputStream> send(HttpRequest request) throws IOException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", null);
        }
    }

    /** The answer's body when the status is 2xx (at most {@code max} bytes); otherwise an IOException. */
    byte[] expectOk(String provider, HttpResponse<InputStream> response, int max) throws IOException {
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException(provider + " answered " + response.statusCode(), null);
            }
            return read(body, max);
        }
    }

    /** Sends and expects a 2xx answer of at most {@link #MAX_ANSWER} bytes. */
    byte[] exchange(String provider, HttpRequest request) throws IOException {
        return expectOk(provider, send(request), MAX_ANSWER);
    }

    /** Refuses at once an answer whose declared length is over {@code max} (a wrong header is read as none). */
    static void refuseDeclaredOver(HttpResponse<InputStream> response, int max) throws IOException {
        long declared;
        try {
            declared = response.headers().firstValueAsLong("Content-Length").orElse(0);
        } catch (NumberFormatException wrongHeader) {
            declared = 0;
        }
        if (declared > max) {
            response.body().close();
            throw new MediaBytes.TooLargeException();
        }
    }

    static byte[] read(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            throw new MediaBytes.TooLargeException();
        }
        return bytes;
    }

    static HttpRequest.Builder request(URI uri, Duration timeout) {
        return HttpRequest.newBuilder(uri).timeout(timeout);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpRequest.BodyPublisher json(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    /** The scheme, host and port of {@code uri}: where credentials may go. */
    static String origin(URI uri) {
        return (uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort()).toLowerCase(java.util.Locale.ROOT);
    }
}
