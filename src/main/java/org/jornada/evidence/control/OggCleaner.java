package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An Ogg Opus or Ogg Vorbis voice note (WhatsApp, Android recorders) with its comment header
 * emptied: the tags (vendor, encoder, title, artist, location, whatever an app wrote) are replaced
 * by an empty comment packet, the header pages are laid out again, and every page after them is
 * renumbered with a new checksum. Anything that is not an Ogg page, and any second stream, is
 * refused rather than stored as if clean.
 */
final class OggCleaner {

    private static final byte[] OPUS_HEAD = "OpusHead".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] OPUS_TAGS = "OpusTags".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] VORBIS = "vorbis".getBytes(StandardCharsets.ISO_8859_1);
    private static final int[] CRC_TABLE = crcTable();

    private record Page(int flags, long granule, int serial, List<Integer> lacing, byte[] body) {
    }

    /** The first packets, in order, with the index of the page where each one ends. */
    private record Packets(List<byte[]> packets, List<Integer> endPage) {
    }

    /** How many header packets the codec has, and its comment header with no tags. */
    private record Codec(int headers, byte[] emptyComment) {
    }

    private OggCleaner() {
    }

    static byte[] clean(byte[] in) throws UnsupportedEvidenceException {
        List<Page> pages = pages(in);
        int serial = oneStream(pages);
        Packets read = firstPackets(pages);
        List<byte[]> packets = read.packets();
        Codec codec = codec(packets);
        int lastHeaderPage = lastHeaderPage(pages, read, codec.headers());
        byte[] first = packets.get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        int sequence = 0;
        writePage(out, pages.get(0).flags(), 0, serial, sequence++, List.of(first.length), first);
        List<byte[]> rest = new ArrayList<>();
        rest.add(codec.emptyComment());
        for (int h = 2; h < codec.headers(); h++) {
            rest.add(packets.get(h));
        }
        sequence = writeHeaderPackets(out, rest, serial, sequence);
        for (int i = lastHeaderPage + 1; i < pages.size(); i++) {
            Page page = pages.get(i);
            writePage(out, page.flags(), page.granule(), serial, sequence++, page.lacing(), page.body());
        }
        return out.toByteArray();
    }

    /** The one stream's serial number; a second stream is refused. */
    private static int oneStream(List<Page> pages) throws UnsupportedEvidenceException {
        int serial = pages.get(0).serial();
        for (Page page : pages) {
            if (page.serial() != serial) {
                throw new UnsupportedEvidenceException("Ogg with more than one stream");
            }
        }
        return serial;
    }

    /** The packets of the first pages, up to the page where the third one ends. */
    private static Packets firstPackets(List<Page> pages) throws UnsupportedEvidenceException {
        List<byte[]> packets = new ArrayList<>();
        List<Integer> endPage = new ArrayList<>();
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            int at = 0;
            for (int lace : page.lacing()) {
                current.write(page.body(), at, lace);
                at += lace;
                if (lace < 255) {
                    packets.add(current.toByteArray());
                    endPage.add(i);
                    current.reset();
                }
            }
            if (packets.size() >= 3) {
                break;
            }
        }
        if (packets.isEmpty()) {
            throw new UnsupportedEvidenceException("Ogg without packets");
        }
        return new Packets(packets, endPage);
    }

    /** Opus (two header packets) or Vorbis (three), told by the first packet; others refused. */
    private static Codec codec(List<byte[]> packets) throws UnsupportedEvidenceException {
        byte[] first = packets.get(0);
        if (startsWith(first, 0, OPUS_HEAD)) {
            byte[] emptyComment = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).put(OPUS_TAGS).putInt(0)
                    .putInt(0).array();
            if (packets.size() < 2 || !startsWith(packets.get(1), 0, OPUS_TAGS)) {
                throw new UnsupportedEvidenceException("Opus without comment header");
            }
            return new Codec(2, emptyComment);
        }
        if (first.length > 7 && first[0] == 1 && startsWith(first, 1, VORBIS)) {
            byte[] emptyComment = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).put((byte) 3).put(VORBIS)
                    .putInt(0).putInt(0).put((byte) 1).array();
            if (packets.size() < 3 || packets.get(1).length < 7 || packets.get(1)[0] != 3
                    || !startsWith(packets.get(1), 1, VORBIS)) {
                throw new UnsupportedEvidenceException("Vorbis without comment header");
            }
            return new Codec(3, emptyComment);
        }
        throw new UnsupportedEvidenceException("Ogg codec not taken");
    }

    /**
     * The index of the last page holding headers. The first page holds the first header alone, and the
     * first audio packet must start on a fresh page: the header pages hold the headers only.
     */
    private static int lastHeaderPage(List<Page> pages, Packets read, int headers) throws UnsupportedEvidenceException {
        int lastHeaderPage = read.endPage().get(headers - 1);
        if (read.endPage().get(0) != 0 || pages.get(0).lacing().size() != 1) {
            throw new UnsupportedEvidenceException("odd Ogg first page");
        }
        long headerBytes = 0;
        for (int h = 0; h < headers; h++) {
            headerBytes += read.packets().get(h).length;
        }
        long pageBytes = 0;
        for (int i = 0; i <= lastHeaderPage; i++) {
            pageBytes += pages.get(i).body().length;
        }
        if (headerBytes != pageBytes) {
            throw new UnsupportedEvidenceException("audio on a header page");
        }
        return lastHeaderPage;
    }

    private static int writeHeaderPackets(ByteArrayOutputStream out, List<byte[]> packets, int serial, int sequence) {
        List<Integer> lacing = new ArrayList<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean continued = false;
        for (byte[] packet : packets) {
            int remaining = packet.length;
            int at = 0;
            while (true) {
                int lace = Math.min(255, remaining);
                lacing.add(lace);
                body.write(packet, at, lace);
                at += lace;
                remaining -= lace;
                boolean ends = lace < 255;
                if (lacing.size() == 255) {
                    writePage(out, continued ? 1 : 0, ends ? 0 : -1, serial, sequence++, lacing, body.toByteArray());
                    lacing = new ArrayList<>();
                    body.reset();
                    continued = !ends;
                }
                if (ends) {
                    break;
                }
            }
        }
        if (!lacing.isEmpty()) {
            writePage(out, continued ? 1 : 0, 0, serial, sequence++, lacing, body.toByteArray());
        }
        return sequence;
    }

    private static void writePage(ByteArrayOutputStream out, int flags, long granule, int serial, int sequence,
            List<Integer> lacing, byte[] body) {
        ByteBuffer page = ByteBuffer.allocate(27 + lacing.size() + body.length).order(ByteOrder.LITTLE_ENDIAN);
        page.put("OggS".getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0).put((byte) flags).putLong(granule)
                .putInt(serial).putInt(sequence).putInt(0).put((byte) lacing.size());
        for (int lace : lacing) {
            page.put((byte) lace);
        }
        page.put(body);
        byte[] bytes = page.array();
        int crc = crc(bytes);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(22, crc);
        out.write(bytes, 0, bytes.length);
    }

    private static List<Page> pages(byte[] in) throws UnsupportedEvidenceException {
        List<Page> pages = new ArrayList<>();
        int pos = 0;
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
        while (pos < in.length) {
            if (pos + 27 > in.length || !startsWith(in, pos, "OggS".getBytes(StandardCharsets.ISO_8859_1))
                    || in[pos + 4] != 0) {
                throw new UnsupportedEvidenceException("broken Ogg page");
            }
            int flags = in[pos + 5] & 0xff;
            long granule = b.getLong(pos + 6);
            int serial = b.getInt(pos + 14);
            int segments = in[pos + 26] & 0xff;
            if (pos + 27 + segments > in.length) {
                throw new UnsupportedEvidenceException("broken Ogg page");
            }
            List<Integer> lacing = new ArrayList<>(segments);
            int size = 0;
            for (int i = 0; i < segments; i++) {
                int lace = in[pos + 27 + i] & 0xff;
                lacing.add(lace);
                size += lace;
            }
            int bodyStart = pos + 27 + segments;
            if (bodyStart + size > in.length) {
                throw new UnsupportedEvidenceException("broken Ogg page");
            }
            byte[] body = new byte[size];
            System.arraycopy(in, bodyStart, body, 0, size);
            pages.add(new Page(flags, granule, serial, lacing, body));
            pos = bodyStart + size;
        }
        if (pages.isEmpty()) {
            throw new UnsupportedEvidenceException("empty Ogg");
        }
        return pages;
    }

    private static boolean startsWith(byte[] data, int at, byte[] prefix) {
        if (data.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Ogg's CRC-32: polynomial 0x04C11DB7, not reflected, start 0, no final xor. */
    static int crc(byte[] page) {
        int crc = 0;
        for (byte value : page) {
            crc = (crc << 8) ^ CRC_TABLE[((crc >>> 24) & 0xff) ^ (value & 0xff)];
        }
        return crc;
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int i = 0; i < 256; i++) {
            int r = i << 24;
            for (int k = 0; k < 8; k++) {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }
            table[i] = r;
        }
        return table;
    }
}
