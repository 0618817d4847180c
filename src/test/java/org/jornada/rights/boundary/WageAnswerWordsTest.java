package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.rights.control.WageAnswer;
import org.jornada.rights.control.WageCheck;
import org.jornada.rights.control.WageQuestion;
import org.jornada.rights.control.WageQuestion.Contract;
import org.jornada.rights.control.WageQuestion.Costs;
import org.jornada.rights.control.WageQuestion.Deduction;
import org.jornada.rights.control.WageQuestion.DeductionType;
import org.jornada.rights.control.WageQuestion.PayBasis;
import org.jornada.rights.control.WageQuestion.Period;
import org.jornada.rights.control.WageQuestion.Visa;
import org.junit.jupiter.api.Test;

/**
 * The words of a wage check's answer (issue #25): the summary a worker with primary schooling
 * reads (short sentences, no regulation numbers, no "a más tardar", long dates, "$1,234.50" in
 * both languages), the advocate's section and the notes, alike for a live and a kept answer.
 * The figures are the rows V21 loads (../shared/reference/domain-reference.md 1b, aewr-2026.md 1b, 1d).
 */
class WageAnswerWordsTest {

    static final Locale ES = Locale.forLanguageTag("es");
    static final Locale EN = Locale.forLanguageTag("en");

    /** The rows V21 loads as V29 ends them, on 6 Dec 2026 (ReferenceRows). */
    static final WageCheck CHECK = org.jornada.rights.control.ReferenceRows.CHECK;

    private static BigDecimal $(String amount) {
        return new BigDecimal(amount);
    }

