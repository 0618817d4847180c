package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jornada.channel.control.Dialogue.Draft;
import org.jornada.channel.control.Dialogue.State;
import org.jornada.channel.control.Dialogue.Step;
import org.jornada.channel.control.Dialogue.Turn;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.junit.jupiter.api.Test;

class DialogueTest {

    private static List<String> keys(Turn turn) {
        return turn.lines().stream().map(Dialogue.Line::key).toList();
    }

    private static Turn walk(String... answers) {
        State state = null;
        Turn turn = null;
        for (String answer : answers) {
            turn = Dialogue.answer(state, answer, 0);
            state = turn.next();
        }
        return turn;
    }

    @Test
    void aWholeReportInSpanishEndsInFilingWithEveryAnswer() {
        Turn turn = walk("hola", "1", "2", "3", "Rancho López", "carolina del norte",
                "Nos descuentan la vivienda cada semana.", "no", "sí");
        Dialogue.File file = assertInstanceOf(Dialogue.File.class, turn.effect());
        Draft draft = file.draft();
        assertEquals("es", draft.language());
        assertEquals(CategoryGroup.WAGES, draft.group());
        assertEquals(Category.ILLEGAL_DEDUCTIONS, draft.category());
        assertEquals("Rancho López", draft.employer());
        assertEquals("NC", draft.state());
        assertEquals("Nos descuentan la vivienda cada semana.", draft.account());
        assertFalse(draft.danger());
        assertTrue(draft.wantsNotice());
        assertEquals(Step.CASE, turn.next().step());
    }

    @Test
    void theFirstMessageAsksForTheLanguageAndEnglishIsOnRequest() {
        Turn first = walk("Hello");
        assertEquals(List.of("channel.welcome"), keys(first));
        Turn english = Dialogue.answer(first.next(), "English", 0);
        assertEquals("en", english.next().draft().language());
        assertEquals(List.of("channel.ask.group"), keys(english));
    }

    @Test
    void coercionAndDangerAnswersGetTheHotlineBeforeAnythingElse() {
        Turn coercion = walk("x", "1", "6");
        assertEquals("channel.danger.now", keys(coercion).get(0));
        assertEquals(Step.CATEGORY, coercion.next().step());
        Turn danger = walk("x", "1", "9", "0", "0", "Me quitaron el pasaporte", "Si");
        assertEquals(List.of("channel.danger.now", "channel.ask.notify"), keys(danger));
        assertTrue(danger.next().draft().danger());
    }

    @Test
    void aGroupWithOneCategorySkipsTheCategoryQuestion() {
        Turn other = walk("x", "1", "nueve");
        assertEquals(Step.EMPLOYER, other.next().step());
        assertEquals(Category.OTHER, other.next().draft().category());
    }

    @Test
    void answersAreReadForgivingly() {
        assertEquals(Step.GROUP, walk("x", " UNO. ").next().step());
        assertEquals(Category.RECRUITMENT_FEE, walk("x", "1", "1", "1").next().draft().category());
        assertEquals("TX", walk("x", "1", "1", "1", "0", "Texas").next().draft().state());
        assertEquals("NC", walk("x", "1", "1", "1", "0", "nc").next().draft().state());
        assertEquals(true, Words.yesNo("¡SÍ!").orElseThrow());
        assertEquals(false, Words.yesNo("No.").orElseThrow());
        assertNull(walk("x", "1", "1", "1", "no se").next().draft().employer());
    }

    @Test
    void anUnknownWordRepeatsTheQuestionWithoutLosingAnswers() {
        Turn turn = walk("x", "1", "2", "banana");
        assertEquals(List.of("channel.notUnderstood", "channel.ask.category"), keys(turn));
        assertEquals(Step.CATEGORY, turn.next().step());
        assertEquals(CategoryGroup.WAGES, turn.next().draft().group());
        Turn badState = walk("x", "1", "2", "1", "Rancho", "Atlantis");
        assertEquals(Step.STATE, badState.next().step());
        assertEquals("Rancho", badState.next().draft().employer());
    }

