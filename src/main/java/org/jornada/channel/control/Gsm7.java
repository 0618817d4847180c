package org.jornada.channel.control;

import java.text.Normalizer;
import java.util.Map;

/**
 * SMS text in the GSM 03.38 7-bit alphabet (3GPP TS 23.038, section 6.2.1), so a reply costs
 * septets, not UCS-2's 70-character segments. What is in the basic set stays (Spanish keeps
 * {@code ñ Ñ é É ¿ ¡ ü Ü} and {@code à è ù ì ò}); {@code á í ó ú} lose their accent, curly quotes become
 * straight, dashes {@code -}, the ellipsis {@code ...}; other letters lose their marks where that
 * leaves a letter of the set (compatibility decomposition); anything else is {@code ?}, one per
 * character. Control and format characters other than line feed and carriage return are dropped, and so
 * are combining marks (a decomposed {@code a\u0301} is {@code a}).
 * <p>
 * The extension table's characters ({@code € [ ] { } ^ ~ | \}) stay and cost two septets each (an
 * escape and the character). A message of at most 160 septets is one segment; a longer one is sent in
 * parts of 153 (the rest is the concatenation header), and an escape is never split from its character.
 *
 * <pre>{@code
 * Gsm7.transliterate("“Información”")  // "\"Informacion\""
 * Gsm7.segments("x".repeat(161))       // 2
 * Gsm7.fit(longReply, 3)               // at most 3 segments, cut at a word and ending "..."
 * }</pre>
 */
public final class Gsm7 {

    /** The basic character set, in table order (0x1B, the escape to the extension table, left out). */
    static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** The extension table's printable characters: two septets each. */
    static final String EXTENSION = "^{}\\[~]|€";
    public static final int SINGLE = 160;
    public static final int PART = 153;
    public static final int DEFAULT_MAX_SEGMENTS = 3;
    static final String MARK = "...";
    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"), Map.entry(0x201A, "'"), Map.entry(0x201B, "'"),
            Map.entry(0x2032, "'"), Map.entry(0x00B4, "'"), Map.entry(0x0060, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""), Map.entry(0x201E, "\""), Map.entry(0x201F, "\""),
            Map.entry(0x2033, "\""), Map.entry(0x00AB, "\""), Map.entry(0x00BB, "\""),
            Map.entry(0x2010, "-"), Map.entry(0x2011, "-"), Map.entry(0x2012, "-"), Map.entry(0x2013, "-"),
            Map.entry(0x2014, "-"), Map.entry(0x2015, "-"), Map.entry(0x2212, "-"), Map.entry(0x2022, "-"),
            Map.entry(0x2026, MARK), Map.entry(0x0009, " "), Map.entry(0x00A0, " "), Map.entry(0x202F, " "),
            Map.entry(0x00B0, "o"), Map.entry(0x00E7, "c"));

    private Gsm7() {
    }

    /** {@code text} written with the GSM-7 basic and extension sets only. */
    public static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(letter(c)));
        return out.toString();
    }

    private static String letter(int c) {
        if (c < 0x10000 && (BASIC.indexOf(c) >= 0 || EXTENSION.indexOf(c) >= 0)) {
            return Character.toString(c);
        }
        String special = SPECIAL.get(c);
        if (special != null) {
            return special;
        }
        int type = Character.getType(c);
        // emoji and other symbols are dropped, not turned into "?": "gracias 🙏" reads "gracias "
        if (type == Character.OTHER_SYMBOL || type == Character.SURROGATE || c == 0xFE0F) {
            return "";
        }
        if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            return "";
        }
        String bare = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        boolean inSet = !bare.isEmpty()
                && bare.chars().allMatch(b -> BASIC.indexOf(b) >= 0 || EXTENSION.indexOf(b) >= 0);
        return inSet ? bare : "?";
    }

    /** The septets {@code text} costs once transliterated: one per character, two for the extension's. */
    public static int septets(String text) {
        String gsm = transliterate(text);
        int septets = 0;
        for (int i = 0; i < gsm.length(); i++) {
            septets += EXTENSION.indexOf(gsm.charAt(i)) >= 0 ? 2 : 1;
        }
        return septets;
    }

    /** How many SMS {@code text} is sent as (0 for no text): 1 up to 160 septets, else parts of 153. */
    public static int segments(String text) {
        String gsm = transliterate(text);
        int septets = septets(gsm);
        if (septets <= SINGLE) {
            return gsm.isEmpty() ? 0 : 1;
        }
        int parts = 1;
        int used = 0;
        for (int i = 0; i < gsm.length(); i++) {
            int cost = EXTENSION.indexOf(gsm.charAt(i)) >= 0 ? 2 : 1;
            if (used + cost > PART) {
                parts++;
                used = 0;
            }
            used += cost;
        }
        return parts;
    }

    /** {@link #fit(String, int)} with {@link #DEFAULT_MAX_SEGMENTS}. */
    public static String fit(String text) {
        return fit(text, DEFAULT_MAX_SEGMENTS);
    }

    /**
     * {@code text} transliterated, and when it needs more than {@code maxSegments} SMS, cut at the last
     * word that fits and ended with {@code "..."} (cut inside a word only when a single word would leave
     * less than half of the room).
     */
    public static String fit(String text, int maxSegments) {
        if (maxSegments < 1) {
            throw new IllegalArgumentException("at least one segment");
        }
        String gsm = transliterate(text);
        if (segments(gsm) <= maxSegments) {
            return gsm;
        }
        int room = maxSegments == 1 ? SINGLE : maxSegments * PART;
        int end = 0;
        for (int used = septets(MARK); end < gsm.length(); end++) {
            used += EXTENSION.indexOf(gsm.charAt(end)) >= 0 ? 2 : 1;
            if (used > room) {
                break;
            }
        }
        String cut = atWord(gsm, end);
        while (!cut.isEmpty() && segments(cut + MARK) > maxSegments) {
            cut = atWord(cut, cut.length() - 1);
        }
        return cut + MARK;
    }

    private static String atWord(String text, int end) {
        if (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            int space = text.lastIndexOf(' ', end);
            int line = text.lastIndexOf('\n', end);
            int boundary = Math.max(space, line);
            if (boundary > end / 2) {
                end = boundary;
            }
        }
        return text.substring(0, end).stripTrailing();
    }
}
