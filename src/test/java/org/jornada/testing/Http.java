package org.jornada.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real HTTP against the running application, with small helpers for JSON and multipart bodies. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;

    /** @param base the application's root URL, with or without a trailing slash */
    public Http(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String url(String path) {
        return base + path;
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), headers);
    }

    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(request, headers);
    }

    /** A url-encoded form post (the fields in the body, never in the address). */
    public HttpResponse<String> postForm(String path, java.util.Map<String, String> fields, String... headers) {
        String body = fields.entrySet().stream().map(e -> java.net.URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                + "=" + java.net.URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return send(request, headers);
    }

    public HttpResponse<String> postMultipart(String path, Multipart body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "multipart/form-data; boundary=" + body.boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        return send(request, headers);
    }

    /** A GET whose answer is bytes (a PDF, a download). */
    public HttpResponse<byte[]> getBytes(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** A multipart/form-data body built by hand, as a browser sends it. */
    public static final class Multipart {
        final String boundary = "----jornada" + UUID.randomUUID().toString().replace("-", "");
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
            out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            write("\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, String contentType, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(content);
            write("\r\n");
            return this;
        }

        public String boundary() {
            return boundary;
        }

        public byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The value of a hidden input of an HTML page, by name. */
    public static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(html);
        if (!m.find()) {
            Matcher reversed = Pattern.compile("<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + Pattern.quote(name) + "\"")
                    .matcher(html);
            if (!reversed.find()) {
                throw new AssertionError("no hidden input " + name);
            }
            return reversed.group(1);
        }
        return m.group(1);
    }

    /** Names of the inputs of a page's form, by the value they carry (checkbox codes) or id. */
    public static Map<String, String> inputNamesById(String html) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = Pattern.compile("<(?:input|textarea|select)[^>]*>").matcher(html);
        while (m.find()) {
            String tag = m.group();
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(tag);
            Matcher id = Pattern.compile("id=\"([^\"]*)\"").matcher(tag);
            if (name.find() && id.find()) {
                names.put(id.group(1), name.group(1));
            }
        }
        return names;
    }

    /** A page's words without its markup, for a failure message. */
    public static String text(String html) {
        String text = html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ").strip();
        return text.substring(0, Math.min(text.length(), 1500));
    }
}
