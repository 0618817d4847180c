package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WageCheckFormTest {

    @Test
    void readsNumbersAsWorkersWriteThem() {
        assertEquals(new BigDecimal("14.50"), WageCheckForm.number("14,50"));
        assertEquals(new BigDecimal("1200.00"), WageCheckForm.number("$1,200.00"));
        assertEquals(new BigDecimal("1200,00".replace(',', '.')), WageCheckForm.number("1.200,00"));
        assertEquals(new BigDecimal("1200"), WageCheckForm.number("1,200"));
        assertEquals(new BigDecimal("40"), WageCheckForm.number(" 40 "));
        assertNull(WageCheckForm.number("cuarenta"));
        assertNull(WageCheckForm.number("-5"));
    }

    @Test
    void emptyPaychecksAreLeftOutAndAnErrorNamesTheBoxTheWorkerSees() {
        List<Integer> periodRows = new ArrayList<>();
        List<Integer> deductionRows = new ArrayList<>();
        JsonObject q = WageCheckForm.question(Map.of("visa", "H-2A", "state", "NC", "periods[2].hours", "x",
                "periods[1].paid", "14,50", "costs.reimbursed", "no"), 3, periodRows, deductionRows);
        assertEquals(2, q.getJsonArray("periods").size(), "the empty first box is left out");
        assertEquals(List.of(1, 2), periodRows);
        assertEquals("x", q.getJsonArray("periods").getJsonObject(1).getString("hours"), "passed on to be refused by name");
        assertEquals(new BigDecimal("14.50"), q.getJsonArray("periods").getJsonObject(0).getJsonNumber("paid")
                .bigDecimalValue());
        assertEquals(false, q.getJsonObject("costs").getBoolean("reimbursed"));
        assertEquals("periods[2].hours", WageCheckForm.formField("periods[1].hours", periodRows, deductionRows));
        assertEquals("state", WageCheckForm.formField("state", periodRows, deductionRows));
        assertEquals(Map.of("visa", "H-2A", "state", "NC", "periods[0].paid", "14.50", "periods[1].hours", "x",
                "costs.reimbursed", "no"), WageCheckForm.fields(q), "and back to the form's fields");
    }

    @Test
    void whatADeductionWasForGoesIntoTheQuestionAndBackToTheFormButNeverAlone() {
        List<Integer> periodRows = new ArrayList<>();
        List<Integer> deductionRows = new ArrayList<>();
        JsonObject q = WageCheckForm.question(Map.of("visa", "H-2A", "state", "NC", "deductions[0].amount", "50",
                "deductions[0].type", "HOUSING", "deductions[1].type", "TOOLS"), 1, periodRows, deductionRows);
        assertEquals(1, q.getJsonArray("deductions").size(), "a type chosen with no amount nor words is no deduction");
        assertEquals("HOUSING", q.getJsonArray("deductions").getJsonObject(0).getString("type"));
        assertEquals(Map.of("visa", "H-2A", "state", "NC", "deductions[0].amount", "50", "deductions[0].type", "HOUSING"),
                WageCheckForm.fields(q));
    }
}
