package org.jornada.rights.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The know-your-rights pages say each condition the reference gives, in Spanish and in English, and
 * none of the claims it does not support (issue #25). "Reference" below is
 * /work/shared/reference/domain-reference.md ("dr") and aewr-2026.md ("aewr"), cited by section and
 * table row for every fact checked.
 */
class RightsWordsTest {

    private static Properties es;
    private static Properties en;

    @BeforeAll
    static void load() throws IOException {
        es = bundle("es");
        en = bundle("en");
    }

    private static Properties bundle(String lang) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = RightsWordsTest.class
                .getResourceAsStream("/org/jornada/platform/i18n/messages_" + lang + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The key's Spanish text holds every {@code esFacts}, its English text every {@code enFacts}. */
    private static void says(String key, List<String> esFacts, List<String> enFacts) {
        String inSpanish = es.getProperty(key);
        String inEnglish = en.getProperty(key);
        assertTrue(inSpanish != null && !inSpanish.isBlank(), "es lacks " + key);
        assertTrue(inEnglish != null && !inEnglish.isBlank(), "en lacks " + key);
        for (String fact : esFacts) {
            assertTrue(inSpanish.contains(fact), "es " + key + " should say «" + fact + "»: " + inSpanish);
        }
        for (String fact : enFacts) {
            assertTrue(inEnglish.contains(fact), "en " + key + " should say «" + fact + "»: " + inEnglish);
        }
    }

    /** Facts written the same way in both languages (citations, visa names, figures). */
    private static void says(String key, String... facts) {
        says(key, List.of(facts), List.of(facts));
    }

    private static void doesNotSay(String key, String... facts) {
        for (String fact : facts) {
            assertFalse(es.getProperty(key).contains(fact), "es " + key + " must not say «" + fact + "»");
            assertFalse(en.getProperty(key).contains(fact), "en " + key + " must not say «" + fact + "»");
        }
    }

    /** Every rights.* text of one language, by key. */
    private static Map<String, String> rightsTexts(Properties bundle) {
        Map<String, String> texts = new TreeMap<>();
        bundle.stringPropertyNames().stream().filter(k -> k.startsWith("rights."))
                .forEach(k -> texts.put(k, bundle.getProperty(k)));
        return texts;
    }

    @Test
    void everyLineATopicShowsExistsInSpanishAndEnglishAndNoneIsLeftOver() {
        for (RightsTopics.Topic topic : RightsTopics.Topic.values()) {
            List<String> keys = new ArrayList<>(List.of(topic.getKey() + ".title", topic.getKey() + ".intro",
                    topic.getKey() + ".rule"));
            keys.addAll(topic.getOwed());
            keys.addAll(topic.getWhere());
            keys.addAll(topic.getDeadlines());
            keys.forEach(key -> says(key));
            // a line the page does not show would be an unchecked claim in the bundle
            String nextOwed = topic.getKey() + ".owed." + (topic.getOwed().size() + 1);
            String nextWhere = topic.getKey() + ".where." + (topic.getWhere().size() + 1);
            assertFalse(es.containsKey(nextOwed) || en.containsKey(nextOwed), nextOwed + " is never shown");
            assertFalse(es.containsKey(nextWhere) || en.containsKey(nextWhere), nextWhere + " is never shown");
        }
        says("rights.deadlines");
    }

    @Test
    void theAewrIsStatedForH2aOnlyWithTheRuleVersionAndTheHousingAdjustment() {
        // dr 1a "The required wage is always the highest of ..." (20 CFR 655.120(a), 655.122(l)), an H-2A rule
        says("rights.pay.owed.1", List.of("H-2A", "AEWR", "más alto", "mínimo federal", "mínimo de su estado"),
                List.of("H-2A", "AEWR", "highest", "federal minimum", "state's minimum"));
        says("rights.pay.rule", "655.120(a)", "655.122(k), (l), (m), (p)");
        // dr section 1 is "H-2A Adverse Effect Wage Rates"; the H-2B rows of dr section 2 give no AEWR
        says("rights.pay.owed.2", List.of("solo", "H-2A", "H-2B", "no aplica"),
                List.of("only", "H-2A", "H-2B", "does not apply"));
        // aewr 1a: the IFR (90 FR 47914) took effect Oct 2 2025; dr 1a "applies only to job orders filed on or after Oct 2 2025"
        says("rights.pay.owed.3", List.of("2 de octubre de 2025", "presentadas"), List.of("October 2, 2025", "filed"));
        says("rights.pay.rule", "90 FR 47914");
        // aewr section 2: a job order from before Oct 2 2025 is owed at least the older rate "for the life of that contract"
        says("rights.pay.owed.4", List.of("antes", "por lo menos la tarifa anterior", "todo el contrato"),
                List.of("before", "at least the older rate", "whole contract"));
        // dr 1a / aewr 1a: two skill levels, set by the duties of the majority of workdays and the job offer
        says("rights.pay.owed.5", List.of("dos AEWR", "mayoría de los días", "oferta"),
                List.of("two AEWRs", "most days", "job offer"));
        // aewr 1a "may be applied only to H-2A workers given free housing"
        says("rights.pay.owed.6", List.of("ajuste por vivienda", "Solo", "H-2A", "vivienda gratis"),
                List.of("housing adjustment", "Only", "H-2A", "free housing"));
        // aewr 1a "The adjusted wage cannot fall below the federal or state minimum wage"
        says("rights.pay.owed.7", List.of("nunca", "mínimo federal", "su estado"),
                List.of("never", "federal", "state's minimum"));
        says("rights.housing.owed.5", List.of("H-2A", "vivienda gratis", "Nunca abajo del salario mínimo federal"),
                List.of("H-2A", "free housing", "Never below the federal"));
        says("rights.housing.rule", "90 FR 47914", "655.122(d)");
    }

    @Test
    void payLinesKeepEachVisasOwnRule() {
        // dr 2 H-2A table "Rate of pay": piece-rate workers must still reach the hourly floor
        says("rights.pay.owed.8", List.of("por pieza"), List.of("by the piece"));
        // dr 2: H-2A "at least twice a month" (655.122(m)); H-2B "at least every two weeks" (655.20(i))
        says("rights.pay.owed.9", List.of("H-2A", "dos veces al mes", "H-2B", "cada dos semanas"),
                List.of("H-2A", "twice a month", "H-2B", "every two weeks"));
        // dr 2 H-2A "Pay statement" 655.122(k): rate(s), hours offered and worked, deductions, earnings
        says("rights.pay.owed.10", List.of("H-2A", "horas ofrecidas"), List.of("H-2A", "hours offered"));
        // dr 2 H-2A "Deductions" 655.122(p): only lawful deductions, disclosed in writing (not "in your contract")
        says("rights.pay.owed.11", List.of("H-2A", "legales", "por escrito"), List.of("H-2A", "lawful", "in writing"));
        doesNotSay("rights.pay.owed.11", "contrato", "contract");
    }

    @Test
    void inboundTravelIsRepaidAtHalfTheContract() {
        // dr 2 H-2A "Inbound transportation and subsistence" 655.122(h)(1): reimbursed once 50% of the contract period is done
        says("rights.travel.owed.1", List.of("H-2A", "mitad", "50%", "comidas y hospedaje", "gastos razonables"),
                List.of("H-2A", "half", "50%", "meals and lodging", "reasonable costs"));
        // dr 2 H-2B "Inbound transportation and subsistence" 655.20(j)(1): reimbursed once 50% of the job-order period is done
        says("rights.travel.owed.6", List.of("H-2B", "mitad", "50%"), List.of("H-2B", "half", "50%"));
        says("rights.travel.rule", "655.122(h)(1)", "655.20(j)(1)");
    }

    @Test
    void theReturnTripIsOwedOnCompletionAndAlsoOnDismissal() {
        // dr 2 H-2A "Outbound transportation" 655.122(h)(2): paid once the contract is completed
        says("rights.travel.owed.2", List.of("H-2A", "regreso", "termina el contrato"),
                List.of("H-2A", "trip home", "finish the contract"));
        // same row: "(or on dismissal/impossibility, per 655.122(o))"
        says("rights.travel.owed.3", List.of("H-2A", "despiden", "imposible"), List.of("H-2A", "dismissed", "impossible"));
        says("rights.travel.rule", "655.122(h)(2)", "655.122(o)");
        // dr 2 H-2B "Return transportation": on completion, "or if dismissed early for any reason"
        says("rights.travel.owed.7", List.of("H-2B", "despiden", "cualquier motivo"),
                List.of("H-2B", "dismissed", "any reason"));
    }

    @Test
    void theVisaFeeRuleIsStatedForH2bOnly() {
        // dr 2 H-2B "Visa and related fees" 655.20(j)(2): provided or reimbursed in the first workweek.
        // The reference gives no visa-fee rule for H-2A.
        says("rights.travel.owed.5", List.of("H-2B", "visa", "primera semana"), List.of("H-2B", "visa", "first week"));
        doesNotSay("rights.travel.owed.5", "H-2A");
        says("rights.travel.rule", "655.20(j)(2)");
        says("rights.travel.intro", List.of("En H-2B, también la visa"), List.of("For H-2B, the visa too"));
        // for H-2A only a referral to an advocate, no repayment promise
        says("rights.travel.owed.4", List.of("H-2A", "visa", "defensor"), List.of("H-2A", "visa", "advocate"));
    }

    @Test
    void recruitmentFeesAreForbiddenAndRepaymentIsStatedForH2bOnly() {
        // dr 2 H-2A 655.135(j) (no payment of any kind toward the certification: agent, attorney, application,
        // recruitment) and H-2B 655.20(o)
        says("rights.fees.owed.1", List.of("Ningún pago", "reclutamiento", "solicitud", "agente"),
                List.of("No payment", "recruitment", "application", "agent"));
        // dr 2 H-2A 655.135(k), H-2B 655.20(p): the employer must forbid recruiters by contract
        says("rights.fees.owed.2", List.of("prohibir por contrato"), List.of("by contract"));
        // dr 2 H-2B row 655.20(o): "If you paid a recruiter a fee in your home country, your employer must
        // reimburse you ... in your first paycheck" (dol.gov/general/migrantworker/recruitment)
        says("rights.fees.owed.3", List.of("H-2B", "primer pago"), List.of("H-2B", "first paycheck"));
        doesNotSay("rights.fees.owed.3", "H-2A");
        // dr 2 H-2A 655.135(j)/(k) and FAB 2011-2: a ban, no repayment rule; an advocate checks what can be recovered
        says("rights.fees.owed.4", List.of("H-2A", "prohibido", "defensor"), List.of("H-2A", "forbidden", "advocate"));
        says("rights.fees.rule", "655.135(j)", "655.20(o)", "2011-2", "dol.gov/general/migrantworker/recruitment");
        // dr 2 "Disclosure of work contract" 655.122(q): no later than the visa application
        says("rights.fees.owed.5", List.of("idioma", "a más tardar"), List.of("language", "no later than"));
        // dr 3 "job order = contract"
        says("rights.fees.owed.6", List.of("orden de trabajo es su contrato"), List.of("job order is your contract"));
    }

    @Test
    void theThreeFourthsGuaranteeSaysWhoItHoldsForAndNoRate() {
        // dr 2 H-2A "Three-fourths guarantee" 655.122(i): 75% of the hours, from the first workday to the end date
        says("rights.three_fourths.owed.1", List.of("H-2A", "75%", "primer día"), List.of("H-2A", "75%", "first day"));
        // the reference says "pay in lieu" and gives no rate for it: an advocate works the amount out
        says("rights.three_fourths.owed.2", List.of("pago en su lugar", "defensor"), List.of("pay instead", "advocate"));
        // dr 2 H-2B 655.20(f): each 12-week period (6 if under 120 days); dr 0: DOL barred from enforcing it
        says("rights.three_fourths.owed.3", List.of("H-2B", "12 semanas", "6", "120 días", "no la puede hacer cumplir"),
                List.of("H-2B", "12 weeks", "6", "120 days", "may not enforce"));
        says("rights.three_fourths.rule", "655.122(i)", "655.20(f)", "#78");
    }

    @Test
    void theClaimDeadlinesNameTheirConditions() {
        // dr 3 "FLSA minimum wage / overtime": 2 years, 3 if willful (knew or reckless disregard), 29 U.S.C. 255(a)
        says("rights.deadline.flsa", List.of("Salario mínimo federal", "2 años", "3 años", "sabía", "no le importó"),
                List.of("Federal minimum wage", "2 years", "3 years", "knew", "did not care"));
        says("rights.pay.rule", "29 U.S.C. 255(a)", "FLSA");
        // dr 3 "H-2A / H-2B contract claims": job order = contract; the state's written-contract period
        says("rights.deadline.contract", List.of("orden de trabajo", "contrato", "contratos escritos"),
                List.of("job order", "contract", "written contracts"));
        // dr 3 "Written-contract periods, major H-2 states (secondary compilations, verify)"
        says("rights.deadline.states", List.of("Florida 5", "California 4", "Texas 4", "Georgia 6",
                "Carolina del Norte 3", "Washington 6", "Michigan 6"), List.of("Florida 5", "California 4", "Texas 4",
                "Georgia 6", "North Carolina 3", "Washington 6", "Michigan 6"));
        says("rights.deadline.verify", List.of("resúmenes", "defensor"), List.of("summaries", "advocate"));
        for (String topic : List.of("pay", "three_fourths", "travel")) {
            // the state periods cited: Fla. Stat. 95.11(2), CCP 337, CPRC 16.004; GA 6 years: Morales-Arcadio
            says("rights." + topic + ".rule", "95.11(2)", "CCP 337", "CPRC 16.004", "Morales-Arcadio");
        }
        // dr 3 / dr 4: SWA complaint system covers complaints made within 2 years (20 CFR 658.411(d)(6))
        says("rights.deadline.swa", List.of("agencia estatal de empleo", "2 años"),
                List.of("state workforce agency", "2 years"));
        says("rights.pay.rule", "658.411(d)(6)");
        // dr 3 "EEOC charge": 180 days, 300 where a state or local agency enforces a law on the same basis;
        // harassment counted from the last incident
        says("rights.deadline.eeoc", List.of("180 días", "300", "última vez"),
                List.of("180 days", "300", "last incident"));
        says("rights.discrimination.rule", "2000e-5(e)(1)", "1601.13");
        // dr 3 "OSHA 11(c) retaliation": 30 days from when the employee is notified of the adverse action
        says("rights.deadline.osha", List.of("30 días", "OSHA", "le avisan"), List.of("30 days", "OSHA", "told"));
        says("rights.safety.rule", "11(c)");
        says("rights.retaliation.rule", "11(c)");
        // dr 3 "TVPA civil action (18 U.S.C. 1595)": 10 years
        says("rights.deadline.tvpa", List.of("10 años"), List.of("10 years"));
        says("rights.trafficking.rule", "1595");
        says("rights.documents.rule", "1595");
        // dr 4 EEOC "number of employees (most laws need 15+)"
        says("rights.discrimination.owed.4", List.of("15 empleados"), List.of("15 or more employees"));

        assertEquals(List.of("rights.deadline.flsa", "rights.deadline.contract", "rights.deadline.states",
                "rights.deadline.verify", "rights.deadline.swa"), RightsTopics.Topic.PAY.getDeadlines());
        for (RightsTopics.Topic topic : List.of(RightsTopics.Topic.THREE_FOURTHS, RightsTopics.Topic.TRAVEL)) {
            assertEquals(List.of("rights.deadline.contract", "rights.deadline.states", "rights.deadline.verify"),
                    topic.getDeadlines(), topic.name());
        }
    }

    @Test
    void theOrganizingPageDoesNotPromiseTheUnenforced2024Protection() {
        // dr 0: WHD suspended enforcement of the 2024 rule on Jun 20 2025 and applies the rules in force on
        // Jun 27 2024; dr 2 655.135(h): "The 2024 rule's expanded (h) is not being enforced"
        says("rights.organizing.owed.2", List.of("2024", "20 de junio de 2025", "anterior"),
                List.of("2024", "June 20, 2025", "older"));
        says("rights.organizing.rule", "655.135(h)", "89 FR 33898", "90 FR 28919");
    }

    /**
     * Statements the reference does not support, as the pages once said them or could easily say them
     * again. Each pattern is matched against every rights.* text of its language.
     */
    private static final Map<String, String> FORBIDDEN = Map.ofEntries(
            // the pay for the missing three-fourths hours "at your contract rate": the reference gives no rate
            Map.entry("(?i)tarifa de su contrato", "three-fourths pay at the contract rate"),
            Map.entry("(?i)contract'?s? rate", "three-fourths pay at the contract rate"),
            // $7.25 is the federal minimum only; the floor is the highest of several (dr 1a, aewr 4)
            Map.entry("7[.,]25", "$7.25 as the minimum"),
            // the old travel intro: the employer pays the visa, with no visa named (dr 2 gives it for H-2B only)
            Map.entry("(?i)la visa los? paga el patrón", "the employer pays the visa, for every visa"),
            Map.entry("(?i)visa (is|are) the employer's cost", "the employer pays the visa, for every visa"),
            // the 2024 rule's concerted-activity protection, not enforced (dr 0)
            Map.entry("(?i)solo o con otros", "protection for acting with others, not enforced"),
            Map.entry("(?i)alone or with others", "protection for acting with others, not enforced"));

    @Test
    void noRightsTextSaysWhatTheReferenceDoesNotSupport() {
        for (Properties bundle : List.of(es, en)) {
            rightsTexts(bundle).forEach((key, text) -> FORBIDDEN.forEach((pattern, why) -> assertFalse(
                    Pattern.compile(pattern).matcher(text).find(), key + " says " + why + ": " + text)));
        }
    }

    /** "the employer must pay back the recruitment fee" */
    private static final Pattern REPAYS = Pattern.compile(
            "(?i)(debe devolver|se (lo|la|los|las) debe devolver|deben devolverle|must (pay (it |you )?back|reimburse))");

    /** "the employer pays (or pays back) the visa" */
    private static final Pattern PAYS = Pattern.compile("(?i)\\b(paga|pagan|pagados?|pagadas?|devuelven?|devueltos?"
            + "|cubre|cubrir|pays?|pay back|paid back|paid or|employer's cost|covers?)\\b");

    @Test
    void recruiterFeeRepaymentIsNeverStatedForH2a() {
        // dr 2: the reimbursement "in your first paycheck" is in the H-2B row (655.20(o)); for H-2A the reference
        // gives the ban (655.135(j)/(k), FAB 2011-2), no repayment rule
        for (Properties bundle : List.of(es, en)) {
            rightsTexts(bundle).forEach((key, text) -> {
                String lower = text.toLowerCase(Locale.ROOT);
                if (REPAYS.matcher(text).find() && (lower.contains("reclut") || lower.contains("recruit"))) {
                    assertTrue(text.contains("H-2B") && !text.contains("H-2A"),
                            key + " says the employer pays back a recruiter's fee without naming H-2B alone: " + text);
                }
            });
        }
    }

    @Test
    void theVisaIsNeverSaidToBePaidForH2a() {
        // dr 2: "Visa and related fees" 655.20(j)(2) is an H-2B row; the H-2A rows give travel and subsistence only
        for (Properties bundle : List.of(es, en)) {
            rightsTexts(bundle).forEach((key, text) -> {
                String lower = text.toLowerCase(Locale.ROOT);
                boolean visaFee = lower.contains("visa") && !lower.contains("visa t o u") && !lower.contains("t or u visa");
                if (visaFee && PAYS.matcher(text).find()) {
                    assertTrue(text.contains("H-2B") && !text.contains("H-2A"),
                            key + " says the visa is paid without naming H-2B alone: " + text);
                }
                if (lower.contains("primera semana") || lower.contains("first week")) {
                    assertTrue(text.contains("H-2B") && !text.contains("H-2A"), key + ": the first-week rule is H-2B's");
                }
            });
        }
    }

    @Test
    void dismissalForAnyReasonIsNeverStatedForH2a() {
        // dr 2: "if dismissed early for any reason" is the H-2B row; the H-2A row says only "on dismissal/impossibility"
        for (Properties bundle : List.of(es, en)) {
            rightsTexts(bundle).forEach((key, text) -> {
                if (text.contains("cualquier motivo") || text.contains("any reason")) {
                    assertTrue(text.contains("H-2B") && !text.contains("H-2A"), key + ": 'any reason' is H-2B's");
                }
            });
        }
    }

    @Test
    void aSentenceNamingTheAewrAndH2bSaysItDoesNotApply() {
        // dr section 1: the AEWR is the H-2A wage rate. Rule lines only cite, so they are left out.
        for (Properties bundle : List.of(es, en)) {
            rightsTexts(bundle).forEach((key, text) -> {
                if (!key.endsWith(".rule") && text.contains("AEWR") && text.contains("H-2B")) {
                    assertTrue(text.contains("no aplica") || text.contains("does not apply"), key + ": " + text);
                }
            });
        }
    }

    @Test
    void spanishLinesUseNoEnglishWordsButProperNames() {
        // allowed: H-2A, H-2B, AEWR, OSHA, EEOC, FLSA, the office name "American Job Center" and the text keyword
        // HELP; citations stay in the rule lines
        Pattern english = Pattern.compile("\\b(the|and|of|employer|fee|fees|pay|wage|job|DOL|WHD|housing|visa fee)\\b");
        rightsTexts(es).forEach((key, text) -> {
            if (!key.endsWith(".rule")) {
                String words = text.replace("American Job Center", "");
                assertFalse(english.matcher(words).find(), key + " has an English word: " + text);
            }
        });
    }
}
