package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jornada.platform.control.FieldError;
import org.junit.jupiter.api.Test;

/** What the job check accepts as a question, and the field it names when it cannot use one. */
class JobCheckQueryTest {

    private static List<String> fields(JobCheckQuery.Read read) {
        return read.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void caseNumbersAreReadWithOrWithoutDashesAndSpaces() {
        assertEquals("H-300-26001-000123", JobCheckQuery.read("h 300 26001 000123", null, null, null).query().caseNumber());
        assertEquals("H-400-23300-333331", JobCheckQuery.read("H40023300333331", null, null, null).query().caseNumber());
        assertEquals("C-07123-12345", JobCheckQuery.read("C-07123-12345", null, null, null).query().caseNumber());
        assertNull(JobCheckQuery.canonicalCase("hello"));
    }

    @Test
    void anUnusableQueryNamesItsField() {
        assertEquals(List.of("caseNumber"), fields(JobCheckQuery.read(null, " ", "", null)));
        assertEquals(List.of("caseNumber"), fields(JobCheckQuery.read(null, null, null, "GA")));
        assertEquals(List.of("caseNumber"), fields(JobCheckQuery.read("' OR 1=1 --", null, null, null)));
        assertEquals(List.of("state"), fields(JobCheckQuery.read(null, "Granja", null, "ZZ")));
        assertEquals(List.of("state"), fields(JobCheckQuery.read(null, "Granja", null, "Georgia")));
        assertEquals(List.of("employer"), fields(JobCheckQuery.read(null, "x".repeat(201), null, null)));
        assertEquals(List.of("employer"), fields(JobCheckQuery.read(null, "<script>alert(1)</script>", null, null)));
        assertEquals(List.of("recruiter"), fields(JobCheckQuery.read(null, null, "Juan\u202EPérez", null)));
        assertEquals(List.of("recruiter"), fields(JobCheckQuery.read(null, null, "--", null)));
    }

    @Test
    void ordinaryNamesWithAccentsAndPunctuationAreTaken() {
        JobCheckQuery q = JobCheckQuery.read(null, "Agrícola San José, S.A. de C.V.", "O'Brien & Hijos (León)", "ga").query();
        assertEquals("GA", q.state());
        assertEquals("Agrícola San José, S.A. de C.V.", q.employer());
        assertTrue(q.recruiter().startsWith("O'Brien"));
    }
}
