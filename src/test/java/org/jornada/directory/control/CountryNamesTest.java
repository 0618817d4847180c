package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void dolCountryNamesReadInThePagesLanguage() {
        Locale es = Locale.forLanguageTag("es");
        assertEquals("Estados Unidos", CountryNames.in("United States", es));
        assertEquals("México", CountryNames.in("MEXICO", es));
        assertEquals("Guatemala", CountryNames.in("Guatemala", es));
        assertEquals("United States", CountryNames.in("USA", Locale.ENGLISH));
        assertEquals("Atlantis", CountryNames.in("Atlantis", es), "an unknown name is shown as written");
    }

    @Test
    void commonCropsReadInSpanishOnSpanishPagesAndOthersAsWritten() {
        Locale es = Locale.forLanguageTag("es");
        assertEquals("Cebollas", org.jornada.directory.control.CropNames.in("Onions", es));
        assertEquals("Trabajo agrícola general", org.jornada.directory.control.CropNames.in("GENERAL FARM WORK", es));
        assertEquals("Onions", org.jornada.directory.control.CropNames.in("Onions", Locale.ENGLISH));
        assertEquals("Kiwano", org.jornada.directory.control.CropNames.in("Kiwano", es));
    }
}