    @Test
    void helpBackAndStopWorkAtAnyStep() {
        Turn atState = walk("x", "1", "2", "1", "Rancho");
        Turn help = Dialogue.answer(atState.next(), "AYUDA", 0);
        assertEquals(List.of("channel.help", "channel.ask.state"), keys(help));
        assertEquals(atState.next(), help.next());
        Turn back = Dialogue.answer(atState.next(), "atrás", 0);
        assertEquals(Step.EMPLOYER, back.next().step());
        Turn stop = Dialogue.answer(atState.next(), "Salir", 0);
        assertNull(stop.next());
        assertInstanceOf(Dialogue.Forget.class, stop.effect());
        assertInstanceOf(Dialogue.Forget.class, Dialogue.answer(null, "STOP", 0).effect());
    }

    @Test
    void aReceiptCodeAtAnyTimeLooksTheCaseUpAndLaterTextGoesToTheCase() {
        Turn lookup = Dialogue.answer(null, "1234 5678 9012 3456 7890", 0);
        Dialogue.Lookup found = assertInstanceOf(Dialogue.Lookup.class, lookup.effect());
        assertEquals("12345678901234567890", found.code().digits());
        assertEquals(Step.CASE, lookup.next().step());
        Turn message = Dialogue.answer(lookup.next(), "Ya me pagaron una parte", 0);
        assertEquals("Ya me pagaron una parte", assertInstanceOf(Dialogue.Post.class, message.effect()).text());
        Turn midReport = Dialogue.answer(walk("x", "1", "2").next(), "1234-5678-9012-3456-7890", 0);
        assertInstanceOf(Dialogue.Lookup.class, midReport.effect());
    }

    @Test
    void photosAndVoiceNotesAreKeptForTheReportAndCounted() {
        Turn account = Dialogue.answer(walk("x", "1", "2", "1", "0", "0").next(), "", 1);
        assertInstanceOf(Dialogue.Keep.class, account.effect());
        assertEquals(Step.DANGER, account.next().step());
        Turn file = walk("x", "1", "2", "1", "0", "0", "Ver la foto", "no", "no");
        assertEquals(0, file.next().draft().media());
        Turn kept = Dialogue.answer(walk("x", "1", "2").next(), "", 2);
        assertEquals(List.of("channel.media.kept", "channel.ask.category"), keys(kept));
        assertEquals(2, kept.next().draft().media());
    }

    @Test
    void aLongAccountSentInTwoPartsIsNotTakenForAnAnswer() {
        Turn first = walk("x", "1", "3", "1", "0", "0", "La traila esta muy sucia y el patron dice que");
        Turn rest = Dialogue.answer(first.next(), "si nos quejamos nos corre. Tambien nos cobran 60 dolares la semana.", 0);
        assertEquals(List.of("channel.account.added", "channel.ask.danger"), keys(rest));
        assertEquals(Step.DANGER, rest.next().step());
        assertTrue(rest.next().draft().account().endsWith("nos cobran 60 dolares la semana."));
        assertFalse(rest.next().draft().danger());
        assertEquals(true, Words.yesNo("si estoy en peligro").orElseThrow());
    }

    @Test
    void whereRepliesCannotReachTheWorkerOnTheirOwnTheyAreNotAskedAndTheReportIsFiled() {
        Turn danger = walk("x", "1", "2", "1", "0", "0", "No nos pagan");
        Turn filed = Dialogue.answer(danger.next(), "no", 0, false);
        Dialogue.File file = assertInstanceOf(Dialogue.File.class, filed.effect());
        assertFalse(file.draft().wantsNotice());
    }

    @Test
    void workersOwnWordsAreUnderstoodWhereTheyCanBe() {
        assertEquals("en", walk("Hi").next().draft().language(), "an English greeting, an English welcome");
        assertEquals(Step.GROUP, walk("x", "kiero reportar un abuso").next().step(), "Spanish unless asked");
        assertEquals(CategoryGroup.HOUSING, walk("x", "1", "la vivienda").next().draft().group());
        assertEquals(CategoryGroup.WAGES, walk("x", "1", "no me pagan").next().draft().group());
        assertEquals("NC", walk("x", "1", "1", "1", "0", "carolina del nte").next().draft().state());
        assertEquals("NC", walk("x", "1", "1", "1", "0", "N.C.").next().draft().state());
        assertEquals(Step.EMPLOYER, walk("x", "1", "1", "1", "2").next().step(), "a bare number is no employer");
        assertInstanceOf(Dialogue.Lookup.class, walk("mi codigo es 1234 5678 9012 3456 7890").effect());
        assertInstanceOf(Dialogue.Forget.class, walk("x", "EXIT").effect());
    }
}
