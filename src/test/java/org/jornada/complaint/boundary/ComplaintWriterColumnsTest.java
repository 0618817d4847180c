package org.jornada.complaint.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.TreeSet;
import org.jornada.complaint.entity.Complaint;
import org.jornada.testing.InsertColumns;
import org.junit.jupiter.api.Test;

class ComplaintWriterColumnsTest {

    @Test
    void theBatchWriterWritesEveryColumnTheComplaintMapsButItsId() {
        Set<String> mapped = new TreeSet<>(InsertColumns.mappedBy(Complaint.class));
        mapped.remove("id");
        var written = InsertColumns.namedBy(ComplaintWriter.INSERT_CASE);
        assertEquals(written.size(), new TreeSet<>(written).size(), "no column twice: " + written);
        assertEquals(mapped, new TreeSet<>(written));
    }

    @Test
    void eachRowOfTheBatchGivesOneValuePerColumn() {
        assertEquals(InsertColumns.namedBy(ComplaintWriter.INSERT_CASE).size(),
                InsertColumns.valuesIn(ComplaintWriter.CASE_ROW));
    }

    @Test
    void theCaseWorkflowColumnsAreNoLongerTheComplaints() {
        Set<String> mapped = InsertColumns.mappedBy(Complaint.class);
        for (String moved : Set.of("state", "assignee_id", "held_burst", "nearest_deadline", "finished_at")) {
            assertEquals(false, mapped.contains(moved), moved + " is casework's (case_file, V30)");
        }
    }
}
