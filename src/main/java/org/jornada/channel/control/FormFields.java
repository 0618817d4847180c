package org.jornada.channel.control;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body (Twilio's webhook) read as it was signed: each
 * name once, in UTF-8. A name given twice, a broken escape or more than {@link #MAX_FIELDS} fields is
 * not a Twilio request: empty, and the signature check then fails.
 */
public final class FormFields {

    /** Twilio sends about 20 fields plus two per medium (at most 10): 200 leaves room and bounds the work. */
    public static final int MAX_FIELDS = 200;

    private FormFields() {
    }

    public static Optional<Map<String, String>> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return Optional.of(fields);
        }
        String[] pairs = body.split("&", MAX_FIELDS + 2);
        if (pairs.length > MAX_FIELDS) {
            return Optional.empty();
        }
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                if (fields.putIfAbsent(name, value) != null) {
                    return Optional.empty();
                }
            }
        } catch (IllegalArgumentException brokenEscape) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }
}
