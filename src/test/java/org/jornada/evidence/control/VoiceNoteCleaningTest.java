package org.jornada.evidence.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jornada.testing.TestFiles;
import org.jornada.testing.VoiceFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The voice notes phones and browsers record, made by ffmpeg with tags and a location
 * ({@code fixtures/voice/README.md}): after cleaning none of the tags is left, the file still
 * reads as its format, and every audio frame is the original's byte for byte.
 */
class VoiceNoteCleaningTest {

    private static final Instant RECORDED = Instant.parse("2026-05-14T10:30:00Z");
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long CODEC_PRIVATE = 0x63A2L;
    private static final long DISCARD_PADDING = 0x75A2L;

    private final MetadataStripper stripper = new MetadataStripper();

    @Test
    void aChromeWebmRecordingLosesItsTagsChaptersAndTitleButKeepsEveryAudioFrame() throws Exception {
        byte[] original = VoiceFiles.withUnknownSizeClusters(VoiceFiles.read("chrome-opus.webm"));
        List<VoiceFiles.Element> before = VoiceFiles.ebml(original, true);
        assertTrue(before.stream().anyMatch(e -> e.id() == CLUSTER), "the fixture must hold clusters");

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.WEBM, cleaned.type());
        assertEquals("audio/webm", cleaned.type().contentType());
        assertEquals(RECORDED, cleaned.capturedAt(), "DateUTC is read before it goes");
        assertNoTags(cleaned.content());
        List<VoiceFiles.Element> after = VoiceFiles.ebml(cleaned.content(), false);
        assertSegmentHoldsOnlyWhatPlays(after);
        assertSameAudio(before, after);
        assertEquals(EvidenceType.WEBM, EvidenceType.sniff(cleaned.content()).orElseThrow());
        assertArrayEquals(cleaned.content(), stripper.clean(cleaned.content()).content(), "cleaning twice changes nothing");
    }

    @Test
    void aMatroskaRecordingLosesItsAttachmentTagsChaptersAndDateButKeepsEveryAudioFrame() throws Exception {
        byte[] original = VoiceFiles.read("opus-attachment.mka");
        List<VoiceFiles.Element> before = VoiceFiles.ebml(original, false);
        assertTrue(before.stream().anyMatch(e -> e.id() == 0x61A7L), "the fixture must carry an attached file");

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.WEBM, cleaned.type());
        assertEquals(RECORDED, cleaned.capturedAt(), "DateUTC is read before it goes");
        assertNoTags(cleaned.content());
        assertFalse(TestFiles.contains(cleaned.content(), "JFIF"), "the attached picture survived");
        List<VoiceFiles.Element> after = VoiceFiles.ebml(cleaned.content(), false);
        assertSegmentHoldsOnlyWhatPlays(after);
        assertFalse(after.stream().anyMatch(e -> e.id() == 0x4461L || e.id() == 0x73A4L || e.id() == 0xBFL),
                "date, segment UID or checksum survived");
        assertSameAudio(before, after);
    }

    private static void assertSegmentHoldsOnlyWhatPlays(List<VoiceFiles.Element> elements) {
        int segment = elements.indexOf(elements.stream().filter(e -> e.id() == SEGMENT).findFirst().orElseThrow());
        List<Long> level1 = elements.subList(segment, elements.size()).stream().filter(e -> e.depth() == 1)
                .map(VoiceFiles.Element::id).toList();
        assertEquals(INFO, level1.get(0));
        assertEquals(TRACKS, level1.get(1));
        assertTrue(level1.subList(2, level1.size()).stream().allMatch(id -> id == CLUSTER), "only clusters follow: " + level1);
        assertEquals(List.of(0x1A45DFA3L, SEGMENT), elements.stream().filter(e -> e.depth() == 0)
                .map(VoiceFiles.Element::id).toList());
        for (long gone : new long[] {0x7BA9L, 0x536EL, 0x22B59CL, 0x1254C367L, 0x1941A469L, 0x1043A770L, 0x114D9B74L,
            0x1C53BB6BL, 0xECL}) {
            assertFalse(elements.stream().anyMatch(e -> e.id() == gone), Long.toHexString(gone) + " survived");
        }
    }

    private static void assertSameAudio(List<VoiceFiles.Element> before, List<VoiceFiles.Element> after) {
        List<byte[]> frames = VoiceFiles.blocks(before);
        assertTrue(frames.size() > 10, "the fixture's audio frames");
        assertTrue(Arrays.deepEquals(frames.toArray(), VoiceFiles.blocks(after).toArray()), "the audio frames changed");
        for (long kept : new long[] {CODEC_PRIVATE, DISCARD_PADDING}) {
            assertTrue(Arrays.deepEquals(bodies(before, kept), bodies(after, kept)), Long.toHexString(kept) + " changed");
        }
    }

    private static Object[] bodies(List<VoiceFiles.Element> elements, long id) {
        return elements.stream().filter(e -> e.id() == id).map(VoiceFiles.Element::body).toArray();
    }

    @Test
    void aHostileWebmIsRefusedQuickly() {
        byte[] mka = VoiceFiles.read("opus-attachment.mka");
        byte[] live = VoiceFiles.withUnknownSizeClusters(VoiceFiles.read("chrome-opus.webm"));
        byte[] huge = mka.clone();
        ByteBuffer.wrap(huge).putLong(44, 0x01_00FF_FFFF_FFFF_FFL); // the Segment claims 2^48 bytes
        byte[] nested = new byte[60_000];
        byte[] header = Arrays.copyOf(live, 48); // EBML header and a Segment of unknown size
        System.arraycopy(header, 0, nested, 0, header.length);
        for (int i = header.length; i + 5 <= nested.length; i += 5) {
            System.arraycopy(new byte[] {0x1F, 0x43, (byte) 0xB6, 0x75, (byte) 0xFF}, 0, nested, i, 5);
        }
        byte[] subtitles = replace(mka, new byte[] {(byte) 0x83, (byte) 0x81, 0x02}, new byte[] {(byte) 0x83,
            (byte) 0x81, 0x11});
        byte[] unknownTags = Arrays.copyOf(header, header.length + 9); // Tags of unknown size in a live Segment
        System.arraycopy(new byte[] {0x12, 0x54, (byte) 0xC3, 0x67, (byte) 0xFF, 0x44, (byte) 0x87, (byte) 0x81, 0},
                0, unknownTags, header.length, 9);
        assertEquals(EvidenceType.WEBM, EvidenceType.sniff(nested).orElseThrow());
        for (byte[] hostile : List.of(Arrays.copyOf(mka, mka.length - 40), Arrays.copyOf(live, live.length - 40), huge,
                nested, subtitles, unknownTags, Arrays.copyOf(mka, 30), replace(mka, "matroska".getBytes(),
                        "evil-doc".getBytes()))) {
            assertRefusedQuickly(hostile);
        }
    }

    @Test
    void anIphoneVoiceMemoLosesItsLocationKeysAndTagsButKeepsEveryAacFrame() throws Exception {
        byte[] original = VoiceFiles.read("iphone-aac.m4a");

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.M4A, cleaned.type());
        assertEquals(RECORDED, cleaned.capturedAt());
        assertCleanMp4(original, cleaned.content());
    }

    /** With each fragment's data placed from an absolute base offset, and from the fragment's start. */
    @ParameterizedTest
    @ValueSource(strings = {"safari-fragmented.mp4", "safari-base-moof.mp4"})
    void aSafariFragmentedRecordingLosesItsTagsInEveryBoxButKeepsEveryAacFrameWhereTheRunsPoint(String name)
            throws Exception {
        byte[] original = VoiceFiles.read(name);
        assertTrue(new String(original, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).matches("iso[56]"));
        assertTrue(VoiceFiles.boxes(original).contains("moof"));

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.M4A, cleaned.type());
        assertEquals("audio/mp4", cleaned.type().contentType());
        assertEquals(RECORDED, cleaned.capturedAt());
        assertCleanMp4(original, cleaned.content());
        List<String> boxes = VoiceFiles.boxes(cleaned.content());
        assertTrue(boxes.contains("mvex") && boxes.contains("moof"), "still a fragmented file: " + boxes);
        assertFalse(boxes.contains("mfra"), "the fragment index points at old places");
    }

    private void assertCleanMp4(byte[] original, byte[] out) throws Exception {
        assertNoTags(out);
        List<String> boxes = VoiceFiles.boxes(out);
        for (String gone : List.of("udta", "meta", "keys", "ilst", "loci", "uuid", "free")) {
            assertFalse(boxes.contains(gone), gone + " survived: " + boxes);
        }
        assertEquals(EvidenceType.M4A, EvidenceType.sniff(out).orElseThrow());
        for (String header : List.of("mvhd", "tkhd", "mdhd")) {
            ByteBuffer times = VoiceFiles.box(out, 0, out.length, header);
            assertEquals(0L, times.getLong(4), header + " still says when it was recorded");
        }
        List<byte[]> frames = VoiceFiles.samples(original);
        assertTrue(frames.size() > 20, "the fixture's AAC frames");
        assertTrue(Arrays.deepEquals(frames.toArray(), VoiceFiles.samples(out).toArray()), "the AAC frames changed");
        assertArrayEquals(out, stripper.clean(out).content(), "cleaning twice changes nothing");
    }

    @Test
    void aHostileMp4IsRefusedQuickly() {
        byte[] fragmented = VoiceFiles.read("safari-fragmented.mp4");
        byte[] m4a = VoiceFiles.read("iphone-aac.m4a");
        byte[] outside = fragmented.clone();
        int trun = indexOf(outside, "trun".getBytes(), 0);
        ByteBuffer.wrap(outside).putInt(trun + 12, 0x7FFF_0000); // the first run's data far past the file
        byte[] encrypted = replace(fragmented, "tfdt".getBytes(), "senc".getBytes());
        byte[] bomb = m4a.clone();
        int mdat = indexOf(bomb, "mdat".getBytes(), 0);
        ByteBuffer.wrap(bomb).putInt(mdat - 4, 0x7FFF_FFFF); // media data of 2 GB in a 5 KB file
        for (byte[] hostile : List.of(Arrays.copyOf(m4a, m4a.length - 40), Arrays.copyOf(fragmented,
                fragmented.length - 200), outside, encrypted, bomb, nestedTracks(200_000),
                replace(m4a, "soun".getBytes(), "meta".getBytes()))) {
            assertRefusedQuickly(hostile);
        }
    }

    /** A movie whose tracks hold tracks {@code depth} deep and no sound: walking it must not overflow the stack. */
    private static byte[] nestedTracks(int depth) {
        ByteBuffer b = ByteBuffer.allocate(16 + 8 + 8 * depth + 16);
        b.putInt(16).put("ftypM4A ".getBytes()).putInt(0).putInt(8 + 8 * depth).put("moov".getBytes());
        for (int i = 0; i < depth; i++) {
            b.putInt(8 * (depth - i)).put("trak".getBytes());
        }
        return b.putInt(16).put("mdat".getBytes()).putLong(0).array();
    }

    @Test
    void aTwilioWavRecordingKeepsOnlyItsFormatAndSamples() throws Exception {
        byte[] original = VoiceFiles.read("twilio.wav");
        List<String> chunks = VoiceFiles.riff(original).stream().map(c -> (String) c[0]).toList();
        assertEquals(List.of("fmt ", "bext", "LIST", "data"), chunks, "the fixture's chunks");

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.WAV, cleaned.type());
        assertEquals("audio/wav", cleaned.type().contentType());
        assertNoTags(cleaned.content());
        List<Object[]> after = VoiceFiles.riff(cleaned.content());
        assertEquals(List.of("fmt ", "data"), after.stream().map(c -> (String) c[0]).toList());
        assertArrayEquals((byte[]) VoiceFiles.riff(original).get(3)[1], (byte[]) after.get(1)[1], "the samples changed");
        assertArrayEquals((byte[]) VoiceFiles.riff(original).get(0)[1], (byte[]) after.get(0)[1]);
        assertEquals(EvidenceType.WAV, EvidenceType.sniff(cleaned.content()).orElseThrow());
    }

    @Test
    void aHostileWavIsRefusedQuickly() {
        byte[] wav = VoiceFiles.read("twilio.wav");
        byte[] hugeData = wav.clone();
        int data = indexOf(hugeData, "data".getBytes(), 12);
        ByteBuffer.wrap(hugeData).order(ByteOrder.LITTLE_ENDIAN).putInt(data + 4, 0xFFFF_FFF0);
        byte[] hugeRiff = wav.clone();
        ByteBuffer.wrap(hugeRiff).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0xFFFF_FFFF);
        byte[] noFormat = replace(wav, "fmt ".getBytes(), "fmx ".getBytes());
        byte[] noData = replace(wav, "data".getBytes(), "dat_".getBytes());
        for (byte[] hostile : List.of(Arrays.copyOf(wav, wav.length - 100), hugeData, hugeRiff, noFormat, noData)) {
            assertRefusedQuickly(hostile);
        }
    }

    @Test
    void aFirefoxOggOpusRecordingEndsWithAnEmptyCommentHeaderAndEveryAudioPage() throws Exception {
        byte[] original = VoiceFiles.read("firefox-opus.ogg");

        CleanedEvidence cleaned = stripper.clean(original);

        assertEquals(EvidenceType.OGG, cleaned.type());
        assertNoTags(cleaned.content());
        List<byte[][]> before = VoiceFiles.oggPages(original);
        List<byte[][]> after = VoiceFiles.oggPages(cleaned.content());
        assertArrayEquals(before.get(0)[1], after.get(0)[1], "the identification header changed");
        byte[] emptyTags = ByteBuffer.allocate(16).put("OpusTags".getBytes()).array();
        assertArrayEquals(emptyTags, after.get(1)[1], "the comment header is not empty");
        assertEquals(before.size(), after.size());
        for (int i = 2; i < before.size(); i++) {
            assertArrayEquals(before.get(i)[1], after.get(i)[1], "audio page " + i + " changed");
        }
        assertRefusedQuickly(Arrays.copyOf(original, original.length - 30));
    }

    /**
     * Every fixture with bytes overwritten at random and cut short: each is cleaned or refused,
     * never a crash or a hang, and what is cleaned never holds the location.
     */
    @ParameterizedTest
    @ValueSource(strings = {"chrome-opus.webm", "opus-attachment.mka", "iphone-aac.m4a", "safari-fragmented.mp4",
        "safari-base-moof.mp4", "twilio.wav", "firefox-opus.ogg"})
    void aMangledVoiceNoteIsCleanedOrRefusedButNeverCrashesHangsOrLeaksTheLocation(String name) {
        byte[] original = VoiceFiles.read(name);
        java.util.Random random = new java.util.Random(name.hashCode());
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int round = 0; round < 400; round++) {
                byte[] mangled = original.clone();
                for (int k = 0; k <= round % 4; k++) {
                    mangled[random.nextInt(mangled.length)] = (byte) random.nextInt(256);
                }
                if (round % 5 == 0) {
                    mangled = Arrays.copyOf(mangled, 4 + random.nextInt(mangled.length - 4));
                }
                try {
                    byte[] out = stripper.clean(mangled).content();
                    assertFalse(TestFiles.contains(out, "+19.4326"), name + " round " + round + " kept the location");
                } catch (UnsupportedEvidenceException refused) {
                    // refused: never stored
                }
            }
        });
    }

    private void assertRefusedQuickly(byte[] hostile) {
        assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(UnsupportedEvidenceException.class, () -> stripper.clean(hostile)));
    }

    private static void assertNoTags(byte[] cleaned) {
        for (String tag : VoiceFiles.TAGS) {
            assertFalse(TestFiles.contains(cleaned, tag), "\"" + tag + "\" survived");
        }
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        for (int i = from; i + what.length <= data.length; i++) {
            if (Arrays.equals(data, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the fixture");
    }

    private static byte[] replace(byte[] data, byte[] what, byte[] with) {
        byte[] copy = data.clone();
        System.arraycopy(with, 0, copy, indexOf(copy, what, 0), with.length);
        return copy;
    }
}
