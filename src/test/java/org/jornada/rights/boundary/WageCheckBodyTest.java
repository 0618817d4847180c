package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jornada.platform.boundary.ApiBodies;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.RefusedException;
import org.jornada.rights.control.WageQuestion;
import org.junit.jupiter.api.Test;

/**
 * Impossible input is refused with the box named (issue #25, rule 9): the page and the API share
 * this one validation (the body read by {@link ApiBodies} into a {@link WageCheckBody}), so the
 * error names the same field in both.
 */
class WageCheckBodyTest {

    private static final ApiBodies BODIES = new ApiBodies(new InputValidation(
            jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()));

    private static WageQuestion question(String body) {
        return BODIES.intake(body.replace('\'', '"'), WageCheckBody.class).question();
    }

    private static RefusedException refused(String body) {
        return assertThrows(RefusedException.class, () -> question(body));
    }

    private static org.jornada.platform.control.FieldError first(RefusedException refused) {
        return refused.errors().get(0);
    }

    @Test
    void moreThanTwentyFourHoursADayIsRefusedOnThatPaychecksHours() {
        // one day, 25 hours
        assertEquals("periods[1].hours", refused("{'visa':'H-2A','state':'NC','periods':[{'from':'2025-05-05','to':"
                + "'2025-05-11','hours':40},{'from':'2025-05-12','to':'2025-05-12','hours':25}]}").errors().get(0).field());
        // a week, 170 hours (more than 7 x 24 = 168)
        assertEquals("wage.error.hoursPerDay", refused("{'visa':'H-2A','state':'NC','periods':[{'from':'2025-05-05',"
                + "'to':'2025-05-11','hours':170}]}").errors().get(0).messageKey());
    }

    @Test
    void aWeekOfExactly168HoursIsAccepted() {
        assertEquals(1, question(("{'visa':'H-2A','state':'NC','periods':[{'from':'2025-05-05',"
                + "'to':'2025-05-11','hours':168}]}")).periods().size());
    }

    @Test
    void contractHoursOverEightyFourAWeekAreRefused() {
        RefusedException bad = refused("{'visa':'H-2B','state':'TX','contract':{'start':'2026-03-02',"
                + "'end':'2026-09-30','hoursPerWeek':85}}");
        assertEquals("contract.hoursPerWeek", bad.errors().get(0).field());
        assertEquals("wage.error.hoursPerWeek", bad.errors().get(0).messageKey());
    }

    @Test
    void aJobOrderFiledInTheFutureIsRefused() {
        String tomorrowPlusTwo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString();
        RefusedException bad = refused("{'visa':'H-2A','state':'NC','jobOrderFiledOn':'" + tomorrowPlusTwo + "'}");
        assertEquals("jobOrderFiledOn", bad.errors().get(0).field());
        assertEquals("wage.error.future", bad.errors().get(0).messageKey());
    }

    @Test
    void aPaycheckLongerThanAQuarterAndAnUnknownDeductionTypeAreRefused() {
        assertEquals("periods[0].to", refused("{'visa':'H-2A','state':'NC','periods':[{'from':'2025-01-01',"
                + "'to':'2025-12-31','hours':40}]}").errors().get(0).field());
        assertEquals("deductions[0].type", refused("{'visa':'H-2A','state':'NC','deductions':[{'kind':'x',"
                + "'amount':5,'type':'CAR'}]}").errors().get(0).field());
    }

    @Test
    void everyBrokenBoxIsNamedInOneAnswerNotOneAtATime() {
        // a worker who typed five mistakes learns of all five in one round trip (a slow phone: issue #25)
        RefusedException bad = refused("{'visa':'H-2A','state':'NC','jobOrderFiledOn':'2099-01-01',"
                + "'periods':[{'from':'2025-05-12','to':'2025-05-12','hours':25},{'from':'2025-05-13','hours':'cuarenta'}],"
                + "'deductions':[{'kind':'casa','amount':'cuarenta'}],'contract':{'hoursPerWeek':90}}");
        assertEquals(java.util.List.of("periods[0].hours", "periods[1].hours", "deductions[0].amount",
                "contract.hoursPerWeek", "jobOrderFiledOn"), bad.errors().stream().map(e -> e.field()).toList());
    }
}
