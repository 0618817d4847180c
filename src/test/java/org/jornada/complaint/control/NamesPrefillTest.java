package org.jornada.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the report form takes from {@code ?recruiter=&employer=} (the job check's "report this recruiter"). */
class NamesPrefillTest {

    @Test
    void theRecruiterAndEmployerSentAlongAreTypedIn() {
        ComplaintDraft draft = new ComplaintDraft();
        NamesPrefill.fill(Map.of("recruiter", " Reclutadora del Bajío ", "employer", "Granja San José LLC"), draft);
        assertEquals("Reclutadora del Bajío", draft.getRecruiterName());
        assertEquals("Granja San José LLC", draft.getEmployerName());
    }

    @Test
    void tooLongOrControlCharacterValuesAndOtherParametersAreIgnored() {
        ComplaintDraft draft = new ComplaintDraft();
        NamesPrefill.fill(Map.of("recruiter", "x".repeat(201), "employer", "Granja\nSan\nJosé", "narrative", "hola"), draft);
        assertNull(draft.getRecruiterName());
        assertNull(draft.getEmployerName());
    }
}
