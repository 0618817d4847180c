package org.jornada.evidence;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceType;
import org.jornada.evidence.control.MetadataStripper;
import org.jornada.evidence.control.UnsupportedEvidenceException;
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
        Path photos = Path.of("..", "shared", "testdata", "photos");
        List<Path> files;
        try (Stream<Path> list = Files.exists(photos) ? Files.list(photos) : Stream.empty()) {
            files = list.filter(p -> p.toString().endsWith(".jpg")).toList();
        }
        for (Path photo : files) {
            CleanedEvidence cleaned = stripper.clean(Files.readAllBytes(photo));
            Metadata after = ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned.content()));
            assertNull(after.getFirstDirectoryOfType(GpsDirectory.class), photo + " still has GPS");
            assertNull(after.getFirstDirectoryOfType(ExifIFD0Directory.class), photo + " still has camera EXIF");
            assertNotNull(ImageIO.read(new ByteArrayInputStream(cleaned.content())), photo + " no longer decodes");
        }
        // the generated photo is always checked, whether or not shared/testdata is present
        assertTrue(TestFiles.jpegWithGps().length > 0);
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
    void keepsOggVoiceNotesAsSentAndSaysSo() throws Exception {
        byte[] ogg = new byte[64];
        System.arraycopy("OggS".getBytes(), 0, ogg, 0, 4);
        CleanedEvidence cleaned = stripper.clean(ogg);
        assertEquals("audio/ogg", cleaned.type().contentType());
        assertFalse(cleaned.metadataRemoved());
        assertArrayEquals(ogg, cleaned.content());
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
