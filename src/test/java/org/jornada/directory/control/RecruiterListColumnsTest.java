package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jornada.directory.entity.CaseSuffix;
import org.junit.jupiter.api.Test;

/**
 * The Foreign Labor Recruiter List's columns found by what their headers say (their exact names
 * are not in our references, reference section 5a: "Exact column names were not retrieved"), on
 * three layouts and on files missing a required column; rows read from each; the case suffix.
 */
class RecruiterListColumnsTest {

    private static TableRows.Row row(List<String> headers, String... values) {
        Map<String, String> cells = new java.util.HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.put(TableRows.header(headers.get(i)), values[i]);
        }
        return new TableRows.Row(2, cells);
    }

    @Test
    void anExportWithUnderscoredHeadersIsRead() throws Exception {
        List<String> headers = List.of("CASE_NUMBER", "EMPLOYER_NAME", "RECRUITER_NAME", "RECRUITER_CITY",
                "RECRUITER_COUNTRY", "SUB_RECRUITER_NAME", "SUB_RECRUITER_COUNTRY");
        RecruiterListColumns columns = RecruiterListColumns.detect(headers);
        assertEquals(Optional.empty(), columns.missing());
        assertEquals("RECRUITERNAME", columns.recruiter());
        assertEquals("SUBRECRUITERNAME", columns.subRecruiter(), "a sub-recruiter's country is not its name");
        assertEquals("RECRUITERCOUNTRY", columns.country());
        ParsedRow.RecruiterListing listing = RecruiterListRows.read(row(headers, "H-300-22123-123456", "Farm LLC",
                "Reclutadora Norte", "León", "Mexico", "Juan Pérez; Ana Ruiz", "Mexico"), columns, 2026);
        assertEquals("123456", listing.caseSuffix());
        assertEquals("H-300-22123-123456", listing.caseNumber());
        assertEquals("H-2A", listing.visaClass(), "from the case number's H-300");
        assertEquals("León", listing.recruiter().city());
        assertEquals(List.of("Juan Pérez", "Ana Ruiz"), listing.subRecruiters().stream().map(ParsedRow.Party::name).toList());
        assertEquals("Farm LLC", listing.employerName());
    }

    @Test
    void theTitledLayoutOf2016WithTheLastSixDigitsAndOnePlaceIsRead() throws Exception {
        List<String> headers = List.of("Last 6 Digits of Case Number", "Recruiter Name", "Recruiter Location",
                "Persons or Entities Working for Recruiter");
        RecruiterListColumns columns = RecruiterListColumns.detect(headers);
        assertEquals(Optional.empty(), columns.missing());
        assertEquals("PERSONSORENTITIESWORKINGFORRECRUITER", columns.subRecruiter());
        ParsedRow.RecruiterListing listing = RecruiterListRows.read(row(headers, "12345.0", "Agencia Sur",
                "Oaxaca, Oaxaca, México", ""), columns, null);
        assertEquals("012345", listing.caseSuffix(), "the spreadsheet's number padded back to six digits");
        assertNull(listing.caseNumber());
        assertEquals("Oaxaca", listing.recruiter().city());
        assertEquals("México", listing.recruiter().country());
        assertTrue(listing.subRecruiters().isEmpty());
    }

    @Test
    void aWorkbookLayoutWithVisaAndYearColumnsIsRead() throws Exception {
        List<String> headers = List.of("ETA Case Number", "Name of Foreign Labor Recruiter", "Recruiter Address",
                "Country", "Sub-Recruiter(s)", "Visa Type", "Fiscal Year");
        RecruiterListColumns columns = RecruiterListColumns.detect(headers);
        ParsedRow.RecruiterListing listing = RecruiterListRows.read(row(headers, "H-400-21001-000777",
                "Contrataciones Lago", "Av. Reforma 1", "Guatemala", "", "H-2B", "2021"), columns, 2026);
        assertEquals("000777", listing.caseSuffix());
        assertEquals("H-2B", listing.visaClass());
        assertEquals(2021, listing.fiscalYear(), "the row's own year wins over the file's");
        assertEquals("Guatemala", listing.recruiter().country());
    }

    @Test
    void aFileWithoutTheCaseOrTheRecruiterIsNamedForWhatItLacks() {
        assertEquals(Optional.of("RECRUITER_NAME"), RecruiterListColumns.detect(List.of("Case Number", "Employer Name",
                "Sub-Recruiter Name", "Recruiter Country")).missing());
        assertEquals(Optional.of("CASE_NUMBER"), RecruiterListColumns.detect(List.of("Recruiter Name", "Country"))
                .missing());
        assertEquals(Optional.of("CASE_NUMBER"), ImportKind.RECRUITER_LIST.missing(List.of("case_id", "legal_name")));
    }

    @Test
    void aRowWithoutACaseNumberOrARecruiterIsSkippedWithTheReason() {
        List<String> headers = List.of("CASE_NUMBER", "RECRUITER_NAME");
        RecruiterListColumns columns = RecruiterListColumns.detect(headers);
        assertEquals("no case number", org.junit.jupiter.api.Assertions.assertThrows(
                ParsedRow.UnreadableRowException.class, () -> RecruiterListRows.read(row(headers, "n/a", "X"), columns,
                        null)).getMessage());
        assertEquals("no recruiter name", org.junit.jupiter.api.Assertions.assertThrows(
                ParsedRow.UnreadableRowException.class, () -> RecruiterListRows.read(row(headers, "123456", "--"),
                        columns, null)).getMessage());
    }

    @Test
    void theSuffixIsTheLastSixDigitsOfTheCaseNumber() {
        assertEquals(Optional.of("123456"), CaseSuffix.of("H-300-22123-123456"));
        assertEquals(Optional.of("000001"), CaseSuffix.of("DEMO-H-300-26001-000001"));
        assertEquals(Optional.of("000042"), CaseSuffix.of("42"));
        assertEquals(Optional.empty(), CaseSuffix.of("none"));
    }
}
