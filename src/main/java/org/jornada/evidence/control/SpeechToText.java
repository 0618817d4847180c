package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * The organization's own speech-to-text server ({@code JORNADA_TRANSCRIBE_URL}, e.g. a whisper.cpp
 * server's {@code http://127.0.0.1:8080/inference}): one {@code multipart/form-data} POST per
 * recording with the parts {@code file} (the cleaned recording, its content type and a file name
 * with the matching extension) and {@code response_format} = {@code json}; a 2xx answer
 * {@code {"text": "..."}} is the transcription. Anything else is a failed try. Bounded: 5 s to
 * connect, {@code timeout} for the answer, at most 1 MB read. Never logs the audio or the text.
 */
public final class SpeechToText {

    static final int MAX_ANSWER = 1 << 20;

    private final URI address;
    private final Duration timeout;
    private final HttpClient http;

    public SpeechToText(URI address, Duration timeout) {
        this.address = address;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The server named by the setting, if it is a usable http(s) address. */
    public static Optional<SpeechToText> of(Optional<String> setting, Duration timeout) {
        return setting.flatMap(value -> {
            try {
                URI uri = URI.create(value.strip());
                boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
                return web && uri.getHost() != null ? Optional.of(new SpeechToText(uri, timeout)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** What the transcripts say made them: the server's host, port and path (no credentials, no query). */
    public String engine() {
        String port = address.getPort() < 0 ? "" : ":" + address.getPort();
        String name = address.getHost() + port + (address.getPath() == null ? "" : address.getPath());
        return name.length() > 120 ? name.substring(0, 120) : name;
    }

    /** The text the server heard in {@code recording}; an exception for any failure (the caller retries). */
    public String transcribe(byte[] recording, String contentType, String fileName)
            throws IOException, InterruptedException {
        String boundary = "jornada-" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(address).timeout(timeout)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body(boundary, recording, contentType, fileName)))
                .build();
        HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = answer.body()) {
            if (answer.statusCode() / 100 != 2) {
                throw new IOException("speech-to-text answered " + answer.statusCode());
            }
            return text(readAtMost(in));
        }
    }

    /** A file name for the {@code file} part, its extension from the recording's type (some servers go by it). */
    public static String fileName(String contentType) {
        String ext = switch (contentType) {
            case "audio/ogg" -> "ogg";
            case "audio/mp4" -> "m4a";
            case "audio/mpeg" -> "mp3";
            case "audio/webm" -> "webm";
            case "audio/wav", "audio/x-wav", "audio/vnd.wave" -> "wav";
            default -> "bin";
        };
        return "recording." + ext;
    }

    /** The request's body: the {@code file} part, then {@code response_format=json}. */
    static byte[] body(String boundary, byte[] recording, String contentType, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(recording.length + 512);
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(recording);
        String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"response_format\"\r\n\r\njson\r\n--"
                + boundary + "--\r\n";
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The {@code text} of the server's JSON answer, stripped; an exception when there is none. */
    static String text(String json) throws IOException {
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject o && o.get("text") instanceof JsonString s) {
                return s.getString().strip();
            }
        } catch (RuntimeException e) {
            throw new IOException("speech-to-text answer not readable", e);
        }
        throw new IOException("speech-to-text answer has no text");
    }

    private static String readAtMost(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_ANSWER + 1);
        if (bytes.length > MAX_ANSWER) {
            throw new IOException("speech-to-text answer too long");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
