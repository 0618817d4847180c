package org.jornada.channel.control;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a short text an advocate wrote is Spanish or English, so that a phone line reads it in a
 * voice that speaks it: English text-to-speech reading Spanish words (or the other way round) is
 * not understood. Counted by the commonest short words of each language; a tie or a text with none
 * of them is said in the call's language.
 *
 * <pre>{@code
 * TextLanguage.of("Ya mandamos su caso al Departamento de Trabajo.", "en") // "es"
 * }</pre>
 */
public final class TextLanguage {

    private static final Set<String> SPANISH = Set.of("de", "la", "que", "el", "en", "y", "los", "las", "se", "del",
            "su", "sus", "por", "un", "una", "para", "con", "no", "es", "lo", "le", "les", "usted", "ustedes", "ya",
            "pero", "más", "muy", "al", "este", "esta", "hay", "fue", "está", "gracias", "hola", "nos", "sí", "cuando");
    private static final Set<String> ENGLISH = Set.of("the", "and", "to", "of", "you", "your", "is", "in", "we",
            "that", "for", "it", "with", "on", "are", "this", "be", "have", "will", "not", "our", "was", "can", "please",
            "thank", "hello", "has", "from", "an", "at", "they", "if", "would", "about", "yes");

    private TextLanguage() {
    }

    /** {@code "es"} or {@code "en"}: the language most of the text's common words are in, else {@code fallback}. */
    public static String of(String text, String fallback) {
        int spanish = 0;
        int english = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SPANISH.contains(word)) {
                spanish++;
            }
            if (ENGLISH.contains(word)) {
                english++;
            }
        }
        return spanish > english ? "es" : english > spanish ? "en" : fallback;
    }
}
