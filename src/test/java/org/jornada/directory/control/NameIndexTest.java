package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static final List<String> NAMES = List.of("Agrícola San José, S.A. de C.V.", "Agrícola San Juan",
            "Blue Ridge Orchards, Inc.", "Smith & Sons Farms, LLC", "Reclutamientos del Bajío", "Viveros Hermanos Pérez Inc.",
            "Hotel Playa Azul Inc", "San José Packing Co.");

    private static final NameIndex INDEX = NameIndex.of(NAMES);

    private static String best(String query) {
        List<NameIndex.Hit> hits = INDEX.search(query, id -> true, 5);
        assertTrue(!hits.isEmpty(), "no answer for " + query);
        return NAMES.get(hits.get(0).id());
    }

    @Test
    void accentsCaseAndLegalFormsDoNotMatter() {
        assertEquals("Agrícola San José, S.A. de C.V.", best("agricola san jose"));
        assertEquals("Reclutamientos del Bajío", best("RECLUTAMIENTOS BAJIO"));
    }

    @Test
    void smallTyposAndWordOrderAreForgiven() {
        assertEquals("Blue Ridge Orchards, Inc.", best("blue rige orchads"));
        assertEquals("Agrícola San José, S.A. de C.V.", best("san jose agricola"));
        assertEquals("Viveros Hermanos Pérez Inc.", best("hermanos peres viveros"));
    }

    @Test
    void unrelatedQueriesFindNothingAndFiltersApply() {
        assertTrue(INDEX.search("zzqx wvut", id -> true, 5).isEmpty());
        List<NameIndex.Hit> onlyOdd = INDEX.search("agricola san", id -> id % 2 == 1, 5);
        assertTrue(onlyOdd.stream().allMatch(h -> h.id() % 2 == 1));
        assertEquals("Agrícola San Juan", NAMES.get(onlyOdd.get(0).id()));
    }
}
