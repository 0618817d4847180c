package org.jornada.complaint.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReceiptViewsTest {

    @Test
    void whatTheFormCarriedTravelsAsFieldNamesBundleKeysAndFlagsOnly() {
        List<ReceiptViews.Carried> carried = List.of(new ReceiptViews.Carried("wageCheck", "wage.report.carried", true),
                new ReceiptViews.Carried("other", "other.notice", false));
        String stored = ReceiptViews.write(carried);
        assertEquals("wageCheck|wage.report.carried|1;other|other.notice|0", stored);
        assertEquals(carried, ReceiptViews.read(stored));
    }

    @Test
    void nothingCarriedIsNoColumnValue() {
        assertNull(ReceiptViews.write(List.of()));
        assertEquals(List.of(), ReceiptViews.read(null));
    }
}
