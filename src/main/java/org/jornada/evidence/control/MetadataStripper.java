package org.jornada.evidence.control;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.TimeZone;

/**
 * Removes what identifies a worker's device or place from evidence before it is stored, for every
 * type Jornada takes, and keeps the capture date apart:
 * <ul>
 * <li>JPEG: every APPn segment but a bare JFIF header, comments, and all that follows the end of
 * the image ({@link JpegCleaner});</li>
 * <li>PNG: only chunks that draw pixels, nothing after {@code IEND};</li>
 * <li>PDF: document information, XMP, actions, JavaScript, attached files, and the photos inside
 * it cleaned as JPEGs ({@link PdfCleaner});</li>
 * <li>MP3: only the audio frames ({@link Mp3Cleaner});</li>
 * <li>M4A/MP4, fragmented ones included (iOS Safari's recorder): no {@code udta}/{@code meta}/
 * {@code uuid} box, where phones write the location ({@link Mp4Cleaner}, {@link Mp4Fragments});</li>
 * <li>Ogg Opus/Vorbis: an empty comment header ({@link OggCleaner});</li>
 * <li>WebM/Matroska (Chrome's recorder): only the header, track settings and audio blocks; tags,
 * attachments, chapters, title, date and app names go ({@link WebmCleaner});</li>
 * <li>WAV: only the format, fact and data chunks; LIST/INFO, bext, iXML, id3 go ({@link WavCleaner}).</li>
 * </ul>
 * A file that cannot be cleaned throws {@link UnsupportedEvidenceException}: it is refused, never
 * stored as if clean.
 */
public class MetadataStripper {

    /** PNG chunks that carry only pixels or how to show them; every other chunk is dropped. */
    private static final Set<String> PNG_KEEP = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "sRGB",
            "cHRM", "sBIT", "bKGD", "pHYs");

    public CleanedEvidence clean(byte[] content) throws UnsupportedEvidenceException {
        EvidenceType type = EvidenceType.sniff(content)
                .orElseThrow(() -> new UnsupportedEvidenceException("unknown type"));
        try {
            return switch (type) {
                case JPEG -> new CleanedEvidence(type, JpegCleaner.clean(content), imageCaptureDate(content), true);
                case PNG -> new CleanedEvidence(type, stripPng(content), imageCaptureDate(content), true);
                case PDF -> {
                    PdfCleaner.Result pdf = PdfCleaner.clean(content);
                    yield new CleanedEvidence(type, pdf.content(), pdf.createdAt(), true);
                }
                case MP3 -> new CleanedEvidence(type, Mp3Cleaner.clean(content), null, true);
                case M4A -> {
                    Mp4Cleaner.Result m4a = Mp4Cleaner.clean(content);
                    yield new CleanedEvidence(type, m4a.content(), m4a.recordedAt(), true);
                }
                case OGG -> new CleanedEvidence(type, OggCleaner.clean(content), null, true);
                case WEBM -> {
                    WebmCleaner.Result webm = WebmCleaner.clean(content);
                    yield new CleanedEvidence(type, webm.content(), webm.recordedAt(), true);
                }
                case WAV -> new CleanedEvidence(type, WavCleaner.clean(content), null, true);
            };
        } catch (RuntimeException e) {
            // a hostile file must never become a server error: it is refused like any unreadable one
            throw new UnsupportedEvidenceException("unreadable " + type);
        }
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
