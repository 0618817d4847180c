package org.jornada.escalation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.entity.Category;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

class ReferralPacketTest {

    @BeforeAll
    static void vera() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static PacketFacts facts(Locale language) {
        return new PacketFacts(language, "Departamento de Trabajo, División de Horas y Salarios", "WHD",
                List.of("your name", "pay rate", "pay stubs"), 42, LocalDate.of(2026, 11, 30), "H2A",
                EnumSet.of(Category.UNPAID_HOURS, Category.RECRUITMENT_FEE), "GA", YearMonth.of(2026, 3),
                YearMonth.of(2026, 9),
                List.of(new PacketFacts.ChainLink("EMPLOYER", "Agrícola San José", "Agrícola San José, S.A. de C.V.",
                        List.of("Temporada 2026: 2 certificación(es), 55 trabajadores certificados (H-2A)"))),
                List.of(new PacketFacts.EvidenceLine("ab".repeat(32), "image/jpeg", Instant.parse("2026-05-01T10:00:00Z"))),
                3, List.of(new Deadline("FLSA", LocalDate.of(2028, 3, 1), "Two years for back wages.",
                        "29 U.S.C. 255(a)")),
                new PacketFacts.Reach("Centro de Trabajadores del Sur", "+1 (912) 555-0100", "ayuda@example.org",
                        "lunes a sábado"),
                List.of("Employer identified"), List.of("Paid 9.00 an hour for 60 hours\nNo overtime 🙂 pay"), true,
                List.of(List.of("Wage floor $16.16 per hour: AEWR (H-2A, NC).", "Total short: $158.00.")), null, null,
                List.of());
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aPacketIsPdfA2bThatVeraPdfAccepts() throws Exception {
        byte[] pdf = ReferralPacket.pdf(facts(Locale.forLanguageTag("es")));
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).distinct().limit(10).toList().toString());
        }
    }

    @Test
    void thePacketSpeaksTheAuthoritysLanguageWithAccentsAndCitesTheChainTheLawAndTheEvidence() throws Exception {
        String es = text(ReferralPacket.pdf(facts(Locale.forLanguageTag("es"))));
        assertTrue(es.contains("Remisión a Departamento de Trabajo"), es);
        assertTrue(es.contains("Agrícola San José, S.A. de C.V."), "the directory's name, accents embedded");
        assertTrue(es.contains("20 CFR 655.135(j)/(k)"), "recruitment fees cite their provisions");
        assertTrue(es.contains("SHA-256 " + "ab".repeat(32)));
        assertTrue(es.contains("Casos relacionados vinculados en el portal: 3"), "a count, never the cases");
        assertTrue(es.contains("2028-03-01: Two years for back wages."));
        assertTrue(es.contains("Centro de Trabajadores del Sur"));
        String en = text(ReferralPacket.pdf(facts(Locale.ENGLISH)));
        assertTrue(en.contains("Referral to") && en.contains("Anonymous referral"), en);
        assertFalse(en.contains("Remisión a"));
    }

    @Test
    void aNamedPacketCarriesTheWorkersContactAndAnAnonymousOneDoesNot() throws Exception {
        PacketFacts anonymous = facts(Locale.ENGLISH);
        PacketFacts named = anonymous.withWorker(new PacketFacts.Worker("WHATSAPP", "+52 462 555 0199"));
        String anonymousText = text(ReferralPacket.pdf(anonymous));
        String namedText = text(ReferralPacket.pdf(named));
        assertTrue(namedText.contains("+52 462 555 0199") && namedText.contains("Named referral"), namedText);
        assertTrue(namedText.contains("worker's contact (WhatsApp)"), "the apostrophe survives MessageFormat");
        assertFalse(anonymousText.contains("+52 462 555 0199"));
        assertTrue(anonymousText.contains("Anonymous referral"));
        for (String text : List.of(anonymousText, namedText)) {
            assertTrue(text.contains("Paid 9.00 an hour for 60 hours No overtime ? pay"),
                    "the note for the referral, a glyph the font lacks as ?: " + text);
            assertTrue(text.contains("✓ Employer identified"), "what the organization verified");
            assertTrue(text.contains("attached in a ZIP"), "says the evidence is attached");
        }
    }

    @Test
    void aLongPacketRunsOntoMorePages() throws Exception {
        PacketFacts base = facts(Locale.ENGLISH);
        List<PacketFacts.EvidenceLine> many = java.util.stream.IntStream.range(0, 60)
                .mapToObj(i -> new PacketFacts.EvidenceLine(String.format("%064d", i), "application/pdf", null)).toList();
        PacketFacts long_ = new PacketFacts(base.language(), base.authorityName(), base.authorityCode(),
                base.authorityAsks(), base.caseId(), base.preparedOn(), base.visaType(), base.categories(),
                base.worksiteState(), base.startedOn(), base.endedOn(), base.chain(), many, base.relatedCases(),
                base.clocks(), base.reach(), List.of(), List.of(), false, List.of(), null, null, List.of());
        try (PDDocument document = Loader.loadPDF(ReferralPacket.pdf(long_))) {
            assertTrue(document.getNumberOfPages() > 1);
            assertEquals(60, new PDFTextStripper().getText(document).split("SHA-256 0").length - 1);
        }
    }

    /**
     * A busy case as WHD gets it (issue #24): a directory-linked employer with its certification, two
     * wage checks, evidence, a note for the referral. Each thing WHD asks for (V11__authorities.sql) is
     * answered with the case's values; only what the worker keeps private goes through the organization.
     */
    private static PacketFacts busy(PacketFacts.Worker worker) {
        List<String> whdAsks = List.of("your name", "address", "phone (best times)",
                "employer/agency name, address, phone", "manager/owner name", "type of work/duties", "dates",
                "how and when paid (cash/check/day)", "pay rate", "pay frequency", "deductions", "pay stubs",
                "hours records", "whether others affected");
        PacketFacts.Employer employer = new PacketFacts.Employer("Agrícola San José LLC", "Tifton", "GA",
                List.of(new PacketFacts.Job("H-300-26001-000001", "H-2A", "Farmworkers and Laborers", "Onions",
                        LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 31), new java.math.BigDecimal("16.08"), "Hour",
                        "Reclutamientos del Bajío", 55)));
        List<PacketFacts.Pay> pay = List.of(
                new PacketFacts.Pay("HOURLY", new java.math.BigDecimal("16.08"), new java.math.BigDecimal("16.08"),
                        List.of(new PacketFacts.PayPeriod(LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 14),
                                new java.math.BigDecimal("60"), new java.math.BigDecimal("540.00"),
                                new java.math.BigDecimal("424.80"))),
                        List.of(new java.math.BigDecimal("1250.00")), new java.math.BigDecimal("424.80")),
                new PacketFacts.Pay("HOURLY", new java.math.BigDecimal("16.08"), new java.math.BigDecimal("16.08"),
                        List.of(new PacketFacts.PayPeriod(LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 21),
                                new java.math.BigDecimal("50"), new java.math.BigDecimal("700.00"),
                                new java.math.BigDecimal("104.00"))),
                        List.of(), new java.math.BigDecimal("104.00")));
        PacketFacts f = new PacketFacts(Locale.ENGLISH, "U.S. Department of Labor, Wage and Hour Division (WHD)", "WHD",
                whdAsks, 1234, LocalDate.of(2026, 12, 6), "H2A",
                EnumSet.of(Category.BELOW_REQUIRED_WAGE, Category.ILLEGAL_DEDUCTIONS), "GA", YearMonth.of(2026, 3), null,
                List.of(new PacketFacts.ChainLink("EMPLOYER", "agricola san jose", "Agrícola San José LLC",
                        List.of("Season 2026: 1 certification(s), 55 workers certified (H-2A)"))),
                List.of(new PacketFacts.EvidenceLine("ab".repeat(32), "image/jpeg", Instant.parse("2026-03-15T10:00:00Z")),
                        new PacketFacts.EvidenceLine("cd".repeat(32), "application/pdf", null)),
                2, List.of(new Deadline("FLSA", LocalDate.of(2028, 3, 14),
                        "FLSA minimum wage or overtime: 2 years after the cause of action accrues", "29 U.S.C. 255(a)")),
                new PacketFacts.Reach("Centro de Trabajadores del Sur", "+1 (912) 555-0100", null, null),
                List.of("Employer identified"), List.of("Crew of 30 paid the same way."), false,
                List.of(List.of("Total short: $424.80.")), null, employer, pay);
        return f.withWorker(worker);
    }

    @Test
    void everyThingWhdAsksForIsAnsweredFromTheCaseWithoutRawCodesOrWordsToTheWorker() throws Exception {
        String anonymous = text(ReferralPacket.pdf(busy(null)));
        String named = text(ReferralPacket.pdf(busy(new PacketFacts.Worker("WHATSAPP", "+52 462 555 0199"))));
        for (String text : List.of(anonymous, named)) {
            assertTrue(text.contains("employer/agency name, address, phone: Agrícola San José LLC, Tifton, Georgia"), text);
            assertTrue(text.contains("Reclutamientos del Bajío"), "the agent on the certification");
            assertTrue(text.contains("type of work/duties: H-2A. Farmworkers and Laborers, crop Onions"), text);
            assertTrue(text.contains("Certified period 2026-03-01 to 2026-10-31"), text);
            assertTrue(text.contains("Worked from March 2026"), text);
            assertTrue(text.contains("how and when paid (cash/check/day): By the hour."), text);
            assertTrue(text.contains("pay rate: Promised $16.08 per hour"), text);
            assertTrue(text.contains("Paid $540.00 for 60 hours from 2026-03-08 to 2026-03-14 ($9.00 per hour)"), text);
            assertTrue(text.contains("pay frequency: Paid weekly"), text);
            assertTrue(text.contains("deductions: Deductions reported in the wage checks: $1,250.00"), text);
            assertTrue(text.contains("pay stubs: 2 file(s) stored in the case and kept by the organization"), text);
            assertTrue(text.contains("hours records: The worker's hours in the wage checks: 60 hours from 2026-03-08"), text);
            assertTrue(text.contains("whether others affected: Related cases linked in the portal: 2"), text);
            assertTrue(text.contains("manager/owner name: Not recorded in the case."), text);
            assertTrue(text.contains("2028-03-14: FLSA"), "the case's clock, without its code: " + text);
            assertTrue(text.contains("Paid below the required wage") && text.contains("Worksite state: Georgia"), text);
            for (String wrong : List.of("BELOW_REQUIRED_WAGE", "ILLEGAL_DEDUCTIONS", "Clock ", "SWA_COMPLAINT",
                    "Season 2,026", "2,026", "H2A", "reference mapping", "we assumed", "We assumed", "you have",
                    "I am paid", "your contract")) {
                assertFalse(text.contains(wrong), "\"" + wrong + "\" in: " + text);
            }
        }
        assertTrue(anonymous.contains("your name: Kept private by the worker; reach the worker through the "
                + "organization: Centro de Trabajadores del Sur, +1 (912) 555-0100."), anonymous);
        assertTrue(anonymous.contains("phone (best times): Kept private by the worker"), anonymous);
        assertFalse(anonymous.contains("+52 462 555 0199"));
        assertTrue(named.contains("phone (best times): WhatsApp: +52 462 555 0199"), named);
        assertTrue(named.contains("your name: The portal does not ask workers their name"), named);
    }
}
