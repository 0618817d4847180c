package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * .xlsx files written by another program (Apache POI, as Excel and LibreOffice write them: shared
 * strings, or inline strings when streamed), with a notes sheet before the data, gaps between rows
 * and a real date cell; and a zip bomb.
 */
class XlsxRowsTest {

    private static byte[] workbook(Workbook book) throws IOException {
        try (book) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var notes = book.createSheet("Notas");
            notes.createRow(0).createCell(0).setCellValue("Léame: datos de prueba, no de una persona real");
            var data = book.createSheet("Data");
            var header = data.createRow(0);
            String[] names = {"CASE_NUMBER", "EMPLOYER_NAME", "EMPLOYER_STATE", "REQUESTED_BEGIN_DATE"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var first = data.createRow(2); // row 3 of the sheet: row 2 left empty
            first.createCell(0).setCellValue("H-300-XLS-0001");
            first.createCell(1).setCellValue("Agrícola San José DEMO S.A.");
            first.createCell(2).setCellValue("GA");
            var begins = first.createCell(3);
            begins.setCellValue(LocalDate.of(2026, 3, 1));
            begins.setCellStyle(date);
            var second = data.createRow(6);
            second.createCell(0).setCellValue("H-300-XLS-0002");
            second.createCell(1).setCellValue("Huertos del Norte DEMO");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static List<TableRows.Row> read(byte[] file) throws IOException {
        List<TableRows.Row> rows = new ArrayList<>();
        try (TableRows table = TableRows.open(new ByteArrayInputStream(file),
                headers -> ImportKind.H2A_DISCLOSURE.missing(headers).isEmpty())) {
            assertEquals(List.of("CASE_NUMBER", "EMPLOYER_NAME", "EMPLOYER_STATE", "REQUESTED_BEGIN_DATE"), table.headers(),
                    "the data sheet is found by its header, not its position");
            table.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static void assertTheRowsOfTheDataSheet(List<TableRows.Row> rows) {
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(0).number(), "the file's own row numbers");
        assertEquals(7, rows.get(1).number());
        assertEquals("Agrícola San José DEMO S.A.", rows.get(0).get(List.of("EMPLOYERNAME")));
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 3, 1)), Cells.date(rows.get(0).get(List.of("REQUESTEDBEGINDATE"))),
                "a date cell arrives as the number Excel stores, and reads as the date");
        assertEquals(null, rows.get(1).get(List.of("EMPLOYERSTATE")));
    }

    @Test
    void aWorkbookWithSharedStringsAndANotesSheetFirstReadsFromItsDataSheet() throws IOException {
        assertTheRowsOfTheDataSheet(read(workbook(new XSSFWorkbook())));
    }

    @Test
    void aStreamedWorkbookWithInlineStringsReadsTheSame() throws IOException {
        assertTheRowsOfTheDataSheet(read(workbook(new SXSSFWorkbook())));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(bomb.size() < 1024 * 1024, "64 MB packed into " + bomb.size() + " bytes");
        IOException refused = assertThrows(IOException.class, () -> TableRows.open(new ByteArrayInputStream(bomb.toByteArray())));
        assertTrue(refused.getMessage().contains("zip bomb"), refused.getMessage());
    }

    @Test
    void aZipThatIsNoWorkbookIsRefusedAsUnreadable() {
        assertFalse(assertThrows(IOException.class, () -> TableRows.open(new ByteArrayInputStream(
                new byte[] {'P', 'K', 3, 4, 0}))).getMessage().isBlank());
    }
}