    private static List<Period> weeks(String first, int count, String hours, String paid) {
        List<Period> weeks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate from = LocalDate.parse(first).plusWeeks(i);
            weeks.add(new Period(from, from.plusDays(6), $(hours), $(paid), null, null));
        }
        return weeks;
    }

    /** Twelve weeks in NC, paid $12.60 an hour, a housing deduction, days with no paycheck, the costs of the trip. */
    static WageQuestion twelvePaychecks() {
        return new WageQuestion(Visa.H2A, "NC", LocalDate.parse("2025-02-01"), PayBasis.HOURLY, null, null, null, null,
                weeks("2025-05-05", 12, "48", "604.80"), List.of(new Deduction("renta", $("50"), DeductionType.HOUSING)),
                new Costs($("1500"), $("190"), $("400"), false),
                new Contract(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-09-30"), $("40")));
    }

    /** California from January 2026, the job order's filing date unknown, the contract's half still to come. */
    static WageQuestion californiaFilingUnknown() {
        return new WageQuestion(Visa.H2A, "CA", null, PayBasis.HOURLY, null, null, null, null,
                weeks("2026-01-05", 2, "40", "680"), List.of(), new Costs(null, null, $("350"), false),
                new Contract(LocalDate.parse("2026-01-05"), LocalDate.parse("2027-01-03"), $("40")));
    }

    /** H-2B in Texas: visa fees due in the first week, travel at half, a recruiter paid, a meal deduction. */
    static WageQuestion texasH2b() {
        return new WageQuestion(Visa.H2B, "TX", LocalDate.parse("2025-01-10"), PayBasis.HOURLY, $("15.00"), $("15.00"),
                null, null, weeks("2025-04-07", 3, "40", "560"), List.of(new Deduction("", $("30"), DeductionType.MEALS)),
                new Costs($("800"), $("190"), $("300"), false),
                new Contract(LocalDate.parse("2025-04-07"), LocalDate.parse("2025-12-19"), $("40")));
    }

    /** H-2B in California in 2025, before the tables hold its minimum wage: a figure known to be higher is missing. */
    static WageQuestion californiaGap() {
        return new WageQuestion(Visa.H2B, "CA", null, PayBasis.HOURLY, null, null, null, null,
                weeks("2025-06-02", 1, "40", "290"), List.of(), null, null);
    }

    static final List<WageQuestion> QUESTIONS = List.of(twelvePaychecks(), californiaFilingUnknown(), texasH2b(),
            californiaGap());

    /** Sentences of a line: a full stop, question or exclamation mark followed by a space ends one. */
    static List<String> sentences(String line) {
        return List.of(line.split("(?<=[.!?])\\s+"));
    }

    private static List<String> summary(WageQuestion q, Locale locale) {
        return new WageAnswerWords(CHECK.answer(q), q.visa(), q.state(), locale).summary();
    }

    @Test
    void spanishSummarySentencesHaveFifteenWordsAtMostAndNoRegulationNumbersOrDeadlinesForCostsOwedLater() {
        for (WageQuestion q : QUESTIONS) {
            for (String line : summary(q, ES)) {
                for (String sentence : sentences(line)) {
                    int words = sentence.strip().split("\\s+").length;
                    assertTrue(words <= 15, words + " words: " + sentence);
                }
                assertFalse(line.contains("CFR") || line.contains("U.S.C.") || line.contains(" FR "), line);
                assertFalse(line.toLowerCase(ES).contains("a más tardar"), line);
                assertFalse(line.startsWith("wage."), "a text is missing from the bundle: " + line);
            }
            for (String line : summary(q, EN)) {
                assertFalse(line.contains("CFR") || line.contains("paid back by") || line.startsWith("wage."), line);
            }
            for (Locale locale : List.of(ES, EN)) {
                WageAnswerWords.Advocate advocate = new WageAnswerWords(CHECK.answer(q), q.visa(), q.state(), locale)
                        .advocate();
                List<String> said = new ArrayList<>(List.of(advocate.floor(), advocate.basis(), advocate.rule(),
                        advocate.totalShortfall()));
                for (List<String> part : List.of(advocate.deductions(), advocate.threeFourths(), advocate.costs(),
                        advocate.gaps(), advocate.deadlines(), advocate.notes())) {
                    said.addAll(part);
                }
                for (String line : said) {
                    assertFalse(line.matches("(?s).*\\bwage\\.[a-zA-Z].*") || line.contains("{") || line.contains("a más tardar"),
                            "a text is missing from the bundle: " + line);
                }
            }
        }
    }

    @Test
    void twelvePaychecksSayTheTotalEachReasonBothThreeFourthsFiguresAndTheFirstDeadlineInLongDates() {
        // NC 2025 AEWR 16.16: 12 weeks x 48 h = 576 h; owed 576 x 16.16 = 9,308.16, paid 12 x 604.80 = 7,257.60:
        // short 2,050.56. Housing 50.00 owed back (655.122(d)); travel 400.00 owed since half the contract
        // (Jul 1 2025, 655.122(h)(1)); the guarantee: no figure if the 99 days without a paycheck were worked,
        // if there was no work then: 183 days x 40/7 x 0.75 = 784.2857 h guaranteed - 576 = 208.2857 h x 16.16 =
        // 3,365.90 (worked from the exact hours, rounded once: 3,365.80 when the hours were rounded first).
        // 2,050.56 + 50.00 + 400.00 = 2,500.56.
        List<String> es = summary(twelvePaychecks(), ES);
        assertEquals("Le deben por lo menos $2,500.56.", es.get(0));
        assertEquals("La ley pedía por lo menos $16.16 por hora. A sus cheques les faltan $2,050.56.", es.get(1));
        assertTrue(es.contains("Le descontaron $50.00 por vivienda. La vivienda debe ser gratis: se lo deben devolver."),
                es.toString());
        String guarantee = es.stream().filter(l -> l.contains("tres cuartas partes")).findFirst().orElseThrow();
        assertTrue(guarantee.contains("Faltan cheques de 99 días.") && guarantee.contains("$3,365.90")
                && guarantee.contains("no le deben nada"), guarantee);
        assertTrue(es.contains("Le deben devolver $400.00 que pagó por el viaje."), es.toString());
        String fees = es.stream().filter(l -> l.contains("reclutador")).findFirst().orElseThrow();
        assertEquals("Sobre lo que pagó al reclutador, pregunte a un defensor.", fees, "H-2A fees: no figure");
        // the SWA complaint, 2 years from the first short week (May 11 2025; reference section 3)
        assertTrue(es.contains("El primer plazo para reclamar termina el 11 de mayo de 2027."), es.toString());
        assertEquals("Es un cálculo, no una promesa. Un defensor lo revisará con usted.", es.get(es.size() - 1));
        assertEquals(1, es.stream().filter(l -> l.contains("no una promesa")).count(), "the caveat once");

        List<String> en = summary(twelvePaychecks(), EN);
        assertEquals("You are owed at least $2,500.56.", en.get(0));
        assertTrue(en.contains("The first time limit to claim ends on May 11, 2027."), en.toString());
    }

    @Test
    void anUnknownFilingDateGivesBothRulesAndTravelOwedLaterSaysFromWhenNeverBy() {
        // CA 2025 AEWR 19.97 (direct) for a job order filed before Oct 2 2025: 80 h x 19.97 = 1,597.60, paid 1,360.00,
        // short 237.60. Filed on or after: Skill I 16.45 - 3.00 housing = 13.45 < CA minimum 16.90, paid 17.00: nothing
        // (aewr-2026.md 1e). Half the contract (Jan 5 2026 - Jan 3 2027) is Jul 5 2026.
        List<String> es = summary(californiaFilingUnknown(), ES);
        // the filing date decides: nothing under the new rule, $237.60 under the older one (issue #25, rule 6)
        assertEquals("Puede que le deban hasta $237.60.", es.get(0));
        assertEquals("Esto vale para una orden de trabajo presentada antes del 2 de octubre de 2025. Si fue después, no"
                + " encontramos dinero que le deban. Busque la fecha en su orden de trabajo.", es.get(1));
        // the half (Jul 5 2026) has passed but the paychecks stop in January: owed if the worker worked until then
        assertTrue(es.contains("Pagó $350.00 por el viaje. Se lo deben devolver si trabajó hasta la mitad del contrato."
                + " Esa mitad fue el 5 de julio de 2026."), es.toString());
        assertTrue(es.contains("Su contrato le garantiza tres cuartas partes de las horas prometidas. Se revisa al final"
                + " del contrato, el 3 de enero de 2027."), es.toString());
    }

    @Test
    void aMissingFigureKnownToBeHigherMeansNoExactFigure() {
        // CA has a 16.90 minimum in the tables from 2026 only: June 2025 falls back to no state figure, known higher
        List<String> es = summary(californiaGap(), ES);
        assertEquals("Con lo que escribió, no podemos dar una cifra exacta.", es.get(0));
        assertTrue(es.contains("Nos falta el salario mínimo de California para esas fechas. Puede que le deban más."),
                es.toString());
        WageAnswerWords.Advocate advocate = new WageAnswerWords(CHECK.answer(californiaGap()), Visa.H2B, "CA", ES).advocate();
        // 40 hours that week: each $1 an hour above the 7.25 used adds $40.00; the nearest row, 16.90 from Jan 1 2026
        assertEquals(List.of("Nuestras tablas no tienen el salario mínimo de California del 2 de junio de 2025 al 8 de"
                + " junio de 2025. En esos días trabajó 40 horas: cada $1 por hora que ese mínimo pase del mínimo usado"
                + " suma $40.00. La cifra más cercana que conocemos: $16.90 por hora, desde el 1 de enero de 2026."),
                advocate.gaps());
        assertFalse(advocate.notes().stream().anyMatch(n -> n.contains("Nuestras tablas no tienen")), "said once");
    }

    @Test
    void h2bCostsAndTheThreeFourthsRuleAreSaidWithTheirCitationsForTheAdvocate() {
        WageAnswer a = CHECK.answer(texasH2b());
        List<String> es = new WageAnswerWords(a, Visa.H2B, "TX", ES).summary();
        assertTrue(es.contains("Le deben devolver $190.00 que pagó por la visa."), es.toString());
        assertTrue(es.contains("Le deben devolver $800.00 que pagó al reclutador."), es.toString());
        assertTrue(es.contains("Un defensor revisará si le podían descontar $30.00."), es.toString());
        WageAnswerWords.Advocate advocate = new WageAnswerWords(a, Visa.H2B, "TX", ES).advocate();
        assertTrue(advocate.costs().stream().anyMatch(c -> c.contains("20 CFR 655.20(j)(2)")), advocate.costs().toString());
        assertTrue(advocate.threeFourths().get(0).contains("20 CFR 655.20(f)"), advocate.threeFourths().toString());
        assertTrue(advocate.deductions().get(0).startsWith("Comida: le descontaron $30.00"), advocate.deductions().toString());
        assertTrue(advocate.notes().stream().anyMatch(n -> n.contains("(sin descripción)")), advocate.notes().toString());
    }

    @Test
    void everyNoteOfALiveAnswerReadsTheSameFromTheKeptAnswerWithLongDatesAndMoney() {
        for (WageQuestion q : QUESTIONS) {
            WageAnswer a = CHECK.answer(q);
            for (Locale locale : List.of(ES, EN)) {
                List<String> live = a.assumptions().stream().map(n -> WageAnswerWords.note(locale, n)).toList();
                assertEquals(live, WageAnswerJson.notes(WageAnswerJson.kept(a), locale), q.toString());
                for (String note : live) {
                    assertFalse(note.startsWith("wage.") || note.matches(".*\\d{4}-\\d{2}-\\d{2}.*")
                            || note.contains("{"), note);
                }
            }
        }
        WageAnswer.Note paid = WageAnswer.Note.of("wage.note.deduction.HOUSING", "renta", new BigDecimal("1234.5"));
        assertEquals("Le descontaron $1,234.50 por vivienda (renta). En la H-2A la vivienda es gratis (20 CFR"
                + " 655.122(d)): se lo deben devolver.", WageAnswerWords.note(ES, paid));
        assertEquals("La garantía de tres cuartos se mide sobre todo el contrato cuando termina, el 11 de mayo de 2027"
                + " (20 CFR 655.122(i)). Antes de ese día todavía no se debe.",
                WageAnswerWords.note(ES, WageAnswer.Note.of("wage.note.threeFourthsNotYet", "2027-05-11")));
    }

    @Test
    void aPaycheckAcrossARateChangeSaysEachFloorWithItsDays() {
        // CA: the 2025 AEWR 19.97 ends for a job order filed on or after Oct 2 2025; from Jan 1 2026 the
        // state minimum 16.90 binds over 16.45 - 3.00 (aewr-2026.md 1e). A paycheck Dec 29 - Jan 4 has both.
        WageQuestion q = new WageQuestion(Visa.H2A, "CA", LocalDate.parse("2025-11-01"), PayBasis.HOURLY, null, null,
                null, null, weeks("2025-12-29", 1, "35", "600"), List.of(), null, null);
        WageAnswer a = CHECK.answer(q);
        List<String> floors = new WageAnswerWords(a, Visa.H2A, "CA", ES).floors(a.periods().get(0));
        assertEquals(2, floors.size(), floors.toString());
        assertTrue(floors.get(1).startsWith("$16.90: 1\u00a0ene"), floors.toString());
    }
}
