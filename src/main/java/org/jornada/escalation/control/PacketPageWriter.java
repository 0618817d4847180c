package org.jornada.escalation.control;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** Writes a referral packet's wrapped lines down Letter pages, starting a new page when one is full. */
final class PacketPageWriter {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;
    private static final float HEADING = 13;

    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    PacketPageWriter(PDDocument document, PDType0Font font) throws IOException {
        this.document = document;
        this.font = font;
        newPage();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    void heading(String text) throws IOException {
        y -= HEADING * 0.6f;
        line(text, HEADING);
    }

    /** Free text (an advocate's note): its own line breaks kept, each line wrapped. */
    void paragraph(String text, float size) throws IOException {
        for (String line : text.split("\\R")) {
            line(line, size);
        }
    }

    void line(String text, float size) throws IOException {
        for (String part : wrap(printable(text), size)) {
            if (y - size * 1.4f < MARGIN) {
                newPage();
            }
            y -= size * 1.4f;
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(MARGIN, y);
            stream.showText(part);
            stream.endText();
        }
    }

    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.replace('\t', ' ').replaceAll("[\\r\\n]+", " ").split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    void close() throws IOException {
        stream.close();
    }

    /** The text with every character the embedded font cannot draw (emoji, scripts it lacks) as "?". */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
