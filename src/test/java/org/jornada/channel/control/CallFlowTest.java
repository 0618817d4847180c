package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.channel.control.CallFlow.Call;
import org.jornada.channel.control.CallFlow.Heard;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.channel.control.CallFlow.Turn;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.complaint.entity.Category;
import org.junit.jupiter.api.Test;

/** The phone line's call flow, one whole call per branch, without a provider or a database. */
class CallFlowTest {

    private static final String RECORDING = "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1";

    private static Heard keys(String digits) {
        return new Heard(digits, null, false);
    }

    /** The keys of every line the turn says, in order, inside gathers too. */
    private static List<String> said(Turn turn) {
        List<String> out = new ArrayList<>();
        collect(turn.parts(), out);
        return out;
    }

    private static void collect(List<CallPart> parts, List<String> out) {
        for (CallPart part : parts) {
            if (part instanceof CallPart.Say say) {
                out.add(say.line().key());
            } else if (part instanceof CallPart.Gather gather) {
                collect(gather.inside(), out);
            } else if (part instanceof CallPart.Code) {
                out.add("CODE");
            } else if (part instanceof CallPart.Hangup) {
                out.add("HANGUP");
            }
        }
    }

    /** Walks a call from its first webhook through the answers, each posted at the step the call is at. */
    private static Turn walk(Heard... answers) {
        Turn turn = CallFlow.start();
        for (Heard heard : answers) {
            turn = CallFlow.answer(turn.next(), turn.next().step(), heard);
        }
        return turn;
    }

    @Test
    void aCallStartsWithTheLanguageMenuInBothLanguages() {
        Turn turn = CallFlow.start();
        assertEquals(Step.LANGUAGE, turn.next().step());
        CallPart.Gather gather = assertInstanceOf(CallPart.Gather.class, turn.parts().get(2));
        assertEquals(1, gather.digits());
        assertEquals(List.of("es", "en"), gather.inside().stream().map(p -> ((CallPart.Say) p).language()).toList());
        assertInstanceOf(CallPart.Redirect.class, turn.parts().get(3), "nothing pressed: asked again");
    }

    @Test
    void aReportWithARecordingIsFiledWithItsCategoryDangerAndRecordingThenTheCodeIsReadTwice() {
        Turn turn = walk(keys("2"), keys("1"), keys("1"), new Heard("", RECORDING, false));
        assertEquals(Step.DANGER, turn.next().step());
        assertEquals("en", turn.next().language());
        assertEquals(Category.BELOW_REQUIRED_WAGE, turn.next().category());
        turn = CallFlow.answer(turn.next(), Step.DANGER, keys("2"));
        CallFlow.File file = assertInstanceOf(CallFlow.File.class, turn.effect());
        assertEquals(RECORDING, file.call().recording());
        assertFalse(file.call().danger());
        Turn filed = CallFlow.filed(file.call(), turn.parts(), "2026 0000 1111 2222 3333", false, true);
        List<String> words = said(filed);
        assertEquals(2, words.stream().filter("CODE"::equals).count(), "read twice: " + words);
        assertTrue(words.contains("call.ask.repeat"), "offered once more");
        assertFalse(words.contains("call.filed.noRecording"));
        assertEquals(Step.FILED, filed.next().step());
        assertNull(filed.next().recording(), "the provider's address is not kept after filing");
        Turn again = CallFlow.answer(filed.next(), Step.FILED, keys("1"));
        assertEquals(List.of("call.code.is", "CODE", "call.goodbye", "HANGUP"), said(again));
        assertNull(again.next(), "the call is forgotten");
    }

    @Test
    void dangerNowSaysTheHotlineAtOnceBeforeFiling() {
        Turn turn = walk(keys("1"), keys("1"), keys("4"), new Heard("", RECORDING, false), keys("1"));
        assertEquals(List.of("call.danger.now"), said(turn));
        assertTrue(assertInstanceOf(CallFlow.File.class, turn.effect()).call().danger());
        Turn filed = CallFlow.filed(turn.next(), turn.parts(), "2026 0000 1111 2222 3333", true, true);
        assertEquals("call.danger.now", said(filed).get(0), "the hotline first");
        assertTrue(said(filed).contains("channel.filed.urgent"));
    }

