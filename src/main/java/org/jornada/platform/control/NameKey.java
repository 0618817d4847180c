package org.jornada.platform.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The matching form of an employer or recruiter name. The DOL files carry no employer identifier
 * (reference/domain-reference.md section 5a: "do not include unique identifiers for employers"),
 * so names are matched: case, accents, punctuation, "&amp;"/"and"/"y", articles, a trailing
 * "dba ..." and legal-form suffixes (LLC, Inc., Corp., S.A. de C.V., S. de R.L. ...) do not
 * count, nor does word order. "Agrícola San José, S.A. de C.V." and "AGRICOLA SAN JOSE SA DE CV"
 * have the same key. Shared by the directory (entries, imports) and the complaints (the queue's
 * name filter and related cases match through the same keys and words).
 */
public final class NameKey {

    /** Legal forms, as words after punctuation is gone ("S.A. de C.V." is "sa de cv"). */
    private static final Set<String> LEGAL_FORMS = Set.of("llc", "inc", "incorporated", "corp", "corporation", "co",
            "company", "cos", "ltd", "limited", "lp", "llp", "lllp", "pllc", "pc", "pa", "sa", "cv", "srl", "rl",
            "sapi", "spr", "sc", "sas", "de", "s", "r", "l", "c", "v", "a", "ltda", "gmbh", "plc");
    /** Little words that names use or drop at will. */
    private static final Set<String> NOISE = Set.of("the", "and", "y", "e", "of", "de", "del", "la", "las", "el",
            "los");

    private NameKey() {
    }

    /** Lower case, no accents, letters and digits only, single spaces; "&" reads "and". */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("\\bd\\s*/\\s*b\\s*/\\s*a\\b", " dba ")
                .replaceAll("(?<=\\b\\p{L})\\.(?=\\p{L}\\b)", "")   // s.a. -> sa, c.v. -> cv
                .replace(".", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /** The name before a "dba"/"d/b/a" (the legal name); the whole name when there is none. */
    public static String legalPart(String name) {
        String folded = fold(name);
        int dba = indexOfWord(folded, "dba");
        return dba > 0 ? folded.substring(0, dba).strip() : folded;
    }

    /** The trade name after "dba", or null. */
    public static String tradePart(String name) {
        String folded = fold(name);
        int dba = indexOfWord(folded, "dba");
        return dba > 0 ? folded.substring(dba + 3).strip() : null;
    }

    private static int indexOfWord(String folded, String word) {
        String padded = " " + folded + " ";
        int at = padded.indexOf(" " + word + " ");
        return at < 0 ? -1 : at;
    }

    /** The significant words of a name, in order: legal forms at the end and little words gone. */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>(Arrays.asList(legalPart(name).split(" ")));
        words.removeIf(String::isEmpty);
        while (words.size() > 1 && LEGAL_FORMS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
        }
        List<String> significant = new ArrayList<>(words);
        significant.removeIf(NOISE::contains);
        return significant.isEmpty() ? words : significant;
    }

    /** The key two names share when they are the same business: significant words, sorted. */
    public static String of(String name) {
        return String.join(" ", words(name).stream().sorted().toList());
    }

    /** Longest key stored beside a name (the columns are 300 characters). */
    public static final int KEY_MAX = 300;
    /** Longest word kept in the word index ({@code name_word.word}). */
    public static final int WORD_MAX = 80;

    /** The key stored beside a name: null when there is no name or it has no words. */
    public static String stored(String name) {
        if (name == null) {
            return null;
        }
        String key = of(name);
        return key.isEmpty() ? null : clip(key, KEY_MAX);
    }

    /** The distinct significant words of a name as the word index keeps them. */
    public static List<String> indexWords(String name) {
        return words(name).stream().filter(w -> !w.isEmpty()).map(w -> clip(w, WORD_MAX)).distinct().toList();
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
