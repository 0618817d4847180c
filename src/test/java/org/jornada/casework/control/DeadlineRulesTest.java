package org.jornada.casework.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.Category;
import org.junit.jupiter.api.Test;

/** Dated examples of the clocks in reference/domain-reference.md section 3. */
class DeadlineRulesTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 11, 28);

    private static Map<String, LocalDate> clocks(EnumSet<Category> categories, YearMonth started, YearMonth ended,
            String state) {
        return DeadlineRules.clocks(new DeadlineRules.Facts(categories, started, ended, state, RECEIVED)).stream()
                .collect(Collectors.toMap(Deadline::rule, Deadline::dueOn));
    }

    @Test
    void unpaidWagesRunTwoYearsUnderFlsaAndThreeIfWillful() {
        var due = clocks(EnumSet.of(Category.UNPAID_HOURS), YearMonth.of(2025, 6), null, null);
        assertEquals(LocalDate.of(2027, 6, 1), due.get(DeadlineRules.FLSA));
        assertEquals(LocalDate.of(2028, 6, 1), due.get(DeadlineRules.FLSA_WILLFUL));
    }

    @Test
    void retaliationGivesThirtyDaysForAnOshaElevenCComplaint() {
        var due = clocks(EnumSet.of(Category.RETALIATION), YearMonth.of(2026, 11), YearMonth.of(2026, 11), null);
        assertEquals(LocalDate.of(2026, 12, 1), due.get(DeadlineRules.OSHA_11C));
    }

    @Test
    void harassmentGivesOneHundredEightyOrThreeHundredDaysFromTheLastIncident() {
        var ended = clocks(EnumSet.of(Category.SEXUAL_HARASSMENT), YearMonth.of(2026, 1), YearMonth.of(2026, 3), null);
        assertEquals(LocalDate.of(2026, 3, 1).plusDays(180), ended.get(DeadlineRules.EEOC));
        assertEquals(LocalDate.of(2026, 8, 28), ended.get(DeadlineRules.EEOC));
        assertEquals(LocalDate.of(2026, 12, 26), ended.get(DeadlineRules.EEOC_FEPA));
        var ongoing = clocks(EnumSet.of(Category.SEXUAL_HARASSMENT), YearMonth.of(2026, 1), null, null);
        assertEquals(RECEIVED.plusDays(180), ongoing.get(DeadlineRules.EEOC), "ongoing: counted from receipt");
    }

    @Test
    void coercionStartsTheTenYearTvpaClock() {
        var due = clocks(EnumSet.of(Category.DOCUMENTS_TAKEN), YearMonth.of(2026, 4), null, null);
        assertEquals(LocalDate.of(2036, 4, 1), due.get(DeadlineRules.TVPA));
    }

    @Test
    void contractClaimsFollowTheWorksiteStatesWrittenContractPeriod() {
        assertEquals(LocalDate.of(2031, 5, 1), clocks(EnumSet.of(Category.BELOW_REQUIRED_WAGE),
                YearMonth.of(2025, 5), null, "GA").get(DeadlineRules.CONTRACT));
        assertEquals(LocalDate.of(2028, 5, 1), clocks(EnumSet.of(Category.BELOW_REQUIRED_WAGE),
                YearMonth.of(2025, 5), null, "NC").get(DeadlineRules.CONTRACT));
        assertFalse(clocks(EnumSet.of(Category.BELOW_REQUIRED_WAGE), YearMonth.of(2025, 5), null, "WY")
                .containsKey(DeadlineRules.CONTRACT), "no period in the reference for Wyoming: no clock shown");
    }

    @Test
    void clocksComeNearestFirstWithTheirSourceAndWarnUnderThirtyDays() {
        List<Deadline> all = DeadlineRules.clocks(new DeadlineRules.Facts(
                EnumSet.of(Category.RETALIATION, Category.UNPAID_HOURS), YearMonth.of(2026, 11), YearMonth.of(2026, 11),
                "FL", RECEIVED));
        assertEquals(DeadlineRules.OSHA_11C, all.get(0).rule());
        assertTrue(all.get(0).isWarning(RECEIVED));
        assertFalse(all.get(all.size() - 1).isWarning(RECEIVED));
        assertTrue(all.stream().allMatch(d -> !d.source().isBlank() && !d.explanation().isBlank()));
        assertTrue(DeadlineRules.clocks(new DeadlineRules.Facts(EnumSet.of(Category.OTHER), null, null, null,
                RECEIVED)).isEmpty());
    }

    @Test
    void aWageChecksFirstShortPayPeriodMakesTheMonthExactAndTheWageCheckUsesTheSameRule() {
        // reference section 3: FLSA 2 years, 3 if willful, from when the cause of action accrues (each payday)
        // (the first short week was also paid below the federal minimum: the FLSA clocks run from it, issue #25)
        var facts = new DeadlineRules.Facts(EnumSet.of(Category.BELOW_REQUIRED_WAGE), YearMonth.of(2026, 3), null, "GA",
                RECEIVED, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 14));
        Map<String, LocalDate> due = DeadlineRules.clocks(facts).stream()
                .collect(Collectors.toMap(Deadline::rule, Deadline::dueOn));
        assertEquals(LocalDate.of(2028, 3, 14), due.get(DeadlineRules.FLSA));
        assertEquals(LocalDate.of(2029, 3, 14), due.get(DeadlineRules.FLSA_WILLFUL));
        assertEquals(LocalDate.of(2032, 3, 14), due.get(DeadlineRules.CONTRACT), "Georgia: 6 years");
        Map<String, LocalDate> check = DeadlineRules.payClaims(LocalDate.of(2026, 3, 14), "GA", true).stream()
                .collect(Collectors.toMap(Deadline::rule, Deadline::dueOn));
        for (String rule : List.of(DeadlineRules.FLSA, DeadlineRules.FLSA_WILLFUL, DeadlineRules.CONTRACT,
                DeadlineRules.SWA_COMPLAINT)) {
            assertEquals(due.get(rule), check.get(rule), rule + ": one rule, one date");
        }
        assertEquals(LocalDate.of(2028, 3, 14), check.get(DeadlineRules.SWA_COMPLAINT), "20 CFR 658.411(d)(6): 2 years");
        // a kept check that found pay short of the AEWR but not of $7.25: no FLSA clock on the case either
        var aboveFederal = new DeadlineRules.Facts(EnumSet.of(Category.BELOW_REQUIRED_WAGE), YearMonth.of(2026, 3), null,
                "GA", RECEIVED, LocalDate.of(2026, 3, 14), null);
        assertTrue(DeadlineRules.clocks(aboveFederal).stream().noneMatch(d -> d.rule().startsWith("FLSA")));
        // no kept check: the case keeps its FLSA clocks from the month the worker gave (the check knows no more)
        var unchecked = new DeadlineRules.Facts(EnumSet.of(Category.BELOW_REQUIRED_WAGE), YearMonth.of(2026, 3), null,
                "GA", RECEIVED);
        assertTrue(DeadlineRules.clocks(unchecked).stream().anyMatch(d -> d.rule().equals(DeadlineRules.FLSA)));
        var later = new DeadlineRules.Facts(EnumSet.of(Category.BELOW_REQUIRED_WAGE), YearMonth.of(2026, 1), null, null,
                RECEIVED, LocalDate.of(2026, 3, 14));
        assertEquals(LocalDate.of(2026, 1, 1), later.payClaimsFrom(),
                "a short period after the month the worker gave does not move the start later");
    }

    @Test
    void theCasesFlsaClockCountsFromTheFirstPaydayAKeptCheckFoundBelowTheFederalMinimum() {
        // issue #25, rule 5: the wage check's FLSA clocks run from the first payday below $7.25 (29 U.S.C. 255(a));
        // the case's use the same day. Short since Mar 14 2026 (contract, Georgia 6 years: Mar 14 2032); below the
        // federal minimum first on Apr 11 2026: FLSA Apr 11 2028, willful Apr 11 2029.
        var facts = new DeadlineRules.Facts(EnumSet.of(Category.BELOW_REQUIRED_WAGE), YearMonth.of(2026, 3), null, "GA",
                RECEIVED, LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 11));
        Map<String, LocalDate> due = DeadlineRules.clocks(facts).stream()
                .collect(Collectors.toMap(Deadline::rule, Deadline::dueOn));
        assertEquals(LocalDate.of(2028, 4, 11), due.get(DeadlineRules.FLSA));
        assertEquals(LocalDate.of(2029, 4, 11), due.get(DeadlineRules.FLSA_WILLFUL));
        assertEquals(LocalDate.of(2032, 3, 14), due.get(DeadlineRules.CONTRACT));
        Map<String, LocalDate> check = DeadlineRules.payClaims(LocalDate.of(2026, 3, 14), LocalDate.of(2026, 4, 11), "GA",
                true).stream().collect(Collectors.toMap(Deadline::rule, Deadline::dueOn));
        for (String rule : List.of(DeadlineRules.FLSA, DeadlineRules.FLSA_WILLFUL, DeadlineRules.CONTRACT)) {
            assertEquals(due.get(rule), check.get(rule), rule + ": one rule, one date");
        }
        assertTrue(DeadlineRules.payClaims(LocalDate.of(2026, 3, 14), null, "GA", true).stream()
                .noneMatch(d -> d.rule().startsWith("FLSA")), "no payday below $7.25: no FLSA clock on the check");
    }

    @Test
    void everyClockHasItsExplanationAndNameInSpanishAndEnglish() throws Exception {
        for (java.lang.reflect.Field field : DeadlineRules.class.getFields()) {
            if (field.getType() != String.class || !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String rule = (String) field.get(null);
            for (java.util.Locale locale : List.of(java.util.Locale.forLanguageTag("es"), java.util.Locale.ENGLISH)) {
                for (String key : List.of("deadline.explain." + rule, "deadline.name." + rule)) {
                    String text = org.jornada.platform.control.Messages.get(locale, key, "NC", "6");
                    assertFalse(text.equals(key) || text.isBlank(), locale + " has no " + key);
                }
            }
        }
        // a written contract's clock names its state and years in both languages
        Deadline contract = DeadlineRules.payClaims(LocalDate.of(2026, 5, 1), "NC", false).stream()
                .filter(d -> d.rule().equals(DeadlineRules.CONTRACT)).findFirst().orElseThrow();
        String spanish = org.jornada.platform.control.Messages.get(java.util.Locale.forLanguageTag("es"),
                "deadline.explain." + contract.rule(), contract.args().toArray());
        assertTrue(spanish.startsWith("La oferta de trabajo H-2 como contrato escrito, NC: "), spanish);
        assertTrue(contract.explanation().startsWith("H-2 job order as a written contract, NC: "), contract.explanation());
    }
}
