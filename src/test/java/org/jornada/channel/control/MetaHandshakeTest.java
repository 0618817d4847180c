package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetaHandshakeTest {

    private static final String TOKEN = "3f9c0b1e7a4d";

    @Test
    void answersMetasChallengeWhenTheTokenIsOurs() {
        assertEquals(Optional.of("1158201444"), MetaHandshake.answer("subscribe", TOKEN, "1158201444", TOKEN));
    }

    @Test
    void refusesAnotherTokenModeOrAnOddChallenge() {
        assertTrue(MetaHandshake.answer("subscribe", "guess", "1158201444", TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer("subscribe", TOKEN.substring(1), "1158201444", TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer("unsubscribe", TOKEN, "1158201444", TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer(null, TOKEN, "1158201444", TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer("subscribe", null, "1158201444", TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer("subscribe", TOKEN, "<script>alert(1)</script>", TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer("subscribe", TOKEN, null, TOKEN).isEmpty());
        assertTrue(MetaHandshake.answer("subscribe", "", "1158201444", "").isEmpty(), "no token set: off");
    }
}
