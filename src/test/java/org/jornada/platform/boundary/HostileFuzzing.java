package org.jornada.platform.boundary;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jornada.testing.Fuzz;
import org.jornada.testing.Http;

/**
 * Generated input for every public endpoint (issue #8: at least 1,000 each, in the test run): the
 * JSON APIs, the evidence upload, the search and profile reads, and the worker pages' forms, with
 * hostile headers mixed in. Any answer of 500 or more is a failure, kept with the request that
 * caused it (endpoint, seed, input) so that it can be replayed and added to the named cases.
 */
final class HostileFuzzing {

    private final Http http;
    private final long seed;
    private final Fuzz fuzz;
    private final List<String> failures = new ArrayList<>();

    HostileFuzzing(Http http, long seed) {
        this.http = http;
        this.seed = seed;
        this.fuzz = new Fuzz(seed);
    }

    List<String> failures() {
        return failures;
    }

    /** Sends {@code perEndpoint} inputs to each endpoint; how many went to each. */
    Map<String, Integer> run(int perEndpoint) {
        Map<String, Supplier<HttpRequest.Builder>> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /api/v1/complaints", () -> json("/api/v1/complaints", fuzz.jsonBody(
                List.of("language", "visaType", "categories", "employerName", "recruiterName", "worksiteState",
                        "startedOn", "endedOn", "narrative", "inDanger", "contact", "consentToContact"),
                List.of("\"es\"", "\"H2A\"", "[\"UNPAID_HOURS\"]", Fuzz.quote(fuzz.randomText(30, true)), "null",
                        "\"GA\"", "\"2026-03\"", "\"2026-13\"", Fuzz.quote(fuzz.randomText(300, true)), "true",
                        "{\"channel\":\"WHATSAPP\",\"value\":\"+52 55 1234 5678\"}", "false"))));
        endpoints.put("POST /api/v1/followup", () -> json("/api/v1/followup", fuzz.jsonBody(List.of("receipt"),
                List.of(Fuzz.quote(fuzz.randomText(30, true))))));
        endpoints.put("POST /api/v1/followup/messages", () -> json("/api/v1/followup/messages",
                fuzz.jsonBody(List.of("receipt", "text"), List.of("\"2026 0000 0000 0000 0001\"",
                        Fuzz.quote(fuzz.randomText(200, true))))));
        endpoints.put("POST /api/v1/followup/consent", () -> json("/api/v1/followup/consent",
                fuzz.jsonBody(List.of("receipt", "requestId", "allow"), List.of("\"2026 0000 0000 0000 0001\"",
                        fuzz.pick("1", "-1", "99999999999999999999", "1.5", "\"x\"", "null"),
                        fuzz.pick("true", "false", "\"yes\"", "1", "null")))));
        endpoints.put("POST /api/v1/reviews", () -> json("/api/v1/reviews", fuzz.jsonBody(
                List.of("entityType", "entityId", "overall", "aspects", "season", "text", "receipt"),
                List.of("\"EMPLOYER\"", Integer.toString(fuzz.below(50)), Integer.toString(fuzz.below(8)),
                        "{\"housing\":" + fuzz.below(7) + "}", "\"2026\"", Fuzz.quote(fuzz.randomText(100, true)),
                        "\"1234 5678 9012 3456 7890\""))));
        endpoints.put("POST /api/v1/directory/suggest", () -> json("/api/v1/directory/suggest",
                fuzz.jsonBody(List.of("q", "field"), List.of(Fuzz.quote(fuzz.randomText(20, true)),
                        fuzz.pick("\"employer\"", "\"recruiter\"", "\"x\"")))));
        endpoints.put("POST /api/v1/followup/evidence", this::evidence);
        endpoints.put("GET /api/v1/directory/search", () -> get("/api/v1/directory/search?q="
                + encode(fuzz.randomText(30, true)) + (fuzz.chance(30) ? "&kind=" + encode(fuzz.randomText(8, true)) : "")
                + (fuzz.chance(20) ? "&limit=" + encode(fuzz.pick("-1", "0", "99999999999", "x")) : "")));
        endpoints.put("GET /api/v1/{kind}/{id}", () -> get("/api/v1/" + fuzz.pick("employers", "recruiters", "agents")
                + "/" + encode(fuzz.chance(50) ? Long.toString(fuzz.below(1000) - 10) : fuzz.randomText(12, true))));
        endpoints.put("GET /api/v1/job-check", () -> get("/api/v1/job-check?" + fuzz.pick("caseNumber", "employer",
                "recruiter", "state", "lang") + "=" + encode(fuzz.randomText(40, true)) + (fuzz.chance(50) ? "&"
                + fuzz.pick("employer", "recruiter", "state") + "=" + encode(fuzz.randomText(12, true)) : "")));
        endpoints.put("GET worker pages", () -> get(fuzz.pick("/", "/report", "/follow-up", "/directory", "/employers/",
                "/recruiters/", "/wage-check", "/job-check", "/rights", "/rights/pay", "/rights/") + (fuzz.chance(60) ? fuzz.below(100) : "") + "?lang=" + encode(fuzz.randomText(6, true))
                + "&q=" + encode(fuzz.randomText(20, true))));
        endpoints.put("POST /report", this::reportForm);
        endpoints.put("POST /api/v1/wage-check", () -> json("/api/v1/wage-check" + fuzz.pick("", "/attach"),
                fuzz.jsonBody(List.of("visa", "state", "jobOrderFiledOn", "payBasis", "hourlyRate", "periods", "costs",
                        "contract", "receipt", "calculation"), List.of(fuzz.pick("\"H-2A\"", "\"H-2B\"", "\"x\""),
                        fuzz.pick("\"NC\"", "\"ZZ\"", Fuzz.quote(fuzz.randomText(5, true))),
                        fuzz.pick("\"2025-10-02\"", "\"2025-13-40\"", "\"99999-01-01\""), fuzz.pick("\"HOURLY\"", "1"),
                        fuzz.pick("14.5", "-1", "1e400", "\"x\"", "99999999999999999999.99999"),
                        "[{\"from\":\"2025-05-05\",\"to\":" + fuzz.pick("\"2025-05-11\"", "\"2024-01-01\"", "7")
                                + ",\"hours\":" + fuzz.pick("40", "-1", "1e308", "\"x\"") + ",\"paid\":"
                                + fuzz.pick("560", "null", "[]") + "}]",
                        "{\"visaFees\":" + fuzz.pick("190", "-5", "\"x\"") + ",\"reimbursed\":" + fuzz.pick("true", "\"no\"") + "}",
                        "{\"start\":\"2000-01-01\",\"end\":" + fuzz.pick("\"2100-12-31\"", "\"1999-01-01\"", "3")
                                + ",\"hoursPerWeek\":" + fuzz.pick("40", "0", "999999") + "}",
                        Fuzz.quote(fuzz.randomText(30, true)), fuzz.pick("{\"visa\":\"H-2A\",\"state\":\"NC\"}", "[]",
                                Fuzz.quote(fuzz.randomText(30, true)))))));
        endpoints.put("POST /wage-check", this::wageCheckForm);
        endpoints.put("POST /follow-up", this::followUpForm);

        Map<String, Integer> sent = new LinkedHashMap<>();
        for (int i = 0; i < perEndpoint; i++) {
            for (Map.Entry<String, Supplier<HttpRequest.Builder>> endpoint : endpoints.entrySet()) {
                HttpRequest.Builder request = endpoint.getValue().get();
                if (fuzz.chance(30)) {
                    String language = fuzz.language();
                    try {
                        request.setHeader("Accept-Language", language);
                    } catch (IllegalArgumentException notSendable) {
                        // a value the HTTP client itself refuses to send: a legal odd one instead
                        request.setHeader("Accept-Language", "*;q=2, " + Fuzz.MARKER);
                    }
                }
                int status;
                try {
                    status = http.send(request).statusCode();
                } catch (RuntimeException e) {
                    failures.add(endpoint.getKey() + " #" + i + " (seed " + seed + "): no answer: " + e);
                    continue;
                }
                if (status >= 500) {
                    failures.add(endpoint.getKey() + " #" + i + " (seed " + seed + "): " + status);
                }
                sent.merge(endpoint.getKey(), 1, Integer::sum);
            }
        }
        return sent;
    }

    private HttpRequest.Builder json(String path, String body) {
        String type = fuzz.chance(85) ? "application/json" : fuzz.jsonType();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(path)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return type.isEmpty() ? request : request.header("Content-Type", type);
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(http.url(path))).GET();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder evidence() {
        Http.Multipart body = new Http.Multipart();
        if (fuzz.chance(80)) {
            body.field("receipt", fuzz.chance(50) ? "2026 0000 0000 0000 0001" : fuzz.randomText(30, true));
        }
        if (fuzz.chance(85)) {
            body.file(fuzz.pick("file", "files", "x"), fuzz.randomText(20, true).replace("\"", ""),
                    fuzz.pick("image/jpeg", "application/pdf", "audio/mp4", "text/html", ""), fuzz.fileContent());
        }
        return multipart("/api/v1/followup/evidence", body);
    }

    private HttpRequest.Builder reportForm() {
        Http.Multipart body = new Http.Multipart().field("report", "report")
                .field("jakarta.faces.ViewState", fuzz.chance(80) ? "stateless" : fuzz.randomText(30, true));
        String[] fields = {"narrative", "employerName", "recruiterName", "worksiteState", "startedOn", "endedOn",
            "visa", "danger", "channel", "contact-value", "token", "lang", "j_idt17:0:cat", "j_idt17:5:cat"};
        for (String field : fields) {
            if (fuzz.chance(60)) {
                body.field(field, fuzz.chance(20) ? fuzz.pick("H2A", "yes", "WHATSAPP", "DOCUMENTS_TAKEN", "GA")
                        : fuzz.randomText(fuzz.chance(5) ? 30_000 : 80, true));
            }
        }
        if (fuzz.chance(20)) {
            body.file("files", "foto.jpg", "image/jpeg", fuzz.fileContent());
        }
        body.field(fuzz.pick("submit", "find-names", "nothing"), "x");
        return multipart("/report", body);
    }

    private HttpRequest.Builder followUpForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("open", "open");
        fields.put("jakarta.faces.ViewState", fuzz.chance(80) ? "stateless" : fuzz.randomText(20, true));
        fields.put("code", fuzz.chance(30) ? "2026 0000 0000 0000 000" + fuzz.below(10) : fuzz.randomText(30, true));
        fields.put(fuzz.pick("open-case", "lang", "x"), fuzz.randomText(5, true));
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        if (fuzz.chance(15)) {
            body = fuzz.breakText(body);
        }
        return HttpRequest.newBuilder(URI.create(http.url("/follow-up")))
                .header("Content-Type", fuzz.chance(90) ? "application/x-www-form-urlencoded" : fuzz.jsonType())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    /** The wage check page's form with odd rows, fields and actions (never a 5xx, docs/security.md). */
    private HttpRequest.Builder wageCheckForm() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("rows", fuzz.pick("1", "2", "-3", "99999999999", fuzz.randomText(5, true)));
        fields.put("do", fuzz.pick("check", "add", "attach", fuzz.randomText(8, true)));
        fields.put("visa", fuzz.pick("H-2A", "H-2B", fuzz.randomText(6, true)));
        fields.put("state", fuzz.pick("NC", "CA", fuzz.randomText(4, true)));
        fields.put("periods[" + fuzz.pick("0", "1", "59", "60", "-1", "x") + "]." + fuzz.pick("hours", "paid", "from", "x"),
                fuzz.pick("40", "14,50", "$1,200.00", "1.200,00", "2025-05-05", fuzz.randomText(20, true)));
        fields.put("contract.start", fuzz.pick("2025-05-01", fuzz.randomText(10, true)));
        fields.put("contract.hoursPerWeek", fuzz.pick("40", "0", fuzz.randomText(10, true)));
        fields.put("calculation", fuzz.pick("{\"visa\":\"H-2A\",\"state\":\"NC\"}", fuzz.randomText(60, true)));
        fields.put("receipt", fuzz.chance(30) ? "2026 0000 0000 0000 000" + fuzz.below(10) : fuzz.randomText(30, true));
        fields.put(fuzz.randomText(12, true), fuzz.randomText(12, true));
        String body = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(java.util.stream.Collectors.joining("&"));
        if (fuzz.chance(15)) {
            body = fuzz.breakText(body);
        }
        return HttpRequest.newBuilder(URI.create(http.url(fuzz.pick("/wage-check", "/report"))))
                .header("Content-Type", fuzz.chance(90) ? "application/x-www-form-urlencoded" : fuzz.jsonType())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder multipart(String path, Http.Multipart body) {
        byte[] bytes = body.bytes();
        String type = "multipart/form-data; boundary=" + body.boundary();
        if (fuzz.chance(10)) {
            bytes = java.util.Arrays.copyOf(bytes, fuzz.below(bytes.length + 1)); // truncated
        } else if (fuzz.chance(5)) {
            type = fuzz.pick("multipart/form-data", "multipart/form-data; boundary=" + "b".repeat(100),
                    "multipart/form-data; boundary=\"\"", "application/x-www-form-urlencoded", fuzz.jsonType());
        }
        return HttpRequest.newBuilder(URI.create(http.url(path))).header("Content-Type", type.isEmpty() ? "x/y" : type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    static String describe(HttpResponse<?> response) {
        return response.statusCode() + " " + response.uri();
    }
}
