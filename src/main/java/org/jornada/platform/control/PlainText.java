package org.jornada.platform.control;

/**
 * Text from outside as it may be stored and shown: without control characters (line breaks and
 * tabs kept) and without the bidirectional controls (U+202A–U+202E embeddings and overrides,
 * U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C) with which a name or message can make a
 * page read backwards ("Trojan Source"-style spoofing of names, amounts and codes). Arabic or
 * Hebrew text itself is untouched: only the invisible controls go.
 */
public final class PlainText {

    private PlainText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        // every character removed here is a single UTF-16 unit, so a plain char loop is exact (and cheap)
        int length = text.length();
        StringBuilder out = null;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean keep = isKept(c);
            if (!keep && out == null) {
                out = new StringBuilder(length).append(text, 0, i);
            } else if (keep && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isKept(char c) {
        if (c == '\n' || c == '\t' || c == '\r') {
            return true;
        }
        if (Character.isISOControl(c)) {
            return false;
        }
        return !((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                || c == '\u200F' || c == '\u061C');
    }
}
