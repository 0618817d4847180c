package org.jornada.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile inputs for the public endpoints: JSON that is valid, nearly valid
 * or broken (wrong types, deep nesting, huge numbers and strings, control and bidirectional
 * characters, truncation, random bytes), header values (malformed language ranges, unknown
 * charsets, odd media types) and multipart bodies (broken boundaries, truncated parts, files that
 * start like a known type and end in garbage). The seed is printed with a failure so that a run
 * can be repeated; inputs that once failed are kept as named cases in HostileInputIT.
 */
public final class Fuzz {

    /** Put in generated header values, so a test can prove no client value reaches the log. */
    public static final String MARKER = "fuzzmark";

    private static final String[] LANGUAGES = {"es", "en", "es-", "*;q=2", ",,,", "en-US,en;q=0.9", "fr", "", " ",
        "es;q=abc", "x-" + MARKER, "en;q=1.0001", "*", "zh-Hant-TW;q=0.5, es;q=0.6", ";;;", "é", MARKER + "-\u202e"};
    private static final String[] TYPES = {"application/json", "application/json; charset=UTF-8",
        "application/json; charset=x-" + MARKER, "application/json; charset=\"utf-16\"", "text/plain", "",
        "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=",
        "application/json;charset=", "*/*", "application/" + MARKER};
    private static final String[] ODD_STRINGS = {"", " ", "\u0000", "\u202eevil\u202c", "<script>alert(1)</script>",
        "' OR '1'='1", "%00", "../../etc/passwd", "\ud83d\ude00", "\ud800", "null", "true", "-0", "1e400",
        "9".repeat(40), "\\u0000", "${jndi:ldap://x/a}", "#{7*7}", "2026 0000 0000 0000 0001"};

    private final Random random;

    public Fuzz(long seed) {
        this.random = new Random(seed);
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public int below(int bound) {
        return random.nextInt(bound);
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    public String pick(String... values) {
        return values[random.nextInt(values.length)];
    }

    public String language() {
        return chance(20) ? randomText(20, true) : pick(LANGUAGES);
    }

    public String jsonType() {
        return pick(TYPES);
    }

    /** Text of up to {@code max} characters, sometimes with controls and bidirectional marks. */
    public String randomText(int max, boolean hostile) {
        if (hostile && chance(25)) {
            return pick(ODD_STRINGS);
        }
        int length = random.nextInt(max + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                text.append((char) ('a' + random.nextInt(26)));
            } else if (kind == 6) {
                text.append(' ');
            } else if (kind == 7 && hostile) {
                text.append((char) random.nextInt(0x20));
            } else if (kind == 8) {
                String odd = "áéíóúñü¿¡€\u202e\u2066\"\\/";
                text.append(odd.charAt(random.nextInt(odd.length())));
            } else {
                text.appendCodePoint(0x80 + random.nextInt(0x2FF0));
            }
        }
        return text.toString();
    }

    /** Any JSON value, nested up to {@code depth}. */
    public String jsonValue(int depth) {
        int kind = random.nextInt(depth > 0 ? 9 : 6);
        return switch (kind) {
            case 0 -> quote(randomText(40, true));
            case 1 -> Long.toString(random.nextLong());
            case 2 -> pick("1e400", "-0", "0.5", "12345678901234567890123", "-1", "3.0");
            case 3 -> Boolean.toString(random.nextBoolean());
            case 4 -> "null";
            case 5 -> quote(randomText(2000, false));
            case 6 -> {
                StringBuilder array = new StringBuilder("[");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    array.append(i > 0 ? "," : "").append(jsonValue(depth - 1));
                }
                yield array.append(']').toString();
            }
            default -> {
                StringBuilder object = new StringBuilder("{");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    object.append(i > 0 ? "," : "").append(quote(randomText(8, true))).append(':')
                            .append(jsonValue(depth - 1));
                }
                yield object.append('}').toString();
            }
        };
    }

    /**
     * A JSON object with the endpoint's fields, each left out, given a plausible value, or given
     * any value; then, now and then, broken on purpose.
     */
    public String jsonBody(List<String> fields, List<String> plausible) {
        StringBuilder body = new StringBuilder("{");
        boolean first = true;
        for (int i = 0; i < fields.size(); i++) {
            if (chance(35)) {
                continue;
            }
            body.append(first ? "" : ",").append(quote(fields.get(i))).append(':')
                    .append(chance(50) ? plausible.get(i) : jsonValue(3));
            first = false;
        }
        if (chance(10)) {
            body.append(first ? "" : ",").append(quote(randomText(10, true))).append(':').append(jsonValue(2));
        }
        String json = body.append('}').toString();
        return chance(25) ? breakText(json) : json;
    }

    /** The text cut, padded, nested deeply or sprinkled with random characters. */
    public String breakText(String text) {
        return switch (random.nextInt(6)) {
            case 0 -> text.substring(0, random.nextInt(text.length() + 1));
            case 1 -> "[".repeat(1 + random.nextInt(3000)) + text;
            case 2 -> text + text;
            case 3 -> {
                StringBuilder b = new StringBuilder(text);
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    b.insert(random.nextInt(b.length() + 1), (char) random.nextInt(0x7f));
                }
                yield b.toString();
            }
            case 4 -> "{\"a\":".repeat(1 + random.nextInt(2000)) + "1" + "}".repeat(random.nextInt(2000));
            default -> new String(bytes(200), StandardCharsets.ISO_8859_1);
        };
    }

    public byte[] bytes(int max) {
        byte[] b = new byte[random.nextInt(max + 1)];
        random.nextBytes(b);
        return b;
    }

    /** A file that starts like one of the accepted types (or none) and goes on in garbage. */
    public byte[] fileContent() {
        byte[][] starts = {{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "OggS".getBytes(StandardCharsets.US_ASCII),
            {0, 0, 0, 24, 'f', 't', 'y', 'p', 'M', '4', 'A', ' '}, "ID3".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64}, {}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(starts[random.nextInt(starts.length)]);
        out.writeBytes(bytes(chance(5) ? 300_000 : 3000));
        return out.toByteArray();
    }

    public static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
