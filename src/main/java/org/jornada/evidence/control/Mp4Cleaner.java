package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An M4A/MP4 voice note rebuilt from the boxes that play it: {@code ftyp}, the movie header tree
 * reduced to the boxes {@link #KEPT} names (so no {@code udta}, {@code meta} or {@code uuid} box,
 * where phones write the location, e.g. {@code ©xyz}, {@code loci} or iPhone's
 * {@code com.apple.quicktime.location.ISO6709} key, the device and the app), and the media data.
 * Every other top-level box is dropped; a track that is not sound or video is refused. The sample
 * tables' chunk offsets ({@code stco}, {@code co64}) are moved with the media data, so the audio
 * still plays. Fragmented files (iOS Safari's MediaRecorder, {@code moof} and {@code mdat} pairs)
 * keep their fragments in order, each cleaned by {@link Mp4Fragments}; their indexes
 * ({@code sidx}, {@code mfra}) and event and time boxes ({@code emsg}, {@code prft}) are left out.
 * The creation and modification times of the movie, track and media headers are read (the
 * recording time, stored apart) and then set to zero.
 */
final class Mp4Cleaner {

    /**
     * The boxes walked and the children each keeps: what places and decodes the samples. Every
     * other child goes, whatever its name: {@code udta}, {@code meta}, {@code uuid}, {@code free},
     * {@code loci}, {@code ©xyz}, {@code XMP_}, an app's own box. Boxes not walked are copied.
     */
    private static final Map<String, Set<String>> KEPT = Map.of(
            "moov", Set.of("mvhd", "trak", "mvex"),
            "trak", Set.of("tkhd", "edts", "mdia"),
            "edts", Set.of("elst"),
            "mdia", Set.of("mdhd", "hdlr", "minf"),
            "minf", Set.of("smhd", "vmhd", "nmhd", "dinf", "stbl"),
            "dinf", Set.of("dref"),
            "stbl", Set.of("stsd", "stts", "ctts", "cslg", "stsc", "stsz", "stz2", "stco", "co64", "stss", "stps",
                    "sdtp", "sgpd", "sbgp", "subs", "padb"),
            "mvex", Set.of("mehd", "trex", "trep"));
    /** The data reference every kept file gets: the media is in this file (no path, no alias). */
    private static final byte[] SELF_CONTAINED = {0, 0, 0, 28, 'd', 'r', 'e', 'f', 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
        12, 'u', 'r', 'l', ' ', 0, 0, 0, 1};
    /** Track handlers taken: sound, and video. Timed metadata, text and subtitle tracks are refused. */
    private static final Set<String> HANDLERS = Set.of("soun", "vide");
    /** Headers that carry the creation and modification times: set to zero once read. */
    private static final Set<String> TIMED = Set.of("mvhd", "tkhd", "mdhd");
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
        if (!hasTrack(movie)) {
            throw new UnsupportedEvidenceException("MP4 without a sound track");
        }
        List<Mp4Fragments.Fragment> fragments = new ArrayList<>();
        long[] newStarts = new long[media.size()];
        long at = ftyp.size() + (long) movie.length;
        for (int i = 0; i < media.size(); i++) {
            Box box = media.get(i);
            Mp4Fragments.Fragment fragment = box.type().equals("moof") ? Mp4Fragments.clean(in, box.start(),
                    box.bodyStart(), box.end(), (from, to) -> children(in, from, to)) : null;
            fragments.add(fragment);
            newStarts[i] = at;
            at += fragment == null ? box.size() : fragment.bytes().length;
        }
        Mp4Fragments.Moves moves = moves(media, newStarts);
        moveChunkOffsets(movie, offsetTables, moves);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, ftyp.start(), ftyp.size());
        out.write(movie, 0, movie.length);
        for (int i = 0; i < media.size(); i++) {
            Mp4Fragments.Fragment fragment = fragments.get(i);
            if (fragment == null) {
                out.write(in, media.get(i).start(), media.get(i).size());
            } else {
                fragment.move(newStarts[i], moves);
                out.write(fragment.bytes(), 0, fragment.bytes().length);
            }
        }
        return new Result(out.toByteArray(), recordedAt(in, moov));
    }

    /** Where each media data box was and where it is written. */
    private static Mp4Fragments.Moves moves(List<Box> media, long[] newStarts) {
        List<Integer> data = new ArrayList<>();
        for (int i = 0; i < media.size(); i++) {
            if (media.get(i).type().equals("mdat")) {
                data.add(i);
            }
        }
        long[] oldStarts = new long[data.size()];
        long[] oldEnds = new long[data.size()];
        long[] moved = new long[data.size()];
        for (int k = 0; k < data.size(); k++) {
            Box box = media.get(data.get(k));
            oldStarts[k] = box.start();
            oldEnds[k] = box.end();
            moved[k] = newStarts[data.get(k)];
        }
        return new Mp4Fragments.Moves(oldStarts, oldEnds, moved);
    }

    private static List<int[]> children(byte[] in, int from, int to) throws UnsupportedEvidenceException {
        List<int[]> list = new ArrayList<>();
        for (Box box : boxes(in, from, to)) {
            list.add(new int[] {box.start(), box.bodyStart(), box.end()});
        }
        return list;
    }

    /** The one movie box among the top-level boxes; the media data and fragments added to {@code media}. */
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
                case "mdat", "moof" -> media.add(box);
                default -> {
                    // ftyp is written first; free, skip, wide, udta, meta, uuid, sidx, mfra, emsg, prft go
                }
            }
        }
        if (moov == null || media.stream().noneMatch(box -> box.type().equals("mdat"))) {
            throw new UnsupportedEvidenceException("MP4 without movie or media");
        }
        return moov;
    }

    /** Rewrites the chunk offsets in {@code movie}'s sample tables for the media data where it is written. */
    private static void moveChunkOffsets(byte[] movie, List<int[]> offsetTables, Mp4Fragments.Moves moves)
            throws UnsupportedEvidenceException {
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
                long moved = moves.move(offset);
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

    /** Writes {@code box} with only the children it keeps, noting where each chunk-offset table lands. */
    private static void writeCleaned(byte[] in, Box box, ByteArrayOutputStream out, List<int[]> offsetTables)
            throws UnsupportedEvidenceException {
        if (box.type().equals("dref")) {
            out.write(SELF_CONTAINED, 0, SELF_CONTAINED.length);
            return;
        }
        if (box.type().equals("hdlr") && (box.size() < box.header() + 12
                || !HANDLERS.contains(new String(in, box.bodyStart() + 8, 4, StandardCharsets.ISO_8859_1)))) {
            throw new UnsupportedEvidenceException("MP4 track that is not sound or video");
        }
        if (!KEPT.containsKey(box.type())) {
            int at = out.size();
            if (box.type().equals("stco") || box.type().equals("co64")) {
                if (box.header() != 8) {
                    throw new UnsupportedEvidenceException("odd chunk-offset box");
                }
                offsetTables.add(new int[] {at + 8, box.type().equals("co64") ? 1 : 0});
            }
            byte[] copy = java.util.Arrays.copyOfRange(in, box.start(), box.end());
            if (TIMED.contains(box.type())) {
                withoutTimes(copy, box.header());
            }
            out.write(copy, 0, copy.length);
            return;
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        List<int[]> inner = new ArrayList<>();
        for (Box child : boxes(in, box.bodyStart(), box.end())) {
            if (KEPT.get(box.type()).contains(child.type())) {
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

    /** Whether the cleaned movie holds a track with its media (a handler, if any, was checked to be sound or video). */
    private static boolean hasTrack(byte[] movie) throws UnsupportedEvidenceException {
        for (Box trak : boxes(movie, 8, movie.length)) {
            if (trak.type().equals("trak")
                    && boxes(movie, trak.bodyStart(), trak.end()).stream().anyMatch(b -> b.type().equals("mdia"))) {
                return true;
            }
        }
        return false;
    }

    /** Zeroes a movie, track or media header's creation and modification times (version 0 or 1). */
    private static void withoutTimes(byte[] box, int header) throws UnsupportedEvidenceException {
        int width = box.length > header && box[header] == 1 ? 16 : 8;
        if (box.length < header + 4 + width) {
            throw new UnsupportedEvidenceException("short MP4 header box");
        }
        java.util.Arrays.fill(box, header + 4, header + 4 + width, (byte) 0);
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
