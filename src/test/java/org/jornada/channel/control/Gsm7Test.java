package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Gsm7Test {

    @Test
    void spanishKeepsWhatTheBasicSetHasAndLosesOnlyTheOtherAccents() {
        assertEquals("¿Qué paso? Señor José Nuñez, ¡auxilio!", Gsm7.transliterate("¿Qué pasó? Señor José Núñez, ¡auxilio!"));
        assertEquals("aeiouAEIOU", Gsm7.transliterate("áeíóúÁEÍÓÚ"));
        String kept = "ñÑéÉ¿¡üÜäöÄÖàèùìòÇÅåØøÆæß£¥§@$¤ΔΦΓΛΩΠΨΣΘΞ_\n\r";
        assertEquals(kept, Gsm7.transliterate(kept));
    }

    @Test
    void quotesDashesAndTheEllipsisBecomePlain() {
        assertEquals("\"jefe\" dijo 'no' - ya... -", Gsm7.transliterate("“jefe” dijo ‘no’ — ya… –"));
        assertEquals("\"a\" b", Gsm7.transliterate("«a»\u00A0b"));
    }

    @Test
    void whatTheSetCannotSayIsAQuestionMarkEmojiAndControlsAreDropped() {
        assertEquals("ok ", Gsm7.transliterate("ok 👍"), "an emoji is dropped, not a stray question mark");
        assertEquals("Gracias por confiar en nosotros .", Gsm7.transliterate("Gracias por confiar en nosotros 🙏."));
        assertEquals("??", Gsm7.transliterate("中文"));
        assertEquals("a", Gsm7.transliterate("a\u0301"));
        assertEquals("ab", Gsm7.transliterate("a\u200Bb\u202E"));
        assertEquals("a b", Gsm7.transliterate("a\tb\u0007"));
        assertEquals("c", Gsm7.transliterate("ç"));
        assertEquals("1o 2a", Gsm7.transliterate("1º 2ª"));
    }

    @Test
    void extensionCharactersStayAndCostTwoSeptets() {
        assertEquals("€[]{}^~|\\", Gsm7.transliterate("€[]{}^~|\\"));
        assertEquals(18, Gsm7.septets("€[]{}^~|\\"));
        assertEquals(4, Gsm7.septets("á€ñ"));
        assertEquals(0, Gsm7.septets(""));
    }

    @Test
    void oneSegmentUpTo160SeptetsThenPartsOf153() {
        assertEquals(0, Gsm7.segments(""));
        assertEquals(1, Gsm7.segments("x"));
        assertEquals(1, Gsm7.segments("x".repeat(160)));
        assertEquals(2, Gsm7.segments("x".repeat(161)));
        assertEquals(2, Gsm7.segments("x".repeat(306)));
        assertEquals(3, Gsm7.segments("x".repeat(307)));
        assertEquals(3, Gsm7.segments("x".repeat(459)));
        assertEquals(4, Gsm7.segments("x".repeat(460)));
        assertEquals(1, Gsm7.segments("€".repeat(80)));
        assertEquals(2, Gsm7.segments("€".repeat(81)));
        assertEquals(1, Gsm7.segments("ó".repeat(160)), "transliterated first, so not UCS-2");
    }

    @Test
    void anEscapeIsNeverSplitFromItsCharacter() {
        assertEquals(3, Gsm7.segments("x".repeat(152) + "€" + "x".repeat(152)));
        assertEquals(2, Gsm7.segments("x".repeat(151) + "€" + "x".repeat(153)));
    }

    @Test
    void fitLeavesShortTextWholeButTransliterated() {
        assertEquals("Tu codigo: 1234 5678", Gsm7.fit("Tu código: 1234 5678"));
        assertEquals("x".repeat(459), Gsm7.fit("x".repeat(459)));
    }

    @Test
    void fitCutsAtAWordToAtMostThreeSegmentsByDefault() {
        String reply = "La abogada respondió: " + "necesitamos más información sobre su patrón ".repeat(30);
        String fitted = Gsm7.fit(reply);
        assertEquals(3, Gsm7.segments(fitted));
        assertTrue(fitted.endsWith("..."), fitted);
        String before = fitted.substring(0, fitted.length() - 3);
        assertTrue(reply.replace("ó", "o").replace("á", "a").startsWith(before + " "), "cut at a word: " + before);
        assertTrue(Gsm7.septets(fitted) > 3 * 153 - 20, "uses the room it has");
    }

    @Test
    void fitToOneSegmentStaysWithin160Septets() {
        String fitted = Gsm7.fit("Hay una nueva respuesta en su caso. ".repeat(10), 1);
        assertEquals(1, Gsm7.segments(fitted));
        assertTrue(Gsm7.septets(fitted) <= 160);
        assertTrue(fitted.endsWith("caso...") || fitted.endsWith("respuesta...") || fitted.endsWith("su...")
                || fitted.endsWith("Hay...") || fitted.endsWith("una...") || fitted.endsWith("nueva...")
                || fitted.endsWith("en..."), fitted);
    }

    @Test
    void fitCountsExtensionCharactersAsTwo() {
        String fitted = Gsm7.fit("€€ ".repeat(200), 2);
        assertTrue(Gsm7.segments(fitted) <= 2, fitted);
        assertTrue(fitted.endsWith("€€..."), fitted);
    }

    @Test
    void fitCutsInsideAWordOnlyWhenOneWordFillsTheRoom() {
        String fitted = Gsm7.fit("a".repeat(1000), 3);
        assertEquals(3, Gsm7.segments(fitted));
        assertEquals("a".repeat(3 * 153 - 3) + "...", fitted);
        assertThrows(IllegalArgumentException.class, () -> Gsm7.fit("x", 0));
    }
}
