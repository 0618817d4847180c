package org.jornada.platform.boundary;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jornada.testing.Http;

/**
 * Every address of the API that reads a JSON body, and bodies nested far past the limit (issue #23:
 * ~900 levels overflowed the parser on the 512 KB request-thread stacks and answered 500).
 */
final class DeepJson {

    /** An address and the token it is called with (null: public). */
    record Endpoint(String path, String token) {
    }

    private DeepJson() {
    }

    static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** Deep bodies under every body size limit (objects 100,000 deep would be over 256 KB: 413). */
    static List<String> bodies(int depth) {
        return depth <= 10_000 ? List.of(arrays(depth), objects(depth), "{\"narrative\":\"[[[\\\"\",\"x\":"
                + arrays(depth) + "}") : List.of(arrays(depth));
    }

    static List<Endpoint> endpoints(long caseId, String supervisor, String admin) {
        List<Endpoint> all = new ArrayList<>();
        for (String path : List.of("complaints", "followup", "followup/messages", "followup/consent", "followup/erase",
                "reviews", "directory/suggest", "wage-check", "wage-check/attach")) {
            all.add(new Endpoint("/api/v1/" + path, null));
        }
        for (String step : List.of("transitions", "assignment", "messages", "notes", "entities", "directory",
                "consent-requests", "referrals")) {
            all.add(new Endpoint("/api/v1/staff/cases/" + caseId + "/" + step, supervisor));
        }
        for (String step : List.of("publish", "reject")) {
            all.add(new Endpoint("/api/v1/staff/reviews/1/" + step, supervisor));
        }
        for (String step : List.of("submit", "approve", "return", "send", "filed", "events", "moves")) {
            all.add(new Endpoint("/api/v1/staff/referrals/1/" + step, supervisor));
        }
        for (String path : List.of("accounts", "accounts/1/role", "accounts/1/tokens", "authorities", "authorities/1")) {
            all.add(new Endpoint("/api/v1/staff/" + path, admin));
        }
        return all;
    }

    static HttpResponse<String> post(Http http, Endpoint endpoint, String body, String language) {
        List<String> headers = new ArrayList<>(List.of("Accept-Language", language));
        if (endpoint.token() != null) {
            headers.addAll(List.of("Authorization", "Bearer " + endpoint.token()));
        }
        return http.postJson(endpoint.path(), body, headers.toArray(String[]::new));
    }
}
