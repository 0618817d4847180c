package org.jornada.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    @Test
    void phoneNumbersEmailsAndNamesAreFlaggedForTheModerator() {
        List<TextFlags.Flag> flags = TextFlags.of("El mayordomo Juan Pérez nos quitó el pasaporte. Llamen al "
                + "+1 (912) 555-0100 o escriban a primo.lopez@example.com");
        assertTrue(flags.contains(new TextFlags.Flag(TextFlags.Kind.NAME, "Juan Pérez")), flags.toString());
        assertTrue(flags.contains(new TextFlags.Flag(TextFlags.Kind.PHONE, "+1 (912) 555-0100")), flags.toString());
        assertTrue(flags.contains(new TextFlags.Flag(TextFlags.Kind.EMAIL, "primo.lopez@example.com")), flags.toString());
        assertTrue(TextFlags.of("Pagaban bien y a tiempo, la vivienda era limpia.").isEmpty());
    }
}
