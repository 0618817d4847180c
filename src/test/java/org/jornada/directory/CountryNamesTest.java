package org.jornada.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.jornada.directory.control.CountryNames;
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
}
