package org.jornada.escalation.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.platform.control.Messages;

/**
 * Lays a referral packet out as PDF/A-2b (so that an authority can archive it): DejaVu Sans
 * embedded (every accent and ñ), sRGB output intent, XMP identification; in the authority's
 * language. Sections: what the authority asks for, the facts, the recruitment chain with its
 * directory records, the provisions touched, the evidence by fingerprint, related cases as a
 * count, the legal clocks, and how to reach the worker through the organization.
 */
public final class ReferralPacket {

    private static final float BODY = 10.5f;
    private static final float TITLE = 17;

    private ReferralPacket() {
    }

    public static byte[] pdf(PacketFacts facts) {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream ttf = ReferralPacket.class.getResourceAsStream("DejaVuSans.ttf")) {
                font = PDType0Font.load(document, ttf, true);
            }
            PacketPageWriter writer = new PacketPageWriter(document, font);
            write(writer, facts);
            writer.close();
            conform(document, title(facts), facts.language().getLanguage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String t(PacketFacts facts, String key, Object... args) {
        return Messages.get(facts.language(), key, args);
    }

    private static String title(PacketFacts facts) {
        return t(facts, "packet.title", facts.authorityName());
    }

    /** The packet's sections, in order. */
    private static void write(PacketPageWriter w, PacketFacts f) throws IOException {
        opening(w, f);
        facts(w, f);
        chain(w, f);
        law(w, f);
        evidence(w, f);
        checksAndClocks(w, f);
        reach(w, f);
    }

    /** The title, the case, whether the worker is named, and what the authority asks for with each answer. */
    private static void opening(PacketPageWriter w, PacketFacts f) throws IOException {
        w.line(title(f), TITLE);
        w.line(t(f, "packet.case", String.valueOf(f.caseId()), f.preparedOn().toString()), BODY);
        if (f.isNamed()) {
            w.line(t(f, "packet.named"), BODY);
        } else {
            w.line(t(f, "packet.anonymous"), BODY);
        }

        if (!f.authorityAsks().isEmpty()) {
            w.heading(t(f, "packet.asks", f.authorityName()));
            for (PacketAnswers.Answer answer : PacketAnswers.of(f)) {
                w.line("• " + answer.asked() + ": " + answer.answer(), BODY);
            }
        }
    }

    /** The facts: visa, worksite, period, categories, what was checked, the notes for the referral. */
    private static void facts(PacketPageWriter w, PacketFacts f) throws IOException {
        w.heading(t(f, "packet.facts"));
        w.line(t(f, "packet.visa", PacketAnswers.visa(f.visaType())), BODY);
        if (f.worksiteState() != null) {
            w.line(t(f, "packet.worksite", org.jornada.platform.control.UsStates.name(f.worksiteState())), BODY);
        }
        if (f.startedOn() != null) {
            w.line(t(f, "packet.period", PacketAnswers.month(f, f.startedOn()),
                    f.endedOn() == null ? t(f, "packet.period.ongoing") : PacketAnswers.month(f, f.endedOn())), BODY);
        }
        for (Category category : f.categories()) {
            w.line("• " + t(f, "packet.cat." + category.name()), BODY);
        }
        if (!f.checked().isEmpty()) {
            w.line(t(f, "packet.checked"), BODY);
            for (String checked : f.checked()) {
                w.line("   ✓ " + checked, BODY);
            }
        }
        if (!f.notes().isEmpty()) {
            w.heading(t(f, "packet.notes"));
            for (String note : f.notes()) {
                w.paragraph(note, BODY);
            }
        }
    }

    /** The recruitment chain with each link's directory records. */
    private static void chain(PacketPageWriter w, PacketFacts f) throws IOException {
        w.heading(t(f, "packet.chain"));
        w.line(t(f, "packet.chain.why"), BODY);
        if (f.chain().isEmpty()) {
            w.line(t(f, "packet.chain.none"), BODY);
        }
        for (PacketFacts.ChainLink link : f.chain()) {
            w.line(t(f, "packet.role." + link.role()) + ": " + link.nameAsGiven()
                    + (link.directoryName() == null ? "" : " — " + t(f, "packet.chain.directory", link.directoryName())),
                    BODY);
            for (String record : link.records()) {
                w.line("    " + record, BODY);
            }
        }
    }

    /** The provisions each category group touches. */
    private static void law(PacketPageWriter w, PacketFacts f) throws IOException {
        w.heading(t(f, "packet.law"));
        for (CategoryGroup group : f.categories().stream().map(Category::group).distinct().toList()) {
            String hooks = LegalHooks.of(group);
            if (!hooks.isEmpty()) {
                w.line("• " + t(f, "group." + group.name()) + ": " + hooks, BODY);
            }
        }
    }

    /** The evidence by fingerprint. */
    private static void evidence(PacketPageWriter w, PacketFacts f) throws IOException {
        w.heading(t(f, "packet.evidence"));
        if (!f.evidence().isEmpty()) {
            w.line(t(f, f.evidenceAttached() ? "packet.evidence.attached" : "packet.evidence.withheld"), BODY);
        }
        if (f.evidence().isEmpty()) {
            w.line(t(f, "packet.evidence.none"), BODY);
        }
        for (PacketFacts.EvidenceLine e : f.evidence()) {
            w.line("• " + e.contentType() + (e.capturedAt() == null ? "" : ", "
                    + t(f, "packet.evidence.captured", e.capturedAt().atZone(ZoneOffset.UTC).toLocalDate())), BODY);
            w.line("   SHA-256 " + e.sha256(), BODY - 1.5f);
        }
    }

    /** The wage checks kept on the case, the related cases as a count, the legal clocks. */
    private static void checksAndClocks(PacketPageWriter w, PacketFacts f) throws IOException {
        for (List<String> check : f.wageChecks()) {
            w.heading(t(f, "packet.wage"));
            for (String line : check) {
                w.line("• " + line, BODY);
            }
        }

        w.heading(t(f, "packet.related"));
        w.line(t(f, "packet.related.count", f.relatedCases()), BODY);

        w.heading(t(f, "packet.clocks"));
        if (f.clocks().isEmpty()) {
            w.line(t(f, "packet.clocks.none"), BODY);
        }
        for (Deadline d : f.clocks()) {
            w.line("• " + d.dueOn() + ": " + d.explanation() + " (" + d.source() + ")", BODY);
        }
    }

    /** How to reach the worker: named, through the organization. */
    private static void reach(PacketPageWriter w, PacketFacts f) throws IOException {
        w.heading(t(f, "packet.reach"));
        if (f.isNamed()) {
            w.line(t(f, "packet.worker", t(f, "contact." + f.worker().contactChannel()), f.worker().contact()), BODY);
        }
        PacketFacts.Reach r = f.reach();
        w.line(r.organization() == null ? t(f, "packet.reach.unnamed") : t(f, "packet.reach.through", r.organization()),
                BODY);
        for (String contact : new String[] {r.phone(), r.email(), r.hours()}) {
            if (contact != null) {
                w.line("   " + contact, BODY);
            }
        }
    }

    /** PDF/A-2b: the XMP identification (with the title) and an sRGB output intent. */
    private static void conform(PDDocument document, String title, String language) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        basic.setCreateDate(now);
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(2);
        try {
            id.setConformance("B");
        } catch (org.apache.xmpbox.type.BadFieldValueException impossible) {
            throw new IllegalStateException(impossible);
        }
        ByteArrayOutputStream xml = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, xml, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xml.toByteArray());
        catalog.setMetadata(metadata);
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setCreationDate(now);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
        intent.setInfo("sRGB IEC61966-2.1");
        intent.setOutputCondition("sRGB IEC61966-2.1");
        intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        catalog.setLanguage(language);
    }
}
