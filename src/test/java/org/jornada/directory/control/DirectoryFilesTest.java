package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jornada.directory.entity.EntityKind;
import org.jornada.testing.Xlsx;
import org.junit.jupiter.api.Test;

/** The fixture files' layouts, read without a database: one reader for every fiscal year's columns. */
class DirectoryFilesTest {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/directory");

    private record Read(List<ParsedRow> rows, List<String> skipped) {
    }

    private static Read read(ImportKind kind, InputStream in) throws IOException {
        List<ParsedRow> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (TableRows table = TableRows.open(in)) {
            assertTrue(kind.missing(table.headers()).isEmpty(), "required columns present");
            while (table.hasNext()) {
                TableRows.Row row = table.next();
                try {
                    rows.add(ParsedRow.parse(kind, row, 2021));
                } catch (ParsedRow.UnreadableRowException e) {
                    skipped.add(row.number() + ": " + e.getMessage());
                }
            }
        }
        return new Read(rows, skipped);
    }

    private static Read read(ImportKind kind, String file) throws IOException {
        return read(kind, Files.newInputStream(FIXTURES.resolve(file)));
    }

    @Test
    void theLegacyFy2014LayoutReadsWithItsOwnColumnNames() throws IOException {
        Read read = read(ImportKind.H2A_DISCLOSURE, "H_2A_Disclosure_Data_FY2014.csv");
        assertEquals(2, read.rows().size());
        assertEquals(List.of("4: no case number", "5: a date, count or amount that cannot be read"), read.skipped());
        ParsedRow.Disclosure first = (ParsedRow.Disclosure) read.rows().get(0);
        assertEquals("H-300-13350-000001", first.facts().caseNumber());
        assertEquals(40, first.facts().workersCertified());
        assertEquals(LocalDate.of(2014, 3, 1), first.facts().beginDate());
        assertEquals("GA", first.facts().worksiteState());
        assertEquals("45-2092", first.facts().socCode());
        assertEquals("Campo Legal Services PLLC", first.agent().name());
        assertEquals("Smith Produce", ((ParsedRow.Disclosure) read.rows().get(1)).employer().tradeName());
    }

    @Test
    void theFy2021LayoutJoinsTheSplitAttorneyName() throws IOException {
        ParsedRow.Disclosure first = (ParsedRow.Disclosure) read(ImportKind.H2A_DISCLOSURE,
                "H-2A_Disclosure_Data_FY2021.csv").rows().get(0);
        assertEquals(55, first.facts().workersCertified());
        assertEquals(LocalDate.of(2021, 11, 20), first.facts().endDate());
        assertEquals("Gilmer", first.facts().worksiteCounty());
        assertEquals("Ana Reyes", first.agent().name());
        assertEquals(EntityKind.AGENT, first.agent().kind());
    }

    @Test
    void theCurrentLayoutReadsTheSameFromCsvAndFromAnXlsxWithSerialDates() throws IOException {
        String csv = Files.readString(FIXTURES.resolve("H-2A_Disclosure_Data_FY2026_Q3.csv"), StandardCharsets.UTF_8);
        Read fromCsv = read(ImportKind.H2A_DISCLOSURE, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        byte[] workbook = Xlsx.fromCsv(csv, Set.of("RECEIVED_DATE", "DECISION_DATE", "REQUESTED_BEGIN_DATE",
                "REQUESTED_END_DATE"));
        Read fromXlsx = read(ImportKind.H2A_DISCLOSURE, new ByteArrayInputStream(workbook));
        assertEquals(fromCsv.rows(), fromXlsx.rows());
        ParsedRow.Disclosure first = (ParsedRow.Disclosure) fromXlsx.rows().get(0);
        assertEquals(140, first.facts().workersCertified());
        assertEquals(new BigDecimal("18.49"), first.facts().wageOffer());
        assertEquals("Hour", first.facts().wageUnit());
        assertEquals(LocalDate.of(2026, 3, 1), first.facts().beginDate());
        assertEquals("Viveros Hermanos Pérez Inc.", ((ParsedRow.Disclosure) fromXlsx.rows().get(2)).employer().name());
    }

    @Test
    void h2bLayoutsOfThreeYearsReadAndAnH2aRowInAnH2bFileIsSkipped() throws IOException {
        Read fy2016 = read(ImportKind.H2B_DISCLOSURE, "H-2B_Disclosure_Data_FY2016.csv");
        assertEquals(List.of("3: visa class H-2A in an H-2B file"), fy2016.skipped());
        ParsedRow.Disclosure mariscos = (ParsedRow.Disclosure) fy2016.rows().get(0);
        assertEquals("LA", mariscos.facts().worksiteState());
        assertEquals("Gulf Visa Agents", mariscos.agent().name());
        assertEquals("LA", mariscos.agent().state());
        ParsedRow.Disclosure fy2020 = (ParsedRow.Disclosure) read(ImportKind.H2B_DISCLOSURE,
                "H-2B_Disclosure_Data_FY2020.csv").rows().get(1);
        assertEquals(18, fy2020.facts().workersCertified());
        assertEquals(new BigDecimal("13.20"), fy2020.facts().wageOffer());
        ParsedRow.Disclosure fy2024 = (ParsedRow.Disclosure) read(ImportKind.H2B_DISCLOSURE,
                "H-2B_Disclosure_FY2024.csv").rows().get(0);
        assertEquals("H-2B", fy2024.facts().visaClass());
        assertNull(fy2024.agent().state());
    }

    @Test
    void theWhdFileAndTheDebarmentListRead() throws IOException {
        List<ParsedRow> whd = read(ImportKind.WHD, "whd_whisard.csv").rows();
        ParsedRow.Enforcement blueRidge = (ParsedRow.Enforcement) whd.get(0);
        assertEquals(10, blueRidge.facts().h2aViolations());
        assertEquals(new BigDecimal("45210.55"), blueRidge.facts().backWages());
        assertEquals(new BigDecimal("15400.00"), blueRidge.facts().penalties());
        assertEquals(LocalDate.of(2025, 10, 1), blueRidge.facts().dataDate());
        assertTrue(((ParsedRow.Enforcement) whd.get(1)).isH2());
        assertTrue(!((ParsedRow.Enforcement) whd.get(2)).isH2(), "the diner has no H-2 violation");
        List<ParsedRow> debarments = read(ImportKind.DEBARMENT, "debarment.csv").rows();
        ParsedRow.DebarmentRow garcia = (ParsedRow.DebarmentRow) debarments.get(0);
        assertEquals("FL", garcia.party().state());
        assertEquals("Immokalee", garcia.party().city());
        assertEquals(EntityKind.AGENT, ((ParsedRow.DebarmentRow) debarments.get(1)).party().kind());
    }

    @Test
    void aFileOfTheWrongKindNamesTheMissingColumn() throws IOException {
        try (TableRows table = TableRows.open(Files.newInputStream(FIXTURES.resolve("whd_whisard.csv")))) {
            assertEquals("CASENUMBER", ImportKind.H2A_DISCLOSURE.missing(table.headers()).orElseThrow());
        }
        assertThrows(IOException.class, () -> TableRows.open(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0})));
    }
}
