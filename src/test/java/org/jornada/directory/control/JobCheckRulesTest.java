package org.jornada.directory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jornada.directory.control.JobCheckRules.Ban;
import org.jornada.directory.control.JobCheckRules.Cert;
import org.jornada.directory.control.JobCheckRules.Facts;
import org.jornada.directory.control.JobCheckRules.Party;
import org.jornada.directory.control.JobCheckRules.Verdict;
import org.junit.jupiter.api.Test;

/** The job check's decisions without a container: each red flag from facts that raise it alone. */
class JobCheckRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Party FARM = new Party(1, "Granja Ejemplo LLC");
    private static final Party AGENT = new Party(2, "Campo Legal PLLC");
    private static final Party RECRUITER = new Party(3, "Reclutadora del Bajío");
    private static final Party SUB = new Party(4, "Juan Pérez Sánchez");

    private static Cert cert(String state, LocalDate begin, LocalDate end, Integer fy, String status) {
        return new Cert("H-300-26300-000123", "H-2A", fy, status, FARM, state, begin, end, "Farmworker", "Onions",
                new BigDecimal("16.08"), "Hour", 40, List.of(AGENT), List.of(RECRUITER, SUB));
    }

    private static Cert thisSeason() {
        return cert("GA", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 10, 31), 2027, "Determination Issued - Certification");
    }

    private static Facts facts(JobCheckQuery query, List<Cert> certs, List<Party> recruitersNamed, List<Ban> bans,
            Map<Long, Integer> whd, Map<Long, Long> verified) {
        return new Facts(TODAY, query, List.of(FARM), recruitersNamed, certs, bans, whd, verified, 5);
    }

    private static Verdict decide(JobCheckQuery query, List<Cert> certs) {
        return JobCheckRules.decide(facts(query, certs, List.of(), List.of(), Map.of(), Map.of()));
    }

    private static JobCheckQuery employer(String state, String recruiter) {
        return JobCheckQuery.read(null, "Granja Ejemplo", recruiter, state).query();
    }

    private static List<String> codes(Verdict v) {
        return v.flags().stream().map(JobCheckRules.Flag::code).toList();
    }

    @Test
    void aCertifiedJobInTheStateAskedWithItsDisclosedRecruiterRaisesNoFlag() {
        Verdict v = decide(employer("GA", "Reclutadora del Bajio"), List.of(thisSeason()));
        assertTrue(v.found());
        assertEquals(List.of(), codes(v));
        assertEquals(1, v.certifications().size());
    }

    @Test
    void aSubRecruiterCountsAsDisclosed() {
        assertEquals(List.of(), codes(decide(employer("GA", "juan perez sanchez"), List.of(thisSeason()))));
    }

    @Test
    void noCertificationThisSeasonIsNotCertifiedAlone() {
        Cert old = cert("GA", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 10, 31), 2023, "Determination Issued - Certification");
        Verdict v = decide(employer("GA", null), List.of(old));
        assertFalse(v.found());
        assertEquals(List.of("NOT_CERTIFIED"), codes(v));
        assertEquals(List.of(), v.certifications());
    }

    @Test
    void inDecemberAnEmployerApprovedLastSeasonIsToldApartFromOneNeverApproved() {
        // today 2026-12-07 is fiscal year 2027; last season's job (FY2026) ended on 2026-10-31
        Cert lastSeason = cert("GA", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31), 2026,
                "Determination Issued - Certification");
        Verdict v = decide(employer("GA", null), List.of(lastSeason));
        assertEquals(List.of("NOT_CERTIFIED"), codes(v));
        String es = JobCheckTexts.flag(v.flags().get(0), Locale.forLanguageTag("es"));
        assertTrue(es.contains("terminó el 31 de octubre de 2026") && es.contains("cada tres meses")
                && !es.contains("puede ser falsa"), es);
        String en = JobCheckTexts.flag(v.flags().get(0), Locale.ENGLISH);
        assertTrue(en.contains("the offer's case number"), en);
        Verdict never = decide(employer("GA", null), List.of());
        assertTrue(JobCheckTexts.flag(never.flags().get(0), Locale.forLanguageTag("es")).contains("puede ser falsa"),
                "an employer with no approval at all: the offer may be fake");
    }

    @Test
    void aDeniedOrWithdrawnCaseIsNotACertification() {
        Cert denied = cert("GA", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 10, 31), 2027, "Determination Issued - Denied");
        assertEquals(List.of("NOT_CERTIFIED"), codes(decide(employer(null, null), List.of(denied))));
        JobCheckQuery byCase = JobCheckQuery.read("H-300-26300-000123", null, null, null).query();
        Cert withdrawn = cert("GA", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 10, 31), 2027, "Withdrawn");
        assertEquals(List.of("NOT_CERTIFIED"), codes(decide(byCase, List.of(withdrawn))));
    }

    @Test
    void anotherStateThanTheOneAskedIsDatesDoNotMatchAlone() {
        Verdict v = decide(employer("FL", null), List.of(thisSeason()));
        assertTrue(v.found());
        assertEquals(List.of("DATES_DO_NOT_MATCH"), codes(v));
        assertEquals(List.of("GA", "FL"), v.flags().get(0).args());
        assertEquals(1, v.certifications().size(), "what was certified is still shown");
    }

    @Test
    void aCaseThatEndedIsDatesDoNotMatchAlone() {
        JobCheckQuery byCase = JobCheckQuery.read("H-300-26300-000123", null, null, "GA").query();
        Cert ended = cert("GA", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 10, 31), 2024, null);
        Verdict v = decide(byCase, List.of(ended));
        assertEquals(List.of("DATES_DO_NOT_MATCH"), codes(v));
        assertTrue(JobCheckTexts.flag(v.flags().get(0), Locale.forLanguageTag("es")).contains("31 de octubre de 2024"));
    }

    @Test
    void thisSeasonIsTodayOrTheComingTwelveMonthsOrTheCurrentOrNextFiscalYear() {
        Cert startsIn11Months = cert("GA", TODAY.plusMonths(11), TODAY.plusMonths(18), null, null);
        Cert startsIn13Months = cert("GA", TODAY.plusMonths(13), TODAY.plusMonths(20), null, null);
        Cert runningNow = cert("GA", TODAY.minusMonths(2), TODAY.plusMonths(2), null, null);
        Cert nextFiscalYear = cert("GA", null, null, 2028, null);
        assertTrue(JobCheckRules.inSeason(startsIn11Months, TODAY));
        assertFalse(JobCheckRules.inSeason(startsIn13Months, TODAY));
        assertTrue(JobCheckRules.inSeason(runningNow, TODAY));
        assertTrue(JobCheckRules.inSeason(nextFiscalYear, TODAY));
        assertEquals(2027, JobCheckRules.fiscalYear(TODAY));
        assertEquals(2026, JobCheckRules.fiscalYear(LocalDate.of(2026, 9, 30)));
    }

    @Test
    void aRecruiterNotOnTheListIsRecruiterNotDisclosedAlone() {
        Verdict v = decide(employer("GA", "Agencia Otra Distinta"), List.of(thisSeason()));
        assertEquals(List.of("RECRUITER_NOT_DISCLOSED"), codes(v));
        assertTrue(JobCheckTexts.flag(v.flags().get(0), Locale.forLanguageTag("es")).contains("puede estar incompleta"));
    }

    @Test
    void aRecruiterMatchedToADisclosedEntryByTheSearchIsDisclosed() {
        JobCheckQuery q = employer("GA", "Bajio Recruiting");
        Verdict v = JobCheckRules.decide(facts(q, List.of(thisSeason()), List.of(RECRUITER), List.of(), Map.of(), Map.of()));
        assertEquals(List.of(), codes(v));
    }

    @Test
    void aRecruiterAloneOnNoListOfThisSeasonIsRecruiterNotDisclosed() {
        JobCheckQuery q = JobCheckQuery.read(null, null, "Reclutadora Fantasma", null).query();
        Verdict v = JobCheckRules.decide(new Facts(TODAY, q, List.of(), List.of(), List.of(), List.of(), Map.of(), Map.of(), 5));
        assertEquals(List.of("RECRUITER_NOT_DISCLOSED"), codes(v));
        assertFalse(v.found());
    }

    @Test
    void aDebarmentInForceTodayIsDebarredAndAnEndedOneIsNot() {
        List<Ban> bans = List.of(new Ban(AGENT.id(), TODAY.minusYears(1), TODAY.plusYears(2)),
                new Ban(FARM.id(), TODAY.minusYears(4), TODAY.minusYears(1)));
        Verdict v = JobCheckRules.decide(facts(employer("GA", null), List.of(thisSeason()), List.of(), bans, Map.of(), Map.of()));
        assertEquals(List.of("DEBARRED"), codes(v));
        assertEquals(AGENT.name(), v.flags().get(0).args().get(0));
        Verdict recruiter = JobCheckRules.decide(facts(employer("GA", null), List.of(thisSeason()), List.of(),
                List.of(new Ban(SUB.id(), null, null)), Map.of(), Map.of()));
        assertEquals(List.of("DEBARRED"), codes(recruiter));
        assertEquals("jobcheck.flag.debarred.open", recruiter.flags().get(0).messageKey());
    }

    @Test
    void anEmployerNotCertifiedIsStillFlaggedForItsDebarment() {
        Verdict v = JobCheckRules.decide(facts(employer(null, null), List.of(), List.of(),
                List.of(new Ban(FARM.id(), TODAY.minusDays(1), TODAY.plusDays(1))), Map.of(FARM.id(), 2), Map.of()));
        assertEquals(List.of("NOT_CERTIFIED", "DEBARRED", "WHD_FINDINGS"), codes(v));
    }

    @Test
    void whdActionsWithH2ViolationsAreWhdFindingsAlone() {
        Verdict v = JobCheckRules.decide(facts(employer("GA", null), List.of(thisSeason()), List.of(), List.of(),
                Map.of(FARM.id(), 3), Map.of()));
        assertEquals(List.of("WHD_FINDINGS"), codes(v));
        assertTrue(JobCheckTexts.flag(v.flags().get(0), Locale.ENGLISH).contains("(3 cases)"));
    }

    @Test
    void verifiedComplaintsCountOnlyFromTheMinimumUp() {
        Verdict below = JobCheckRules.decide(facts(employer("GA", null), List.of(thisSeason()), List.of(), List.of(),
                Map.of(), Map.of(FARM.id(), 4L, RECRUITER.id(), 4L)));
        assertEquals(List.of(), codes(below));
        Verdict at = JobCheckRules.decide(facts(employer("GA", null), List.of(thisSeason()), List.of(), List.of(),
                Map.of(), Map.of(RECRUITER.id(), 5L)));
        assertEquals(List.of("VERIFIED_COMPLAINTS"), codes(at));
        assertEquals(RECRUITER.name(), at.flags().get(0).args().get(0));
    }

    @Test
    void everyAnswerGivesTheNoFeesRuleTheRefundAndTheHotlineWithTheirSources() {
        List<JobCheckTexts.Rule> rules = JobCheckTexts.rules(Locale.forLanguageTag("es"));
        assertEquals(3, rules.size());
        assertTrue(rules.get(0).text().startsWith("Nadie le puede cobrar"));
        assertTrue(rules.get(0).citation().contains("655.135(j)") && rules.get(0).citation().contains("655.20(o)")
                && rules.get(0).citation().contains("214.2(h)(5)(xi)(A)") && rules.get(0).citation().contains("214.2(h)(6)(i)(B)"));
        assertTrue(rules.get(2).text().contains("1-888-373-7888") && rules.get(2).text().contains("233733"));
        assertEquals("$16.08 por hora", JobCheckTexts.wage(new BigDecimal("16.08"), "Hour", Locale.forLanguageTag("es")));
    }
}
