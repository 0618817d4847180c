package org.jornada.evidence.control;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Removes what identifies a worker's device or place from evidence before it is stored: EXIF
 * (with GPS and maker notes), XMP, IPTC, ICC profiles and comments from JPEG; text, EXIF, time and
 * ICC chunks from PNG; document information and XMP from PDF; ID3 tags from MP3. The capture
 * date is read first and kept apart. OGG and M4A voice notes are stored as sent
 * ({@code metadataRemoved=false}).
 */
public class MetadataStripper {

    /** PNG chunks that carry only pixels or how to show them; every other chunk is dropped. */
    private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "sRGB",
            "cHRM", "sBIT", "bKGD", "pHYs");

    public CleanedEvidence clean(byte[] content) throws UnsupportedEvidenceException {
        EvidenceType type = EvidenceType.sniff(content)
                .orElseThrow(() -> new UnsupportedEvidenceException("unknown type"));
        return switch (type) {
            case JPEG -> new CleanedEvidence(type, stripJpeg(content), imageCaptureDate(content), true);
            case PNG -> new CleanedEvidence(type, stripPng(content), imageCaptureDate(content), true);
            case PDF -> stripPdf(content);
            case MP3 -> new CleanedEvidence(type, stripMp3(content), null, true);
            case OGG, M4A -> new CleanedEvidence(type, content, null, false);
        };
    }

    static byte[] stripJpeg(byte[] in) throws UnsupportedEvidenceException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(0xFF);
        out.write(0xD8);
        int pos = 2;
        while (pos + 4 <= in.length) {
            if ((in[pos] & 0xff) != 0xFF) {
                throw new UnsupportedEvidenceException("broken JPEG");
            }
            int marker = in[pos + 1] & 0xff;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xDA) {
                // start of scan: pixel data to the end of the file
                out.write(in, pos, in.length - pos);
                return out.toByteArray();
            }
            int length = ((in[pos + 2] & 0xff) << 8) | (in[pos + 3] & 0xff);
            if (length < 2 || pos + 2 + length > in.length) {
                throw new UnsupportedEvidenceException("broken JPEG");
            }
            boolean application = marker >= 0xE0 && marker <= 0xEF;
            boolean jfif = marker == 0xE0 && length >= 7
                    && new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1).equals("JFIF");
            boolean adobe = marker == 0xEE; // colour transform flag, no personal data
            boolean comment = marker == 0xFE;
            if ((!application || jfif || adobe) && !comment) {
                out.write(in, pos, 2 + length);
            }
            pos += 2 + length;
        }
        throw new UnsupportedEvidenceException("broken JPEG");
    }

    static byte[] stripPng(byte[] in) throws UnsupportedEvidenceException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, 8);
        int pos = 8;
        while (pos + 12 <= in.length) {
            int length = ByteBuffer.wrap(in, pos, 4).getInt();
            if (length < 0 || pos + 12L + length > in.length) {
                throw new UnsupportedEvidenceException("broken PNG");
            }
            String name = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (PNG_KEEP.contains(name)) {
                out.write(in, pos, 12 + length);
            }
            pos += 12 + length;
            if (name.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new UnsupportedEvidenceException("broken PNG");
    }

    static CleanedEvidence stripPdf(byte[] in) throws UnsupportedEvidenceException {
        try (PDDocument document = Loader.loadPDF(in)) {
            if (document.isEncrypted()) {
                throw new UnsupportedEvidenceException("encrypted PDF");
            }
            Calendar created = document.getDocumentInformation().getCreationDate();
            document.setDocumentInformation(new PDDocumentInformation());
            document.getDocument().getTrailer().removeItem(COSName.INFO);
            document.getDocumentCatalog().setMetadata(null);
            document.getDocumentCatalog().getCOSObject().removeItem(COSName.PIECE_INFO);
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            document.save(out);
            return new CleanedEvidence(EvidenceType.PDF, out.toByteArray(),
                    created == null ? null : created.toInstant(), true);
        } catch (IOException e) {
            throw new UnsupportedEvidenceException("unreadable PDF");
        }
    }

    static byte[] stripMp3(byte[] in) {
        int start = 0;
        if (in.length >= 10 && in[0] == 'I' && in[1] == 'D' && in[2] == '3') {
            int size = ((in[6] & 0x7f) << 21) | ((in[7] & 0x7f) << 14) | ((in[8] & 0x7f) << 7) | (in[9] & 0x7f);
            boolean footer = (in[5] & 0x10) != 0;
            start = Math.min(in.length, 10 + size + (footer ? 10 : 0));
        }
        int end = in.length;
        if (end - start >= 128 && in[end - 128] == 'T' && in[end - 127] == 'A' && in[end - 126] == 'G') {
            end -= 128;
        }
        byte[] out = new byte[end - start];
        System.arraycopy(in, start, out, 0, out.length);
        return out;
    }

    /** The original capture date of a photo: EXIF DateTimeOriginal, else the IFD0 date. */
    static Instant imageCaptureDate(byte[] content) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length);
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date date = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone("UTC"));
            if (date == null) {
                ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
                date = ifd0 == null ? null : ifd0.getDate(ExifIFD0Directory.TAG_DATETIME, TimeZone.getTimeZone("UTC"));
            }
            return date == null ? null : date.toInstant();
        } catch (Exception e) {
            return null; // no readable metadata: no capture date
        }
    }
}
