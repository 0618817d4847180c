package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WageFieldNamesTest {

    private static final Locale ES = Locale.forLanguageTag("es");

    @Test
    void theErrorSummaryNamesEachBoxAsTheFormShowsItSoFourEqualMessagesPointToFourBoxes() {
        Map<String, String> names = WageFieldNames.of(List.of("hourlyRate", "periods[1].hours", "deductions[0].amount",
                "costs.recruitmentFees", "contract.end", "contract.hoursPerWeek", "costs.reimbursed", "unknown"), ES);
        assertEquals("Pago por hora prometido (dólares)", names.get("hourlyRate"));
        assertEquals("Cheque 2 · Horas trabajadas", names.get("periods[1].hours"));
        assertEquals("Descuento 1 · Cuánto en total (dólares)", names.get("deductions[0].amount"));
        assertEquals("Pagado a un reclutador o a cualquiera por el trabajo (dólares)", names.get("costs.recruitmentFees"));
        assertEquals("Su contrato · Hasta", names.get("contract.end"));
        assertEquals("Horas por semana prometidas", names.get("contract.hoursPerWeek"));
        assertEquals(6, names.size(), "a field without a name of its own is left to its message: " + names);
    }

    @Test
    void inEnglishTheNamesAreTheEnglishForms() {
        assertEquals("Paycheck 1 · Paid (dollars, before deductions)", WageFieldNames.name("periods[0].paid", Locale.ENGLISH));
    }
}