    @Test
    void papersThreatsOrDebtsSayTheHotlineBeforeTheStoryAndMapToACoercionCategory() {
        Turn turn = walk(keys("1"), keys("1"), keys("3"));
        assertEquals("call.danger.now", said(turn).get(0));
        assertTrue(turn.next().category().isUrgent());
        assertInstanceOf(CallPart.Record.class, turn.parts().stream().filter(CallPart.Record.class::isInstance)
                .findFirst().orElseThrow());
    }

    @Test
    void theStoryIsRecordedUpToFiveMinutesAndAskedAgainWhenNothingWasRecorded() {
        Turn turn = walk(keys("1"), keys("1"), keys("5"));
        CallPart.Record record = (CallPart.Record) turn.parts().stream().filter(CallPart.Record.class::isInstance)
                .findFirst().orElseThrow();
        assertEquals(300, record.maxSeconds());
        assertEquals(Category.OTHER, turn.next().category());
        Turn silent = CallFlow.answer(turn.next(), Step.STORY, keys(""));
        assertEquals(Step.STORY, silent.next().step());
        assertTrue(said(silent).contains("call.ask.story"));
        Turn silentAgain = CallFlow.answer(silent.next(), Step.STORY, keys(""));
        Turn gaveUp = CallFlow.answer(silentAgain.next(), Step.STORY, keys(""));
        assertEquals(Step.DANGER, gaveUp.next().step(), "the report goes on without a recording");
        assertNull(gaveUp.next().recording());
    }

    @Test
    void aCallerWhoHangsUpAfterTheStoryStillHasTheReportFiled() {
        Turn turn = walk(keys("1"), keys("1"), keys("2"), new Heard("", RECORDING, true));
        CallFlow.File file = assertInstanceOf(CallFlow.File.class, turn.effect());
        assertEquals(RECORDING, file.call().recording());
        assertEquals(Category.UNSAFE_HOUSING, file.call().category());
    }

    @Test
    void noDangerAnswerAfterTheTriesStillFilesTheReport() {
        Turn turn = walk(keys("1"), keys("1"), keys("1"), new Heard("", RECORDING, false), keys(""), keys("7"),
                keys(""));
        assertInstanceOf(CallFlow.File.class, turn.effect());
    }

    @Test
    void aFailedFetchIsToldToTheCallerAndTheReportIsStillFiled() {
        Call call = new Call(Step.DANGER, "es", Category.OTHER, RECORDING, false, 0, null);
        Turn filed = CallFlow.filed(call, List.of(), "2026 0000 1111 2222 3333", false, false);
        assertTrue(said(filed).contains("call.filed.noRecording"));
    }

    @Test
    void hearingMyReportLooksTheCodeUpThenOffersAVoiceMessage() {
        Turn turn = walk(keys("1"), keys("2"));
        CallPart.Gather gather = assertInstanceOf(CallPart.Gather.class, turn.parts().get(0));
        assertEquals(0, gather.digits(), "the code ends with #");
        turn = CallFlow.answer(turn.next(), Step.CODE, keys("20260000111122223333"));
        assertEquals("20260000111122223333", assertInstanceOf(CallFlow.Lookup.class, turn.effect()).typed());
        Turn found = CallFlow.found(turn.next(), List.of(new CallPart.Say(new Line("channel.lookup.state", "x")),
                new CallPart.Say(new Line("call.reply", "7")), new CallPart.Say(new Line("call.reply.text", "Hola"), "es")));
        assertEquals(List.of("channel.lookup.state", "call.reply", "call.reply.text", "call.ask.message", "call.goodbye", "HANGUP"),
                said(found));
        Turn message = CallFlow.answer(found.next(), Step.HEARD, keys("1"));
        assertEquals(Step.MESSAGE, message.next().step());
        assertTrue(message.parts().stream().anyMatch(CallPart.Record.class::isInstance));
        Turn left = CallFlow.answer(message.next(), Step.MESSAGE, new Heard("", RECORDING, false));
        assertEquals(RECORDING, assertInstanceOf(CallFlow.KeepMessage.class, left.effect()).recording());
        assertEquals(List.of("call.message.saved", "call.goodbye", "HANGUP"), said(CallFlow.messageSaved(true)));
        assertTrue(said(CallFlow.messageSaved(false)).contains("call.message.lost"));
    }

