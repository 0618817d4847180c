package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An M4A/MP4 voice note rebuilt from the boxes that play it: {@code ftyp}, the movie header tree
 * without any {@code udta}, {@code meta} or {@code uuid} box (where phones write the location,
 * e.g. {@code ©xyz} or iPhone's {@code com.apple.quicktime.location.ISO6709} key, the device and
 * the app), and the media data. Every other top-level box is dropped. The sample tables' chunk
 * offsets ({@code stco}, {@code co64}) are moved with the media data, so the audio still plays.
 * Fragmented files ({@code moof}) are refused.
 */
final class Mp4Cleaner {

    /** Boxes whose children are walked; every other kept box is copied as it is. */
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf");
    /** Boxes never kept, at any depth. */
    private static final Set<String> DROPPED = Set.of("udta", "meta", "uuid", "free", "skip", "wide", "ilst",
            "keys", "XMP_", "cprt", "loci", "©xyz");
    /** Seconds from 1904-01-01 (the MP4 epoch) to 1970-01-01. */
    private static final long EPOCH_1904 = 2_082_844_800L;

    private record Box(String type, int start, int header, int size) {
        int end() {
            return start + size;
        }

        int bodyStart() {
            return start + header;
        }
    }

    /** The cleaned file and the recording time from the movie header (null when absent). */
    record Result(byte[] content, Instant recordedAt) {
    }

    private Mp4Cleaner() {
    }

    static Result clean(byte[] in) throws UnsupportedEvidenceException {
        List<Box> top = boxes(in, 0, in.length);
        if (top.isEmpty() || !top.get(0).type().equals("ftyp")) {
            throw new UnsupportedEvidenceException("MP4 without ftyp");
        }
        List<Box> media = new ArrayList<>();
        Box moov = movieAndMedia(top, media);
        Box ftyp = top.get(0);
        ByteArrayOutputStream newMoov = new ByteArrayOutputStream();
        List<int[]> offsetTables = new ArrayList<>(); // positions in newMoov: {tablePos, is64}
        writeCleaned(in, moov, newMoov, offsetTables);
        byte[] movie = newMoov.toByteArray();
        moveChunkOffsets(movie, offsetTables, media, ftyp.size() + (long) movie.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, ftyp.start(), ftyp.size());
        out.write(movie, 0, movie.length);
        for (Box box : media) {
            out.write(in, box.start(), box.size());
        }
        return new Result(out.toByteArray(), recordedAt(in, moov));
    }

    /** The one movie box among the top-level boxes; the media data boxes added to {@code media}. */
    private static Box movieAndMedia(List<Box> top, List<Box> media) throws UnsupportedEvidenceException {
        Box moov = null;
        for (Box box : top) {
            switch (box.type()) {
                case "moov" -> {
                    if (moov != null) {
                        throw new UnsupportedEvidenceException("two moov boxes");
                    }
                    moov = box;
                }
                case "mdat" -> media.add(box);
                case "moof", "mfra", "sidx" -> throw new UnsupportedEvidenceException("fragmented MP4");
                default -> {
                    // ftyp is written first; free, skip, wide, udta, meta, uuid and the rest go
                }
            }
        }
        if (moov == null || media.isEmpty()) {
            throw new UnsupportedEvidenceException("MP4 without movie or media");
        }
        return moov;
    }

    /**
     * Rewrites the chunk offsets in {@code movie}'s sample tables for the media data written from
     * {@code at} on, in the order of {@code media}.
     */
    private static void moveChunkOffsets(byte[] movie, List<int[]> offsetTables, List<Box> media, long at)
            throws UnsupportedEvidenceException {
        long[] oldStarts = new long[media.size()];
        long[] oldEnds = new long[media.size()];
        long[] delta = new long[media.size()];
        for (int i = 0; i < media.size(); i++) {
            Box box = media.get(i);
            oldStarts[i] = box.start();
            oldEnds[i] = box.end();
            delta[i] = at - box.start();
            at += box.size();
        }
        ByteBuffer table = ByteBuffer.wrap(movie);
        for (int[] t : offsetTables) {
            int pos = t[0];
            boolean wide = t[1] == 1;
            long count = Integer.toUnsignedLong(table.getInt(pos + 4));
            int width = wide ? 8 : 4;
            if (pos + 8 + count * width > movie.length) {
                throw new UnsupportedEvidenceException("broken chunk offsets");
            }
            for (int k = 0; k < count; k++) {
                int p = pos + 8 + k * width;
                long offset = wide ? table.getLong(p) : Integer.toUnsignedLong(table.getInt(p));
                long moved = move(offset, oldStarts, oldEnds, delta);
                if (wide) {
                    table.putLong(p, moved);
                } else if (moved > 0xFFFFFFFFL) {
                    throw new UnsupportedEvidenceException("chunk offset out of range");
                } else {
                    table.putInt(p, (int) moved);
                }
            }
        }
    }

