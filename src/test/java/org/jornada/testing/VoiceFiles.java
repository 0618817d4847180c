package org.jornada.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The voice-note fixtures made by ffmpeg ({@code fixtures/voice/README.md}) and readers of their
 * structure written apart from the product's cleaners, the way ffprobe would walk them: EBML
 * elements, RIFF chunks, MP4 boxes and their samples, Ogg pages. Each reader fails on bytes that
 * do not add up, so a cleaned file that reads here is well formed, and what it returns (the audio
 * frames, the element IDs, the box types) is compared between the original and the cleaned file.
 */
public final class VoiceFiles {

    /**
     * What ffmpeg wrote into the fixtures' tags: none of it may survive cleaning. (Its AAC encoder
     * also writes its version, {@code Lavc...}, inside the first audio frame: that is audio, kept.)
     */
    public static final List<String> TAGS = List.of("+19.4326", "Juan", "Samsung", "Mi historia", "Lavf",
            "2026-05-14", "ISO6709", "Segunda parte", "image/jpeg");

    private static final Set<Long> EBML_MASTERS = Set.of(0x1A45DFA3L, 0x18538067L, 0x1549A966L, 0x1654AE6BL, 0xAEL,
            0xE1L, 0x1F43B675L, 0xA0L, 0x1043A770L, 0x1941A469L, 0x1254C367L, 0x114D9B74L, 0x1C53BB6BL);
    private static final Set<Long> CLUSTER_CHILDREN = Set.of(0xE7L, 0xA3L, 0xA0L, 0xA7L, 0xABL, 0xECL, 0xBFL);
    private static final Set<String> BOX_CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf",
            "mvex", "moof", "traf", "udta", "mfra");

    private VoiceFiles() {
    }

    public static byte[] read(String name) {
        return HostileFiles.read(Path.of("src", "test", "resources", "fixtures", "voice", name));
    }

    /** One EBML element met in a walk: its ID, its depth, and its body. */
    public record Element(long id, int depth, byte[] body) {
    }

    /**
     * Every EBML element of the file in order, masters walked; unknown sizes are read as a live
     * stream's (a Segment to the end, a Cluster to the first element it cannot hold) only when
     * {@code unknownAllowed}.
     */
    public static List<Element> ebml(byte[] in, boolean unknownAllowed) {
        List<Element> out = new ArrayList<>();
        int end = ebml(in, 0, in.length, 0, -1, unknownAllowed, out);
        if (end != in.length) {
            throw new AssertionError("EBML stops at " + end + " of " + in.length);
        }
        return out;
    }

    private static int ebml(byte[] in, int pos, int to, int depth, long parent, boolean unknown, List<Element> out) {
        while (pos < to) {
            int idLength = Integer.numberOfLeadingZeros(in[pos] & 0xff) - 23;
            long id = 0;
            for (int i = 0; i < idLength; i++) {
                id = (id << 8) | (in[pos + i] & 0xff);
            }
            if (parent == 0x1F43B675L && unknown && !CLUSTER_CHILDREN.contains(id)) {
                return pos;
            }
            int at = pos + idLength;
            int sizeLength = Integer.numberOfLeadingZeros(in[at] & 0xff) - 23;
            long size = (in[at] & 0xff) & (0xff >>> sizeLength);
            for (int i = 1; i < sizeLength; i++) {
                size = (size << 8) | (in[at + i] & 0xff);
            }
            int body = at + sizeLength;
            boolean unknownSize = size == (1L << (7 * sizeLength)) - 1;
            if (unknownSize && !unknown) {
                throw new AssertionError("EBML element of unknown size at " + pos);
            }
            if (!unknownSize && body + size > to) {
                throw new AssertionError("EBML element past its parent at " + pos);
            }
            int end = unknownSize ? to : (int) (body + size);
            out.add(new Element(id, depth, java.util.Arrays.copyOfRange(in, body, EBML_MASTERS.contains(id) ? body : end)));
            if (EBML_MASTERS.contains(id)) {
                end = ebml(in, body, end, depth + 1, unknownSize ? id : -1, unknown, out);
            }
            pos = end;
        }
        return pos;
    }

    /** The audio frames of an EBML walk: the bodies of SimpleBlock and Block elements. */
    public static List<byte[]> blocks(List<Element> elements) {
        return elements.stream().filter(e -> e.id() == 0xA3L || e.id() == 0xA1L).map(Element::body).toList();
    }

    /** The chunks of a RIFF/WAVE file as {id, body}, checking the RIFF size. */
    public static List<Object[]> riff(byte[] in) {
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(4) + 8L != in.length) {
            throw new AssertionError("RIFF size " + b.getInt(4) + " for " + in.length + " bytes");
        }
        List<Object[]> chunks = new ArrayList<>();
        int pos = 12;
        while (pos < in.length) {
            int size = b.getInt(pos + 4);
            if (size < 0 || pos + 8L + size > in.length) {
                throw new AssertionError("RIFF chunk past the end at " + pos);
            }
            chunks.add(new Object[] {new String(in, pos, 4, StandardCharsets.US_ASCII),
                java.util.Arrays.copyOfRange(in, pos + 8, pos + 8 + size)});
            pos += 8 + size + (size & 1);
        }
        return chunks;
    }

    /** Every MP4 box type, depth first, each box checked to fit its parent. */
    public static List<String> boxes(byte[] in) {
        List<String> types = new ArrayList<>();
        boxes(in, 0, in.length, types);
        return types;
    }

    private static void boxes(byte[] in, int pos, int to, List<String> types) {
        ByteBuffer b = ByteBuffer.wrap(in);
        while (pos < to) {
            long size = Integer.toUnsignedLong(b.getInt(pos));
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (size < 8 || pos + size > to) {
                throw new AssertionError("MP4 box " + type + " past its parent at " + pos);
            }
            types.add(type);
            if (BOX_CONTAINERS.contains(type)) {
                boxes(in, pos + 8, (int) (pos + size), types);
            } else if (type.equals("meta")) {
                boxes(in, pos + 12, (int) (pos + size), types);
            }
            pos += (int) size;
        }
    }

    /** The body of the first box of {@code type} found depth first, or null. */
    public static ByteBuffer box(byte[] in, int from, int to, String type) {
        ByteBuffer b = ByteBuffer.wrap(in);
        for (int pos = from; pos + 8 <= to;) {
            int size = b.getInt(pos);
            String name = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (name.equals(type)) {
                return ByteBuffer.wrap(in, pos + 8, size - 8).slice();
            }
            if (BOX_CONTAINERS.contains(name)) {
                ByteBuffer inner = box(in, pos + 8, pos + size, type);
                if (inner != null) {
                    return inner;
                }
            }
            pos += size;
        }
        return null;
    }

    /**
     * The audio samples of a one-track MP4, found the way a player finds them: from the sample
     * tables ({@code stsz}, {@code stsc}, {@code stco}) and from every fragment's runs.
     */
    public static List<byte[]> samples(byte[] in) {
        List<byte[]> samples = new ArrayList<>();
        ByteBuffer stsz = box(in, 0, in.length, "stsz");
        ByteBuffer stsc = box(in, 0, in.length, "stsc");
        ByteBuffer stco = box(in, 0, in.length, "stco");
        int count = stsz.getInt(8);
        int chunks = stco.getInt(4);
        int sample = 0;
        for (int c = 0; c < chunks && sample < count; c++) {
            int perChunk = 0;
            for (int e = 0; e < stsc.getInt(4); e++) {
                if (stsc.getInt(8 + 12 * e) <= c + 1) {
                    perChunk = stsc.getInt(8 + 12 * e + 4);
                }
            }
            long at = Integer.toUnsignedLong(stco.getInt(8 + 4 * c));
            for (int s = 0; s < perChunk && sample < count; s++, sample++) {
                int size = stsz.getInt(4) != 0 ? stsz.getInt(4) : stsz.getInt(12 + 4 * sample);
                samples.add(java.util.Arrays.copyOfRange(in, (int) at, (int) at + size));
                at += size;
            }
        }
        fragmentSamples(in, samples);
        return samples;
    }

    private static void fragmentSamples(byte[] in, List<byte[]> samples) {
        ByteBuffer b = ByteBuffer.wrap(in);
        for (int pos = 0; pos < in.length; pos += b.getInt(pos)) {
            if (!new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1).equals("moof")) {
                continue;
            }
            int end = pos + b.getInt(pos);
            ByteBuffer tfhd = box(in, pos + 8, end, "tfhd");
            ByteBuffer trun = box(in, pos + 8, end, "trun");
            int tfhdFlags = tfhd.getInt(0) & 0xFFFFFF;
            long base = (tfhdFlags & 1) != 0 ? tfhd.getLong(8) : pos;
            int at = 8 + ((tfhdFlags & 1) != 0 ? 8 : 0) + ((tfhdFlags & 2) != 0 ? 4 : 0) + ((tfhdFlags & 8) != 0 ? 4 : 0);
            int defaultSize = (tfhdFlags & 0x10) != 0 ? tfhd.getInt(at) : 0;
            int flags = trun.getInt(0) & 0xFFFFFF;
            int count = trun.getInt(4);
            long data = base + ((flags & 1) != 0 ? trun.getInt(8) : 0);
            int field = 8 + ((flags & 1) != 0 ? 4 : 0) + ((flags & 4) != 0 ? 4 : 0);
            int perSample = Integer.bitCount(flags & 0xF00) * 4;
            for (int s = 0; s < count; s++) {
                int skip = (flags & 0x100) != 0 ? 4 : 0;
                int size = (flags & 0x200) != 0 ? trun.getInt(field + s * perSample + skip) : defaultSize;
                samples.add(java.util.Arrays.copyOfRange(in, (int) data, (int) data + size));
                data += size;
            }
        }
    }

    /** The Ogg pages as {header 27 bytes + lacing, body}, each checksum and sequence number checked. */
    public static List<byte[][]> oggPages(byte[] in) {
        List<byte[][]> pages = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 0;
        while (pos < in.length) {
            if (!new String(in, pos, 4, StandardCharsets.US_ASCII).equals("OggS")) {
                throw new AssertionError("no Ogg page at " + pos);
            }
            int segments = in[pos + 26] & 0xff;
            int size = 0;
            for (int i = 0; i < segments; i++) {
                size += in[pos + 27 + i] & 0xff;
            }
            byte[] page = java.util.Arrays.copyOfRange(in, pos, pos + 27 + segments + size);
            if (b.getInt(pos + 18) != pages.size()) {
                throw new AssertionError("Ogg page " + pages.size() + " numbered " + b.getInt(pos + 18));
            }
            int crc = b.getInt(pos + 22);
            ByteBuffer.wrap(page).order(ByteOrder.LITTLE_ENDIAN).putInt(22, 0);
            if (HostileFiles.oggCrc(page) != crc) {
                throw new AssertionError("Ogg page " + pages.size() + " has a wrong checksum");
            }
            pages.add(new byte[][] {java.util.Arrays.copyOfRange(page, 0, 27 + segments),
                java.util.Arrays.copyOfRange(page, 27 + segments, page.length)});
            pos += page.length;
        }
        return pages;
    }

    /** The same WebM with every Cluster's size written as unknown, as Chrome's MediaRecorder does. */
    public static byte[] withUnknownSizeClusters(byte[] webm) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] cluster = {0x1F, 0x43, (byte) 0xB6, 0x75};
        int pos = 0;
        for (int i = 0; i + 4 < webm.length; i++) {
            if (java.util.Arrays.equals(webm, i, i + 4, cluster, 0, 4)) {
                out.write(webm, pos, i - pos);
                int sizeLength = Integer.numberOfLeadingZeros(webm[i + 4] & 0xff) - 23;
                out.writeBytes(cluster);
                out.writeBytes(new byte[] {1, -1, -1, -1, -1, -1, -1, -1});
                pos = i + 4 + sizeLength;
                i = pos - 1;
            }
        }
        out.write(webm, pos, webm.length - pos);
        return out.toByteArray();
    }
}
