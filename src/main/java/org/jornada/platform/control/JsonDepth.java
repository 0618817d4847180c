package org.jornada.platform.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How deep a JSON text nests, counted before any parser sees it (issue #23: a body nested ~900 deep
 * overflowed the parser's recursion on the 512 KB request-thread stacks and answered 500). Every
 * {@code [} and {@code {} outside a string opens a level and every {@code ]} and {@code }} outside a
 * string closes one; inside a string a backslash escapes the next character, so {@code "a\"[["} opens
 * nothing. Nothing else is checked here (the parser still refuses malformed text): a scan keeps three
 * numbers whatever the input's size, never a copy of it, and stops at the first level past the limit.
 * <p>
 * The limit is {@link #MAX}, far beyond any body the API takes (the deepest, the wage check, nests 3)
 * and far below the depth that fills the smallest stack the launcher gives a request thread.
 * docs/security.md states it.
 *
 * <pre>{@code
 * JsonDepth scan = new JsonDepth(JsonDepth.MAX);
 * for (char c : text.toCharArray()) { if (!scan.accept(c)) { refuse(); } }
 * // or at once: JsonDepth.within(text, JsonDepth.MAX)
 * }</pre>
 */
public final class JsonDepth {

    /** The deepest nesting a JSON body may have: 64 levels of arrays and objects. */
    public static final int MAX = 64;

    private final int limit;
    private int depth;
    private boolean inString;
    private boolean escaped;

    public JsonDepth(int limit) {
        this.limit = limit;
    }

    /** Takes the next character; false once the nesting went past the limit (and from then on). */
    public boolean accept(int c) {
        if (depth > limit) {
            return false;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            return true;
        }
        switch (c) {
            case '"' -> inString = true;
            case '[', '{' -> depth++;
            case ']', '}' -> depth = Math.max(0, depth - 1);
            default -> {
                // whitespace, literals, numbers, ',' and ':' do not change the depth
            }
        }
        return depth <= limit;
    }

    /** Whether the whole text nests at most {@code limit} deep. */
    public static boolean within(CharSequence text, int limit) {
        JsonDepth scan = new JsonDepth(limit);
        for (int i = 0; i < text.length(); i++) {
            if (!scan.accept(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether JSON sent as bytes nests at most {@code limit} deep, read in the encoding the JSON-P
     * parser would find in them (UTF-8, or UTF-16/32 told by the zero bytes of RFC 4627 section 3).
     */
    public static boolean within(byte[] bytes, int limit) {
        Charset charset = encodingOf(bytes);
        if (charset != StandardCharsets.UTF_8) {
            return within(new String(bytes, charset), limit);
        }
        // UTF-8: every byte of a multi-byte character is 0x80 or more, never one the scan counts
        JsonDepth scan = new JsonDepth(limit);
        for (byte b : bytes) {
            if (!scan.accept(b & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** The encoding of JSON bytes as a JSON-P parser detects it from the first four. */
    static Charset encodingOf(byte[] b) {
        if (b.length >= 4 && b[0] == 0 && b[1] == 0) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && b[2] == 0 && b[3] == 0 && b[1] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 2 && b[0] == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && b[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16;
        }
        return StandardCharsets.UTF_8;
    }

    /** A JSON text nested past the limit: the body is refused before it is parsed. */
    public static final class TooDeepException extends IOException {
        private static final long serialVersionUID = 1L;

        public TooDeepException() {
            super("JSON nested deeper than allowed", null);
        }
    }

    /**
     * The bytes of a UTF-8 JSON body as they pass, counted on the way: the read that brings the
     * first level past the limit fails with {@link TooDeepException}. Nothing is held back or copied, so a
     * body of any size costs no memory here (its reader's own size limit still applies).
     */
    public static final class LimitedStream extends FilterInputStream {
        private final JsonDepth scan;

        public LimitedStream(InputStream in, int limit) {
            super(in);
            this.scan = new JsonDepth(limit);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && !scan.accept(b)) {
                throw new TooDeepException();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = offset; i < offset + n; i++) {
                if (!scan.accept(buffer[i] & 0xFF)) {
                    throw new TooDeepException();
                }
            }
            return n;
        }
    }

    /** Whether a failure, or one of its causes, is a body refused for its depth. */
    public static boolean isTooDeep(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TooDeepException) {
                return true;
            }
        }
        return false;
    }
}
