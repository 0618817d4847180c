package org.jornada.channel.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a worker's short answers forgivingly: case, accents, surrounding punctuation and spaces do
 * not matter; "si", "sí", "1" and "yes" are one answer; numbers come as digits or words.
 */
public final class Words {

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("uno", 1), Map.entry("one", 1),
            Map.entry("dos", 2), Map.entry("two", 2), Map.entry("tres", 3), Map.entry("three", 3),
            Map.entry("cuatro", 4), Map.entry("four", 4), Map.entry("cinco", 5), Map.entry("five", 5),
            Map.entry("seis", 6), Map.entry("six", 6), Map.entry("siete", 7), Map.entry("seven", 7),
            Map.entry("ocho", 8), Map.entry("eight", 8), Map.entry("nueve", 9), Map.entry("nine", 9),
            Map.entry("cero", 0), Map.entry("zero", 0));
    private static final Set<String> YES = Set.of("si", "s", "yes", "y", "claro", "ok", "sip", "yeah");
    private static final Set<String> NO = Set.of("no", "n", "nop", "nope");

    private Words() {
    }

    /** Lower case, no accents, no punctuation around, single spaces ("¡SÍ!" is "si"). */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}¡¿«»“”‘’]+", " ").trim()
                .replaceAll("\\s+", " ");
    }

    /** The number the answer is, written as digits ("3", "3.") or a word ("tres", "three"). */
    public static Optional<Integer> number(String text) {
        String plain = plain(text);
        if (plain.matches("\\d{1,2}")) {
            return Optional.of(Integer.parseInt(plain));
        }
        return Optional.ofNullable(NUMBERS.get(plain));
    }

    /**
     * Yes ("si", "sí", "1", "yes", "si estoy en peligro"), no ("no", "2", "no gracias"), or neither. A
     * longer message that happens to start with "si" ("si nos quejamos nos corren...") is neither:
     * it is the rest of a long account that the phone sent in two parts.
     */
    public static Optional<Boolean> yesNo(String text) {
        String plain = plain(text);
        boolean brief = plain.split(" ").length <= 4;
        if (YES.contains(plain) || plain.equals("1") || (brief && (plain.startsWith("si ") || plain.startsWith("yes ")))) {
            return Optional.of(true);
        }
        if (NO.contains(plain) || plain.equals("2") || (brief && plain.startsWith("no "))) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    /** How many words the message has. */
    public static int count(String text) {
        String plain = plain(text);
        return plain.isEmpty() ? 0 : plain.split(" ").length;
    }

    /** Whether the answer is one of {@code words} (given in plain form). */
    public static boolean is(String text, String... words) {
        String plain = plain(text);
        for (String word : words) {
            if (plain.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
