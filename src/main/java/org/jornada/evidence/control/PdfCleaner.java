package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A PDF with nothing that identifies who made it or runs anything: document information and every
 * XMP stream, page-piece data, thumbnails; actions and JavaScript (open action, additional actions,
 * link actions, the JavaScript name tree); embedded and attached files; XFA forms; and the photos
 * inside it cleaned like a JPEG upload (EXIF with GPS, XMP, anything after the image). The file is
 * written anew, so earlier revisions and bytes after the end go too. It is then read again and
 * checked; a PDF that still holds something, or holds what cannot be cleaned (JPEG 2000 images,
 * inline JPEG images, encryption), is refused.
 */
final class PdfCleaner {

    /** Keys removed from every dictionary in the file. */
    private static final Set<COSName> REMOVED = Set.of(COSName.METADATA, COSName.PIECE_INFO,
            COSName.getPDFName("OpenAction"), COSName.AA, COSName.JS, COSName.JAVA_SCRIPT,
            COSName.EMBEDDED_FILES, COSName.EF, COSName.getPDFName("RF"), COSName.getPDFName("XFA"),
            COSName.getPDFName("Thumb"), COSName.FS, COSName.getPDFName("Sound"), COSName.getPDFName("Movie"),
            COSName.getPDFName("RichMediaContent"), COSName.getPDFName("RichMediaSettings"),
            COSName.getPDFName("AF"), COSName.getPDFName("Collection"), COSName.getPDFName("URI"));
    /** Keys that hold actions, removed when they hold one. */
    private static final List<COSName> ACTION_KEYS = List.of(COSName.A, COSName.getPDFName("Next"));
    private static final COSName DCT = COSName.DCT_DECODE;
    private static final COSName JPX = COSName.JPX_DECODE;

    record Result(byte[] content, Instant createdAt) {
    }

    private PdfCleaner() {
    }

    static Result clean(byte[] in) throws UnsupportedEvidenceException {
        byte[] cleaned;
        Instant created;
        try (PDDocument document = Loader.loadPDF(in)) {
            if (document.isEncrypted()) {
                throw new UnsupportedEvidenceException("encrypted PDF");
            }
            Calendar date = document.getDocumentInformation().getCreationDate();
            created = date == null ? null : date.toInstant();
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            walk(document.getDocument().getTrailer(), true);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            document.save(out);
            cleaned = out.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedEvidenceException("unreadable PDF");
        }
        try (PDDocument again = Loader.loadPDF(cleaned)) {
            if (again.getDocument().getTrailer().containsKey(COSName.INFO)
                    || walk(again.getDocument().getTrailer(), false) > 0) {
                throw new UnsupportedEvidenceException("PDF still holds metadata");
            }
        } catch (IOException | RuntimeException e) {
            throw new UnsupportedEvidenceException("unreadable PDF");
        }
        return new Result(cleaned, created);
    }

    /**
     * Visits every object reachable from {@code root} once. Cleaning, it removes and cleans;
     * checking, it counts what it would have to remove.
     */
    private static int walk(COSDictionary root, boolean clean) throws IOException, UnsupportedEvidenceException {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(root);
        int found = 0;
        while (!todo.isEmpty()) {
            COSBase next = todo.pop();
            COSBase item = next instanceof COSObject o ? o.getObject() : next;
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (item instanceof COSArray array) {
                for (COSBase element : array) {
                    todo.push(element);
                }
            } else if (item instanceof COSDictionary dictionary) {
                for (COSName key : new ArrayList<>(dictionary.keySet())) {
                    if (REMOVED.contains(key) || (ACTION_KEYS.contains(key) && isAction(dictionary.getDictionaryObject(key)))) {
                        found++;
                        if (clean) {
                            dictionary.removeItem(key);
                        }
                        continue;
                    }
                    todo.push(dictionary.getItem(key));
                }
                if (item instanceof COSStream stream) {
                    found += cleanStream(stream, clean);
                }
            }
        }
        return found;
    }

    private static boolean isAction(COSBase value) {
        return value instanceof COSArray || (value instanceof COSDictionary d
                && (d.containsKey(COSName.S) || d.containsKey(COSName.TYPE)));
    }

    private static int cleanStream(COSStream stream, boolean clean) throws IOException, UnsupportedEvidenceException {
        COSBase filters = stream.getDictionaryObject(COSName.FILTER);
        List<COSName> names = new ArrayList<>();
        if (filters instanceof COSName name) {
            names.add(name);
        } else if (filters instanceof COSArray array) {
            for (COSBase f : array) {
                if (f instanceof COSName name) {
                    names.add(name);
                }
            }
        }
        if (names.contains(JPX)) {
            throw new UnsupportedEvidenceException("JPEG 2000 image in PDF");
        }
        boolean image = COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE));
        if (names.contains(DCT)) {
            if (names.size() != 1) {
                throw new UnsupportedEvidenceException("layered JPEG filter in PDF");
            }
            byte[] raw;
            try (InputStream in = stream.createRawInputStream()) {
                raw = in.readAllBytes();
            }
            byte[] stripped = JpegCleaner.clean(raw);
            if (java.util.Arrays.equals(stripped, raw)) {
                return 0;
            }
            if (clean) {
                try (OutputStream out = stream.createRawOutputStream()) {
                    out.write(stripped);
                }
            }
            return 1;
        }
        boolean content = !image && !stream.containsKey(COSName.LENGTH1) && !stream.containsKey(COSName.N)
                && (stream.getCOSName(COSName.SUBTYPE) == null || COSName.FORM.equals(stream.getCOSName(COSName.SUBTYPE)));
        if (content && hasInlineJpeg(stream)) {
            throw new UnsupportedEvidenceException("inline JPEG image in PDF");
        }
        return 0;
    }

    /** Content streams may carry small inline images; a JPEG one could carry EXIF: refused. */
    private static boolean hasInlineJpeg(COSStream stream) throws IOException {
        byte[] data;
        try (InputStream in = stream.createInputStream()) {
            data = in.readNBytes(EvidenceLimits.MAX_BYTES * 4);
        }
        String text = new String(data, StandardCharsets.ISO_8859_1);
        return text.contains("BI") && (text.contains("/DCT") || text.contains("/JPX"));
    }
}