    private static long move(long offset, long[] starts, long[] ends, long[] delta)
            throws UnsupportedEvidenceException {
        for (int i = 0; i < starts.length; i++) {
            if (offset >= starts[i] && offset < ends[i]) {
                return offset + delta[i];
            }
        }
        throw new UnsupportedEvidenceException("chunk outside the media data");
    }

    /** Writes {@code box} without the dropped boxes, noting where each chunk-offset table lands. */
    private static void writeCleaned(byte[] in, Box box, ByteArrayOutputStream out, List<int[]> offsetTables)
            throws UnsupportedEvidenceException {
        if (!CONTAINERS.contains(box.type())) {
            int at = out.size();
            if (box.type().equals("stco") || box.type().equals("co64")) {
                if (box.header() != 8) {
                    throw new UnsupportedEvidenceException("odd chunk-offset box");
                }
                offsetTables.add(new int[] {at + 8, box.type().equals("co64") ? 1 : 0});
            }
            out.write(in, box.start(), box.size());
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<int[]> inner = new ArrayList<>();
        for (Box child : boxes(in, box.bodyStart(), box.end())) {
            if (child.type().equals("mvex")) {
                throw new UnsupportedEvidenceException("fragmented MP4");
            }
            if (!DROPPED.contains(child.type())) {
                writeCleaned(in, child, body, inner);
            }
        }
        byte[] children = body.toByteArray();
        int at = out.size();
        int size = 8 + children.length;
        out.write(size >>> 24);
        out.write(size >>> 16);
        out.write(size >>> 8);
        out.write(size);
        out.write(box.type().getBytes(StandardCharsets.ISO_8859_1), 0, 4);
        out.write(children, 0, children.length);
        for (int[] t : inner) {
            offsetTables.add(new int[] {at + 8 + t[0], t[1]});
        }
    }

    private static List<Box> boxes(byte[] in, int from, int to) throws UnsupportedEvidenceException {
        List<Box> list = new ArrayList<>();
        int pos = from;
        while (pos < to) {
            if (pos + 8 > to) {
                throw new UnsupportedEvidenceException("broken MP4 box");
            }
            long size = Integer.toUnsignedLong(ByteBuffer.wrap(in, pos, 4).getInt());
            String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
            int header = 8;
            if (size == 1) {
                if (pos + 16 > to) {
                    throw new UnsupportedEvidenceException("broken MP4 box");
                }
                size = ByteBuffer.wrap(in, pos + 8, 8).getLong();
                header = 16;
            } else if (size == 0) {
                size = to - pos;
            }
            if (size < header || pos + size > to) {
                throw new UnsupportedEvidenceException("broken MP4 box");
            }
            list.add(new Box(type, pos, header, (int) size));
            pos += (int) size;
        }
        return list;
    }

    /** The creation time in the movie header, when it is set. */
    private static Instant recordedAt(byte[] in, Box moov) throws UnsupportedEvidenceException {
        for (Box child : boxes(in, moov.bodyStart(), moov.end())) {
            if (child.type().equals("mvhd") && child.size() >= child.header() + 12) {
                ByteBuffer b = ByteBuffer.wrap(in, child.bodyStart(), child.size() - child.header()).slice();
                int version = b.get(0) & 0xff;
                long seconds = version == 1 ? b.getLong(4) : Integer.toUnsignedLong(b.getInt(4));
                return seconds <= EPOCH_1904 ? null : Instant.ofEpochSecond(seconds - EPOCH_1904);
            }
        }
        return null;
    }
}
