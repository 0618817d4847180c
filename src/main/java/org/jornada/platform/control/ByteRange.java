package org.jornada.platform.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One HTTP byte range (RFC 9110 section 14) of a representation of known length: what a browser's
 * {@code <audio>} asks for ({@code bytes=0-}, {@code bytes=a-b}, {@code bytes=-n}). Several ranges
 * in one header are answered with the whole file, as the RFC allows; a range that starts past the
 * end is unsatisfiable (416).
 *
 * <pre>
 * ByteRange.of("bytes=0-99", 1000)  // Optional[0-99]
 * ByteRange.of(null, 1000)          // Optional.empty(): the whole file, 200
 * </pre>
 */
public record ByteRange(long first, long last, long total) {

    private static final Pattern ONE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** Thrown for a range no byte of the file satisfies (answered 416 with {@code bytes *}{@code /total}). */
    public static final class Unsatisfiable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Unsatisfiable() {
            super(null, null, false, false);
        }
    }

    /**
     * The range asked for in {@code header} of a file of {@code total} bytes; empty for the whole
     * file (no header, several ranges, or a header this parser does not read).
     */
    public static Optional<ByteRange> of(String header, long total) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher m = ONE.matcher(header.strip());
        if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
            return Optional.empty();
        }
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0 || total == 0) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(Math.max(0, total - suffix), total - 1, total));
        }
        long first = Long.parseLong(m.group(1));
        long last = m.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(m.group(2)), total - 1);
        if (m.group(2).isEmpty() || Long.parseLong(m.group(2)) >= first) {
            if (first >= total) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(first, last, total));
        }
        return Optional.empty(); // last before first: not a valid range, the whole file (RFC 9110 14.1.1)
    }

    public int length() {
        return Math.toIntExact(last - first + 1);
    }

    /** The {@code Content-Range} value: {@code bytes 0-99/1000}. */
    public String contentRange() {
        return "bytes " + first + "-" + last + "/" + total;
    }

    /** Whether this range begins the file: a new listening, not a later chunk or a seek. */
    public boolean fromStart() {
        return first == 0;
    }
}
