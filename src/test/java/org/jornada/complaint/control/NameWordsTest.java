package org.jornada.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void aNameIsIndexedByTheWordsOfItsKeyWithoutLegalFormsOrRepeats() {
        List<NameWords.Row> rows = NameWords.rows(Arrays.asList("Agrícola San José, S.A. de C.V.", null,
                "AGRICOLA SAN JOSE SA DE CV", "  "));
        assertEquals(List.of(new NameWords.Row("agricola", "agricola jose san"),
                new NameWords.Row("jose", "agricola jose san"),
                new NameWords.Row("san", "agricola jose san")), rows);
    }

    @Test
    void rowsComeSortedSoConcurrentFilingsLockInTheSameOrder() {
        List<NameWords.Row> rows = NameWords.rows(List.of("Zeta Farms LLC", "Alpha Harvest"));
        assertEquals(rows.stream().sorted(java.util.Comparator.comparing(NameWords.Row::word)
                .thenComparing(NameWords.Row::key)).toList(), rows);
        assertEquals("alpha", rows.get(0).word());
    }

    @Test
    void theInsertSkipsRowsAlreadyThere() {
        assertEquals("INSERT IGNORE INTO name_word (word, name_key) VALUES (?, ?), (?, ?)", NameWords.insertSql(2));
    }
}
