package org.jornada.casework.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.TreeSet;
import org.jornada.casework.entity.CaseFile;
import org.jornada.testing.InsertColumns;
import org.junit.jupiter.api.Test;

class CaseOpeningColumnsTest {

    @Test
    void theBatchWriterOpensEveryCaseFileColumnTheEntityMaps() {
        var written = InsertColumns.namedBy(CaseOpening.INSERT);
        assertEquals(written.size(), new TreeSet<>(written).size(), "no column twice: " + written);
        assertEquals(InsertColumns.mappedBy(CaseFile.class), new TreeSet<>(written));
    }

    @Test
    void eachRowOfTheBatchGivesOneValuePerColumn() {
        assertEquals(InsertColumns.namedBy(CaseOpening.INSERT).size(), InsertColumns.valuesIn(CaseOpening.ROW));
    }
}
