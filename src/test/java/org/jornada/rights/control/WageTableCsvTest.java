package org.jornada.rights.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;
import org.junit.jupiter.api.Test;

class WageTableCsvTest {

    private static final Map<String, String> NAMES = Map.of("north carolina", "NC", "carolina del norte", "NC",
            "georgia", "GA");

    private static List<WageTableCsv.Row> read(String text) {
        return WageTableCsv.read(text.getBytes(StandardCharsets.UTF_8), NAMES);
    }

    @Test
    void readsStatesByCodeOrNameRatesWithDollarsAndQuotedCells() {
        List<WageTableCsv.Row> rows = read("\uFEFFState,\"Skill Level I AEWR\",Effective,Note\r\n"
                + "\"North  Carolina\",\"$16.16\",,\"from OFLC, Nov 3\"\r\nga,\"1,234.50\",2026-01-01,\r\n\r\nUS,7.25,,\r\n");
        assertEquals(3, rows.size());
        assertEquals(new WageTableCsv.Row("NC", new BigDecimal("16.16"), null, "from OFLC, Nov 3"), rows.get(0));
        assertEquals(new WageTableCsv.Row("GA", new BigDecimal("1234.50"), LocalDate.of(2026, 1, 1), null), rows.get(1));
        assertEquals("US", rows.get(2).state());
        assertNull(rows.get(2).effectiveFrom());
    }

    @Test
    void refusesEveryWrongLineByItsNumberAndImportsNothing() {
        RefusedException refused = assertThrows(RefusedException.class, () -> read("State,Rate\nNC,16.16\nNarnia,12\nGA,-3\nNC,17\n"));
        assertEquals(List.of("wagetable.error.state", "wagetable.error.rate", "wagetable.error.duplicate"),
                refused.errors().stream().map(FieldError::messageKey).toList());
        assertEquals(3, refused.errors().get(0).args()[0], "line 3: header is line 1");
        assertEquals("Narnia", refused.errors().get(0).args()[1]);
        assertEquals(5, refused.errors().get(2).args()[0]);
    }

    @Test
    void refusesAFileThatIsNotATableOfStatesAndRates() {
        assertEquals("wagetable.error.columns", assertThrows(RefusedException.class, () -> read("Name,Price\nx,1\n"))
                .errors().get(0).messageKey());
        assertEquals("wagetable.error.empty", assertThrows(RefusedException.class, () -> read("State,AEWR\n\n"))
                .errors().get(0).messageKey());
        assertEquals("wagetable.error.notCsv", assertThrows(RefusedException.class, () -> WageTableCsv.read(
                new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xff}, NAMES)).errors().get(0).messageKey());
        assertEquals("wagetable.error.tooBig", assertThrows(RefusedException.class, () -> WageTableCsv.read(
                new byte[WageTableCsv.MAX_BYTES + 1], NAMES)).errors().get(0).messageKey());
    }

    @Test
    void aQuotedCellKeepsItsLineBreakAndCommaAndLaterLinesKeepTheirNumbers() {
        // a note written over two lines in a spreadsheet is saved as one quoted cell with the line break inside
        List<WageTableCsv.Row> rows = read("State,AEWR,Note\r\nNC,16.16,\"OFLC table, Nov 3\r\nsecond line\"\r\n"
                + "GA,\"1,234.50\",\"a \"\"quoted\"\" word\"\r\n");
        assertEquals(2, rows.size());
        assertEquals(new WageTableCsv.Row("NC", new BigDecimal("16.16"), null, "OFLC table, Nov 3\r\nsecond line"),
                rows.get(0));
        assertEquals(new WageTableCsv.Row("GA", new BigDecimal("1234.50"), null, "a \"quoted\" word"), rows.get(1));
        RefusedException refused = assertThrows(RefusedException.class, () -> read("State,Rate,Note\n\nNC,16.16,\"two\nlines\"\n"
                + "Narnia,12,\n"));
        assertEquals("wagetable.error.state", refused.errors().get(0).messageKey());
        assertEquals(5, refused.errors().get(0).args()[0], "the line Narnia is on, after a blank line and a two-line cell");
    }
}
