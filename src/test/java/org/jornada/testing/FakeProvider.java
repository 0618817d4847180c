package org.jornada.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A provider's API on 127.0.0.1 at an ephemeral port (the Graph API, the Android SMS gateway, Twilio's
 * media store): it answers each {@code "METHOD /path"} as told (404 otherwise) and keeps every request
 * it got, so a test checks method, path, headers and body. Nothing may call the real services.
 *
 * <pre>{@code
 * try (FakeProvider graph = FakeProvider.start()) {
 *     graph.answer("POST", "/v21.0/123/messages", 200, "application/json", "{\"messages\":[]}");
 *     ...; FakeProvider.Request sent = graph.only();
 * }
 * }</pre>
 */
public final class FakeProvider implements AutoCloseable {

    /** A request as the fake server got it; header names in lower case. */
    public record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A canned answer. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
    }

    private final HttpServer server;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private FakeProvider(HttpServer server) {
        this.server = server;
    }

    public static FakeProvider start() throws IOException {
        return start(0);
    }

    /** On a fixed port of 127.0.0.1 (the one the portal under test was told), or any free one for 0. */
    public static FakeProvider start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        FakeProvider fake = new FakeProvider(server);
        server.createContext("/", fake::handle);
        server.start();
        return fake;
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeProvider answer(String method, String path, int status, String contentType, String body) {
        return answer(method, path, status, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
    }

    public FakeProvider answer(String method, String path, int status, Map<String, String> headers, byte[] body) {
        answers.put(method + " " + path, new Answer(status, headers, body));
        return this;
    }

    /** Forgets the requests seen so far. */
    public void clear() {
        requests.clear();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The one request the server got (fails when it got none or several). */
    public Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected one request, got " + requests.size());
        }
        return requests.get(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            Map<String, List<String>> headers = new java.util.TreeMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Request(exchange.getRequestMethod(), path, headers, in.readAllBytes()));
            Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path,
                    new Answer(404, Map.of(), new byte[0]));
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
