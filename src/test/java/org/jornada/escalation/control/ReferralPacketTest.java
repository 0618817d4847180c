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
                List.of(List.of("Wage floor $16.16 per hour: AEWR (H-2A, NC).", "Total short: $158.00.")), null);
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
        assertTrue(es.contains("FLSA: 2028-03-01"));
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
                base.clocks(), base.reach(), List.of(), List.of(), false, List.of(), null);
        try (PDDocument document = Loader.loadPDF(ReferralPacket.pdf(long_))) {
            assertTrue(document.getNumberOfPages() > 1);
            assertEquals(60, new PDFTextStripper().getText(document).split("SHA-256 0").length - 1);
        }
    }
}
