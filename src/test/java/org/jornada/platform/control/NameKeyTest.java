package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void accentsCasePunctuationAndMexicanLegalFormsDoNotCount() {
        assertEquals(NameKey.of("Agrícola San José, S.A. de C.V."), NameKey.of("AGRICOLA SAN JOSE SA DE CV"));
        assertEquals(NameKey.of("Agrícola San José, S.A. de C.V."), NameKey.of("agricola san jose"));
        assertEquals(NameKey.of("Servicios Laborales del Norte, S. de R.L. de C.V."),
                NameKey.of("SERVICIOS LABORALES NORTE"));
    }

    @Test
    void usLegalFormsAmpersandsAndWordOrderDoNotCount() {
        assertEquals(NameKey.of("Smith & Sons Farms, LLC"), NameKey.of("SMITH AND SONS FARMS L.L.C."));
        assertEquals(NameKey.of("Blue Ridge Orchards, Inc."), NameKey.of("Orchards Blue Ridge Inc"));
        assertEquals(NameKey.of("The Peach Company"), NameKey.of("PEACH CO."));
    }

    @Test
    void aDbaKeepsTheLegalNameAndTheTradeNameApart() {
        assertEquals(NameKey.of("Garcia Harvesting LLC"), NameKey.of("GARCIA HARVESTING LLC DBA Sunny Fields"));
        assertEquals("sunny fields", NameKey.tradePart("Garcia Harvesting LLC d/b/a Sunny Fields"));
    }

    @Test
    void differentBusinessesKeepDifferentKeys() {
        assertNotEquals(NameKey.of("Agrícola San José"), NameKey.of("Agrícola San Juan"));
        assertNotEquals(NameKey.of("Co-op Growers"), NameKey.of("Growers"));
        assertEquals("co", NameKey.of("Co"), "a name that is only a legal form keeps it");
    }
}
