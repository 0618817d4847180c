package org.jornada.escalation.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;
import org.jornada.platform.control.Messages;

/**
 * Sentences about an authority as a worker reads them on {@code /follow-up} (issue 24): in Spanish
 * the authority's name takes its article ("al Departamento de Trabajo", "a la Administración de
 * Seguridad..."), a sentence starts with a capital, and a date reads "6 de diciembre de 2026"
 * (English "December 6, 2026"), never 2026-12-06.
 */
public final class WorkerWords {

    private WorkerWords() {
    }

    /** The bundle's sentence {@code key} about the authority {@code name} (argument 0), other arguments after it. */
    public static String say(Locale locale, String key, String name, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = withArticle(name, locale);
        for (int i = 0; i < more.length; i++) {
            args[i + 1] = more[i] instanceof LocalDate day ? day(day, locale) : more[i];
        }
        return sentence(Messages.get(locale, key, args), locale);
    }

    /** A day as people of that language write it: "6 de diciembre de 2026", "December 6, 2026". */
    public static String day(LocalDate day, Locale locale) {
        return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /**
     * The name with its Spanish definite article, from its first word: "Departamento..." takes
     * "el", "Administración..." "la", "Consulados..." "los"; a name that starts with an article, an
     * acronym, a lower-case word or a word of no Spanish ending ("Consent test office") is left as it is. Other languages: the name as it is.
     */
    public static String withArticle(String name, Locale locale) {
        if (name == null || name.isBlank() || !"es".equals(locale.getLanguage())) {
            return name;
        }
        String first = name.split("[\\s,(:]+", 2)[0];
        String lower = first.toLowerCase(Locale.ROOT);
        if (Set.of("el", "la", "los", "las").contains(lower) || first.equals(first.toUpperCase(Locale.ROOT))
                || !Character.isUpperCase(first.charAt(0))) {
            return name;
        }
        String article;
        if (lower.endsWith("as") || lower.endsWith("ones")) {
            article = "las";
        } else if (lower.endsWith("os")) {
            article = "los";
        } else if (lower.endsWith("a") || lower.endsWith("ción") || lower.endsWith("sión") || lower.endsWith("dad")
                || lower.endsWith("tud")) {
            article = "la";
        } else if (lower.endsWith("o")) {
            article = "el";
        } else {
            return name; // not a Spanish noun we can tell (an English office name): as it is
        }
        return article + " " + name;
    }

    /** "a el" and "de el" contracted, the first letter a capital. */
    static String sentence(String text, Locale locale) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        if ("es".equals(locale.getLanguage())) {
            out = out.replaceAll("\\b([Aa]) el ", "$1l ").replaceAll("\\b([Dd])e el ", "$1el ");
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
