package org.jornada.channel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextLanguageTest {

    @Test
    void anAdvocatesSpanishReplyIsSpanishWhateverTheCallsLanguage() {
        assertEquals("es", TextLanguage.of("Ya mandamos su caso al Departamento de Trabajo.", "en"));
        assertEquals("es", TextLanguage.of("¿Nos puede decir cuándo le pagaron la última vez?", "en"));
    }

    @Test
    void anEnglishReplyIsEnglishWhateverTheCallsLanguage() {
        assertEquals("en", TextLanguage.of("We sent your case to the Department of Labor. Please call us.", "es"));
    }

    @Test
    void aReplyWithoutCommonWordsIsSaidInTheCallsLanguage() {
        assertEquals("en", TextLanguage.of("OK", "en"));
        assertEquals("es", TextLanguage.of("WHD-2026-0001", "es"));
        assertEquals("es", TextLanguage.of("", "es"));
    }
}
