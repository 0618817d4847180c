package org.jornada.evidence.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request a speech-to-text server gets (whisper.cpp's {@code /inference} shape) and what counts as its answer. */
class SpeechToTextTest {

    private HttpServer server;
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<byte[]> body = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{\"text\": \"  Nos deben el pago.  \"}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/inference", exchange -> {
            try (exchange) {
                contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
                body.set(exchange.getRequestBody().readAllBytes());
                byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, out.length);
                exchange.getResponseBody().write(out);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private SpeechToText client() {
        return SpeechToText.of(Optional.of("http://127.0.0.1:" + server.getAddress().getPort() + "/inference"),
                Duration.ofSeconds(5)).orElseThrow();
    }

    @Test
    void sendsTheRecordingAsTheFilePartWithJsonAskedForAndReadsTheText() throws Exception {
        byte[] audio = {'O', 'g', 'g', 'S', 0, 1, 2, 3};
        assertEquals("Nos deben el pago.", client().transcribe(audio, "audio/ogg", SpeechToText.fileName("audio/ogg")));
        String boundary = contentType.get().substring("multipart/form-data; boundary=".length());
        String sent = new String(body.get(), StandardCharsets.ISO_8859_1);
        assertEquals("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"recording.ogg\"\r\n"
                + "Content-Type: audio/ogg\r\n\r\nOggS\0\1\2\3\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"response_format\"\r\n\r\njson\r\n--" + boundary + "--\r\n", sent);
    }

    @Test
    void countsAnErrorStatusOrAnAnswerWithoutTextAsAFailedTry() {
        status = 500;
        assertThrows(IOException.class, () -> client().transcribe(new byte[1], "audio/mpeg", "recording.mp3"));
        status = 200;
        answer = "{\"error\": \"no model\"}";
        assertThrows(IOException.class, () -> client().transcribe(new byte[1], "audio/mpeg", "recording.mp3"));
        answer = "not json";
        assertThrows(IOException.class, () -> client().transcribe(new byte[1], "audio/mpeg", "recording.mp3"));
    }

    @Test
    void namesTheEngineWithoutCredentialsOrQuery() {
        assertEquals("stt.example.org:8080/inference", SpeechToText.of(Optional.of(
                "https://user:secret@stt.example.org:8080/inference?key=abc"), Duration.ofSeconds(1)).orElseThrow().engine());
    }

    @Test
    void noServerWithoutAUsableAddress() {
        assertTrue(SpeechToText.of(Optional.empty(), Duration.ofSeconds(1)).isEmpty());
        assertTrue(SpeechToText.of(Optional.of("file:///etc/passwd"), Duration.ofSeconds(1)).isEmpty());
        assertTrue(SpeechToText.of(Optional.of("not a url"), Duration.ofSeconds(1)).isEmpty());
    }
}
