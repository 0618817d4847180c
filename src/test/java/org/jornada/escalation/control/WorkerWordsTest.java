package org.jornada.escalation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WorkerWordsTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void spanishAuthorityNamesTakeTheirArticleAndContractWithA() {
        assertEquals("¿Podemos dar al Departamento de Trabajo de EE. UU. una forma de comunicarse con usted (el teléfono, "
                + "WhatsApp o correo que nos dio)?", WorkerWords.say(ES, "consent.question", "Departamento de Trabajo de EE. UU."));
        assertEquals("la Administración de Seguridad", WorkerWords.withArticle("Administración de Seguridad", ES));
        assertEquals("los Consulados de México", WorkerWords.withArticle("Consulados de México", ES));
        assertEquals("la Línea Nacional", WorkerWords.withArticle("Línea Nacional", ES));
        assertEquals("WHD test office", WorkerWords.withArticle("WHD test office", ES), "an acronym stays bare");
        assertEquals("Consent test office", WorkerWords.withArticle("Consent test office", ES), "an English name stays bare");
        assertEquals("Department of Labor", WorkerWords.withArticle("Department of Labor", Locale.ENGLISH));
    }

    @Test
    void datesReadAsPeopleWriteThem() {
        assertEquals("6 de diciembre de 2026", WorkerWords.day(LocalDate.of(2026, 12, 6), ES));
        assertEquals("December 6, 2026", WorkerWords.day(LocalDate.of(2026, 12, 6), Locale.ENGLISH));
    }
}
