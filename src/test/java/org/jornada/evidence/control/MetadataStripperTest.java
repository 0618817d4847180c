package org.jornada.evidence.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jornada.testing.HostileFiles;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;

class MetadataStripperTest {

    private final MetadataStripper stripper = new MetadataStripper();

    @Test
    void removesGpsAndCameraFromJpegButKeepsTheCaptureDateApart() throws Exception {
        byte[] original = TestFiles.jpegWithGps();
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original));
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class), "the test photo must carry GPS");
        assertNotNull(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation());

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.JPEG, cleaned.type());
        assertTrue(cleaned.metadataRemoved());
        assertEquals(Instant.parse("2026-05-14T10:30:00Z"), cleaned.capturedAt());
        Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned.content()));
        assertNull(after.getFirstDirectoryOfType(GpsDirectory.class));
        assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class));
        assertFalse(TestFiles.contains(cleaned.content(), TestFiles.CAMERA));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned.content())), "still a readable picture");
    }

    @Test
    void removesGpsFromRealPhonePhotos() throws Exception {
        List<Path> photos = HostileFiles.phonePhotos();
        assertEquals(5, photos.size(), "the five phone photos of the fixtures");
        for (Path photo : photos) {
            byte[] original = HostileFiles.read(photo);
            Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(original));
            assertTrue(before.getFirstDirectoryOfType(GpsDirectory.class) != null
                    || TestFiles.contains(original, "FLIR\0"), photo + " must carry GPS (EXIF or FLIR) to prove anything");
            CleanedEvidence cleaned = stripper.clean(original);
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned.content()));
            assertNull(after.getFirstDirectoryOfType(GpsDirectory.class), photo + " still has GPS");
            assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class), photo + " still has camera EXIF");
            assertFalse(TestFiles.contains(cleaned.content(), "Exif\0\0"), photo + " still has an EXIF block");
            assertEquals(List.of(), applicationSegments(cleaned.content()), photo + " keeps application segments");
            assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned.content())), photo + " no longer decodes");
        }
    }

    @Test
    void dropsTheSecondPhotoAppendedAfterTheEndOfTheImage() throws Exception {
        List<Path> photos = HostileFiles.phonePhotos();
        for (int i = 0; i < photos.size(); i++) {
            byte[] first = HostileFiles.read(photos.get(i));
            byte[] second = HostileFiles.read(photos.get((i + 1) % photos.size()));
            byte[] motionPhoto = HostileFiles.concat(first, second);

            CleanedEvidence cleaned = stripper.clean(motionPhoto);

            String name = photos.get(i).getFileName() + " + " + photos.get((i + 1) % photos.size()).getFileName();
            assertTrue(cleaned.metadataRemoved());
            assertTrue(cleaned.content().length <= first.length, name + ": nothing of the second photo is kept");
            assertFalse(TestFiles.contains(cleaned.content(), "Exif\0\0"), name + ": an EXIF block survived");
            assertFalse(containsJpegStart(cleaned.content()), name + ": a second image survived");
            int n = cleaned.content().length;
            assertEquals((byte) 0xD9, cleaned.content()[n - 1], name + ": ends at its own end-of-image marker");
            assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned.content())), name + " no longer decodes");
        }
    }

    /** The APPn markers of a JPEG's header other than JFIF (E0) and Adobe (EE). */
    private static List<Integer> applicationSegments(byte[] b) {
        List<Integer> found = new java.util.ArrayList<>();
        int pos = 2;
        while (pos + 4 <= b.length && (b[pos] & 0xff) == 0xFF) {
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xDA) {
                break;
            }
            if (marker >= 0xE1 && marker <= 0xED || marker == 0xEF || marker == 0xFE) {
                found.add(marker);
            }
            pos += 2 + (((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff));
        }
        return found;
    }

    /** A start-of-image marker after the first two bytes (FF D8 FF never occurs in scan data). */
    private static boolean containsJpegStart(byte[] b) {
        for (int i = 2; i + 2 < b.length; i++) {
            if ((b[i] & 0xff) == 0xFF && (b[i + 1] & 0xff) == 0xD8 && (b[i + 2] & 0xff) == 0xFF) {
                return true;
            }
        }
        return false;
    }

    @Test
    void cleansThePhotoInsideAPdfAndRemovesItsJavaScriptAndAttachedFiles() throws Exception {
        byte[] photo = HostileFiles.read(HostileFiles.phonePhotos().get(0));
        byte[] original = HostileFiles.pdfEmbeddingPhoto(photo);
        try (PDDocument before = Loader.loadPDF(original)) {
            assertNotNull(before.getDocumentCatalog().getOpenAction(), "the test PDF must carry an open action");
            assertTrue(imageStreams(before).stream().anyMatch(s -> TestFiles.contains(s, "Exif")),
                    "the test PDF must carry the photo's EXIF");
        }

        CleanedEvidence cleaned = stripper.clean(original);

        assertTrue(cleaned.metadataRemoved());
        try (PDDocument after = Loader.loadPDF(cleaned.content())) {
            assertEquals(1, after.getNumberOfPages());
            var catalog = after.getDocumentCatalog().getCOSObject();
            assertFalse(catalog.containsKey(COSName.getPDFName("OpenAction")));
            assertFalse(after.getPage(0).getCOSObject().containsKey(COSName.AA));
            var names = catalog.getCOSDictionary(COSName.NAMES);
            assertTrue(names == null || (!names.containsKey(COSName.JAVA_SCRIPT) && !names.containsKey(COSName.EMBEDDED_FILES)));
            List<byte[]> images = imageStreams(after);
            assertEquals(1, images.size(), "the photo is still on the page");
            for (byte[] image : images) {
                assertFalse(TestFiles.contains(image, "Exif"), "the photo in the PDF still has EXIF");
                Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(image));
                assertNull(metadata.getFirstDirectoryOfType(GpsDirectory.class));
                assertNotNull(ImageIO.read(new ByteArrayInputStream(image)), "the photo still decodes");
            }
        }
        assertFalse(TestFiles.contains(cleaned.content(), HostileFiles.PERSON));
    }

    private static List<byte[]> imageStreams(PDDocument document) throws Exception {
        List<byte[]> images = new java.util.ArrayList<>();
        var resources = document.getPage(0).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                try (var in = image.getCOSObject().createRawInputStream()) {
                    images.add(in.readAllBytes());
                }
            }
        }
        return images;
    }

    @Test
    void removesTheLocationAtomsOfAnIphoneVoiceNoteAndKeepsItsAudioWhereTheTablesPoint() throws Exception {
        byte[] original = HostileFiles.m4aWithLocation();
        assertTrue(TestFiles.contains(original, HostileFiles.LOCATION));
        assertEquals(EvidenceType.M4A, EvidenceType.sniff(original).orElseThrow());

        CleanedEvidence cleaned = stripper.clean(original);

        byte[] out = cleaned.content();
        assertTrue(cleaned.metadataRemoved());
        assertFalse(TestFiles.contains(out, HostileFiles.LOCATION), "the location survived");
        assertFalse(TestFiles.contains(out, "ISO6709"));
        assertFalse(TestFiles.contains(out, HostileFiles.PERSON));
        assertEquals(Instant.ofEpochSecond(1_778_000_000L), cleaned.capturedAt(), "the recording time is kept apart");
        String text = new String(out, java.nio.charset.StandardCharsets.ISO_8859_1);
        int stco = text.indexOf("stco");
        var table = java.nio.ByteBuffer.wrap(out);
        assertEquals(2, table.getInt(stco + 8));
        int first = table.getInt(stco + 12);
        int second = table.getInt(stco + 16);
        assertEquals("AUDIO-CHUNK-ONE|", new String(out, first, 16, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("AUDIO-CHUNK-TWO|", new String(out, second, 16, java.nio.charset.StandardCharsets.US_ASCII));
        assertArrayEquals(stripper.clean(out).content(), out, "cleaning twice changes nothing");
    }

    @Test
    void keepsOnlyTheAudioFramesOfAnMp3WithId3AndApeTags() throws Exception {
        byte[] original = HostileFiles.mp3WithId3AndApe();
        assertTrue(TestFiles.contains(original, "APETAGEX"));

        CleanedEvidence cleaned = stripper.clean(original);

        byte[] out = cleaned.content();
        assertEquals(EvidenceType.MP3, cleaned.type());
        assertEquals(40 * 417, out.length, "the 40 frames and nothing else");
        assertFalse(TestFiles.contains(out, "APETAGEX"));
        assertFalse(TestFiles.contains(out, HostileFiles.PERSON));
        assertFalse(TestFiles.contains(out, HostileFiles.LOCATION));
        assertArrayEquals(HostileFiles.mp3Frame(39), java.util.Arrays.copyOfRange(out, 39 * 417, 40 * 417));
    }

    @Test
    void emptiesTheCommentHeaderOfAnOggOpusVoiceNoteAndKeepsTheAudioPage() throws Exception {
        byte[] original = HostileFiles.oggOpusWithTags();

        CleanedEvidence cleaned = stripper.clean(original);

        byte[] out = cleaned.content();
        assertTrue(cleaned.metadataRemoved());
        assertFalse(TestFiles.contains(out, HostileFiles.LOCATION));
        assertFalse(TestFiles.contains(out, HostileFiles.PERSON));
        assertFalse(TestFiles.contains(out, "Samsung"));
        assertTrue(TestFiles.contains(out, "OpusHead"));
        assertTrue(TestFiles.contains(out, "OpusTags"));
        assertTrue(TestFiles.contains(out, new String(HostileFiles.OPUS_AUDIO, java.nio.charset.StandardCharsets.US_ASCII)));
        // every page: capture pattern, consecutive sequence numbers, a checksum that verifies
        var b = java.nio.ByteBuffer.wrap(out).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int pos = 0;
        int sequence = 0;
        while (pos < out.length) {
            assertEquals("OggS", new String(out, pos, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(sequence++, b.getInt(pos + 18));
            int segments = out[pos + 26] & 0xff;
            int size = 0;
            for (int i = 0; i < segments; i++) {
                size += out[pos + 27 + i] & 0xff;
            }
            byte[] page = java.util.Arrays.copyOfRange(out, pos, pos + 27 + segments + size);
            int crc = b.getInt(pos + 22);
            java.nio.ByteBuffer.wrap(page).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(22, 0);
            assertEquals(HostileFiles.oggCrc(page), crc, "page " + (sequence - 1) + " checksum");
            pos += page.length;
        }
        assertEquals(3, sequence);
    }

    @Test
    void removesAuthorAndXmpFromPdf() throws Exception {
        byte[] original = TestFiles.pdfWithAuthor();
        assertTrue(TestFiles.contains(original, TestFiles.AUTHOR.substring(0, 8)));

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.PDF, cleaned.type());
        assertTrue(cleaned.metadataRemoved());
        assertNotNull(cleaned.capturedAt());
        try (PDDocument pdf = Loader.loadPDF(cleaned.content())) {
            assertNull(pdf.getDocumentInformation().getAuthor());
            assertNull(pdf.getDocumentInformation().getCreator());
            assertNull(pdf.getDocumentCatalog().getMetadata());
            assertEquals(1, pdf.getNumberOfPages());
        }
        assertFalse(TestFiles.contains(cleaned.content(), "Juan P"));
    }

    @Test
    void removesTextChunksFromPng() throws Exception {
        byte[] original = TestFiles.pngWithText();
        assertTrue(TestFiles.contains(original, TestFiles.AUTHOR));
        CleanedEvidence cleaned = stripper.clean(original);
        assertEquals(EvidenceType.PNG, cleaned.type());
        assertFalse(TestFiles.contains(cleaned.content(), TestFiles.AUTHOR));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned.content())));
    }

    @Test
    void removesId3TagsFromMp3VoiceNotes() throws Exception {
        byte[] original = TestFiles.mp3WithTag();
        CleanedEvidence cleaned = stripper.clean(original);
        assertEquals(EvidenceType.MP3, cleaned.type());
        assertFalse(TestFiles.contains(cleaned.content(), TestFiles.AUTHOR));
        assertEquals((byte) 0xFF, cleaned.content()[0]);
    }

    @Test
    void refusesAVoiceNoteItCannotClean() {
        byte[] ogg = new byte[64];
        System.arraycopy("OggS".getBytes(), 0, ogg, 0, 4);
        assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean(ogg));
        byte[] m4a = HostileFiles.concatAll(HostileFiles.box("ftyp", "M4A \0\0\0\0".getBytes()),
                HostileFiles.box("moof", new byte[8]));
        assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean(m4a), "a movie fragment without its movie header");
        byte[] mp3 = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 4, 'a', 'b', 'c', 'd', 'n', 'o', 'p', 'e'};
        assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean(mp3), "an MP3 tag without audio");
    }

    @Test
    void decidesTypeFromContentNotFromName() {
        assertEquals(EvidenceType.JPEG, EvidenceType.sniff(TestFiles.plainJpeg()).orElseThrow());
        assertEquals(EvidenceType.PDF, EvidenceType.sniff(TestFiles.pdfWithAuthor()).orElseThrow());
        assertTrue(EvidenceType.sniff("<html><script>alert(1)</script>".getBytes()).isEmpty());
        assertTrue(EvidenceType.sniff(new byte[] {'M', 'Z', 0, 0}).isEmpty(), "an executable is refused");
    }

    @Test
    void refusesUnknownAndBrokenFiles() {
        assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean("just text".getBytes()));
        byte[] brokenJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0x7F, 0x7F, 1, 2};
        assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean(brokenJpeg));
        assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean("%PDF-1.7 not really".getBytes()));
    }

}