    @Test
    void aWrongCodeIsAskedAgainAndTheLimitEndsTheCall() {
        Turn turn = walk(keys("2"), keys("2"), keys("1234#"));
        Turn wrong = CallFlow.notFound(turn.next(), false, 0);
        assertEquals(Step.CODE, wrong.next().step());
        assertEquals("call.code.notFound", said(wrong).get(0));
        Turn limited = CallFlow.notFound(wrong.next(), true, 15);
        assertEquals(List.of("channel.limited", "call.goodbye", "HANGUP"), said(limited));
        assertNull(limited.next());
    }

    @Test
    void aKeyThatMeansNothingIsNotUnderstoodAndThirdTimeEndsTheCall() {
        Turn first = walk(keys("9"));
        assertEquals("call.notUnderstood", said(first).get(0));
        Turn second = CallFlow.answer(first.next(), Step.LANGUAGE, keys(""));
        assertFalse(said(second).contains("call.notUnderstood"), "nothing pressed: only the question again");
        Turn third = CallFlow.answer(second.next(), Step.LANGUAGE, keys("8"));
        assertNull(third.next());
        assertEquals(List.of("call.goodbye", "HANGUP"), said(third));
    }

    @Test
    void aStepPostedForAnotherStepRepeatsTheQuestionAndAnUnknownCallStartsOver() {
        Turn menu = walk(keys("1"));
        Turn stale = CallFlow.answer(menu.next(), Step.LANGUAGE, keys("2"));
        assertEquals(menu.next(), stale.next());
        assertEquals(Step.LANGUAGE, CallFlow.answer(null, Step.DANGER, keys("1")).next().step());
    }

    @Test
    void theStateSurvivesItsCodec() {
        Call call = new Call(Step.FILED, "en", Category.THREATS, RECORDING, true, 2, "2026 0000 1111 2222 3333");
        assertEquals(call, CallCodec.read(CallCodec.write(call)).orElseThrow());
        assertTrue(CallCodec.read("step=NOPE".getBytes()).isEmpty());
    }

    @Test
    void theTwimlSaysEachLanguageInItsVoiceAndReadsTheCodeDigitByDigit() {
        Call call = new Call(Step.DANGER, "es", Category.OTHER, null, false, 0, null);
        Turn filed = CallFlow.filed(call, List.of(), "2026 0000 1111 2222 3333", false, true);
        String xml = VoiceTwiml.of(filed.parts(), Locale.forLanguageTag("es"),
                step -> "https://jornada.test/api/v1/channels/twilio/voice/next?at=" + step + "&x=<");
        assertTrue(xml.contains("<Say voice=\"Polly.Mia\" language=\"es-MX\">2, 0, 2, 6.</Say><Pause length=\"1\"/>"),
                xml);
        assertTrue(xml.contains("action=\"https://jornada.test/api/v1/channels/twilio/voice/next?at=FILED&amp;x=&lt;\""),
                xml);
        assertTrue(xml.contains("<Gather input=\"dtmf\""), xml);
        assertTrue(xml.endsWith("<Hangup/></Response>"), xml);
        String start = VoiceTwiml.of(CallFlow.start().parts(), Locale.forLanguageTag("es"), step -> "u");
        assertTrue(start.contains("<Say voice=\"Polly.Joanna\" language=\"en-US\">For English, press 2.</Say>"), start);
        assertTrue(start.contains("<Say voice=\"Polly.Mia\" language=\"es-MX\">Para español, oprima 1.</Say>"), start);
    }

    @Test
    void aSpanishReplyOnAnEnglishCallIsSaidByTheSpanishVoiceAfterTheDateInEnglish() {
        Call call = new Call(Step.HEARD, "en", Category.OTHER, null, false, 0, null);
        String reply = "Ya mandamos su caso al Departamento de Trabajo. Le avisamos cuando contesten.";
        Turn found = CallFlow.found(call, List.of(new CallPart.Say(new Line("call.reply", "December 7, 2026")),
                new CallPart.Say(new Line("call.reply.text", reply), TextLanguage.of(reply, "en"))));
        String xml = VoiceTwiml.of(found.parts(), Locale.ENGLISH, step -> "u");
        assertTrue(xml.contains("<Say voice=\"Polly.Joanna\" language=\"en-US\">Reply of December 7, 2026:</Say>"
                + "<Say voice=\"Polly.Mia\" language=\"es-MX\">" + reply + "</Say>"), xml);
    }
}
