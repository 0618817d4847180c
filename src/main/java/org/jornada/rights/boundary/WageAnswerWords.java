package org.jornada.rights.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageAnswer.Note;
import org.jornada.rights.control.WageAnswer.PeriodResult;
import org.jornada.rights.control.WageQuestion;

/**
 * The words of a wage check's answer (issue #25, "Words a worker reads"): the one code path from a
 * {@link WageAnswer} to what people read, used by the wage check page, {@code POST
 * /api/v1/wage-check} and staff's rendering of kept answers ({@link WageAnswerJson#notes}).
 * <ul>
 * <li>{@link #summary()}: the answer's first lines, for a reader with primary schooling: how much,
 * why, what to do. Short sentences, "usted", no regulation numbers, days as "11 de mayo de 2027",
 * amounts as "$1,234.50" in both languages; the estimate's caveat once, as the last line
 * ({@link WageSummaryWords}).</li>
 * <li>{@link #advocate()}: what an advocate checks: the floor and the table row it came from, each
 * rule applied with its citation, the figures missing from the tables, the clocks, every note
 * ({@link WageAdvocateWords}).</li>
 * <li>{@link #note}: one note in words, its ISO days as long dates and its amounts as money
 * ({@link WageNoteWords}); money, hours, days and names as {@link WageWords} writes them.</li>
 * </ul>
 * Every legal fact said comes from ../shared/reference/domain-reference.md sections 2 and 3 and
 * aewr-2026.md; the bundle keys are {@code wage.sum.*} (summary) and {@code wage.adv.*} (advocate).
 * <pre>
 * WageAnswerWords words = new WageAnswerWords(answer, Visa.H2A, "NC", Locale.forLanguageTag("es"));
 * words.summary(); // ["Le deben por lo menos $86.40.", "La ley pedía por lo menos $16.16 por hora. ...", ...]
 * </pre>
 */
public final class WageAnswerWords {

    private final WageAnswer a;
    private final WageQuestion.Visa visa;
    private final Locale locale;

    /**
     * @param visa the visa the question was about (null: read from the answer where it matters)
     * @param state the question's state (two letters)
     */
    public WageAnswerWords(WageAnswer answer, WageQuestion.Visa visa, String state, Locale locale) {
        this.a = Objects.requireNonNull(answer);
        this.visa = visa;
        this.locale = SupportedLocales.supported(locale);
    }

    /** The advocate's section: the floor, each rule applied with its citation, the gaps, the clocks, the notes. */
    public record Advocate(String floor, String basis, String rule, String table, boolean notOfficial,
            String totalShortfall, List<String> deductions, List<String> threeFourths, List<String> costs,
            List<String> gaps, List<String> deadlines, List<String> notes) {
    }

    /** The answer's first lines: the total, each reason with money, what is uncertain, what to do. */
    public List<String> summary() {
        return new WageSummaryWords(a, locale).lines();
    }

    /** What an advocate reads: every figure with where it came from and the rule applied. */
    public Advocate advocate() {
        return advocateWords().advocate();
    }

    /**
     * Every note in words, but the caveat (said once, as the summary's last line) and the gaps (said
     * in their own list): the advocate's section.
     */
    public List<String> notes() {
        return advocateWords().notes();
    }

    /** Every note in words, the caveat and the gaps included: the API's {@code assumptions}. */
    public List<String> allNotes() {
        return advocateWords().allNotes();
    }

    /** A paycheck's floors with their days, when the floor changed within it ("$14.00: 29 dic – 31 dic"). */
    public List<String> floors(PeriodResult p) {
        return advocateWords().floors(p);
    }

    /**
     * One note in {@code locale}: its ISO days (yyyy-mm-dd) as long dates, its amounts as money, its
     * states by name, a table status in words. {@code args} may be the engine's objects or a kept
     * answer's strings: which argument is money or hours is known by the key, so both read the same.
     */
    public static String note(Locale locale, Note n) {
        return WageNoteWords.note(locale, n);
    }

    private WageAdvocateWords advocateWords() {
        return new WageAdvocateWords(a, visa, locale);
    }
}
