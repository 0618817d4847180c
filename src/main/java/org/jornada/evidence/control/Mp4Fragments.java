package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The movie fragments ({@code moof}) of a fragmented MP4, as iOS Safari's MediaRecorder and
 * streaming muxers write them: each rebuilt from the boxes that place its samples (fragment header,
 * track fragments with their header, decode time, runs and sample groups), every {@code uuid},
 * {@code udta}, {@code meta}, {@code free} and other box left out, and the offsets that find the
 * samples (a track fragment's base data offset, a run's data offset) moved with the media data.
 * Encrypted fragments (auxiliary information, {@code senc}) are refused.
 */
final class Mp4Fragments {

    private static final Set<String> MOOF_KEEP = Set.of("mfhd", "traf");
    private static final Set<String> TRAF_KEEP = Set.of("tfhd", "tfdt", "trun", "sbgp", "sgpd", "subs", "sdtp");
    private static final Set<String> ENCRYPTED = Set.of("saiz", "saio", "senc");

    /** Where the media data boxes were and where they are written: offsets move with them. */
    record Moves(long[] oldStarts, long[] oldEnds, long[] newStarts) {
        long move(long offset) throws UnsupportedEvidenceException {
            for (int i = 0; i < oldStarts.length; i++) {
                if (offset >= oldStarts[i] && offset < oldEnds[i]) {
                    return offset - oldStarts[i] + newStarts[i];
                }
            }
            throw new UnsupportedEvidenceException("sample outside the media data");
        }
    }

    /** A track fragment in the rebuilt box: where its base offset is (-1: the fragment's start). */
    private record Traf(int basePos, List<Integer> dataOffsets) {
    }

    /** A cleaned fragment, its offsets still pointing into the original file until moved. */
    static final class Fragment {
        private final byte[] bytes;
        private final int oldStart;
        private final List<Traf> trafs;

        private Fragment(byte[] bytes, int oldStart, List<Traf> trafs) {
            this.bytes = bytes;
            this.oldStart = oldStart;
            this.trafs = trafs;
        }

        byte[] bytes() {
            return bytes;
        }

        /** Points the fragment's offsets at the media data where it is now, the fragment written at {@code newStart}. */
        void move(long newStart, Moves moves) throws UnsupportedEvidenceException {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            for (Traf traf : trafs) {
                long oldBase = traf.basePos() < 0 ? oldStart : b.getLong(traf.basePos());
                long newBase = oldBase == oldStart ? newStart : moves.move(oldBase);
                if (traf.basePos() >= 0) {
                    b.putLong(traf.basePos(), newBase);
                }
                for (int pos : traf.dataOffsets()) {
                    long moved = moves.move(oldBase + b.getInt(pos)) - newBase;
                    if (moved < Integer.MIN_VALUE || moved > Integer.MAX_VALUE) {
                        throw new UnsupportedEvidenceException("data offset out of range");
                    }
                    b.putInt(pos, (int) moved);
                }
            }
        }
    }

    /** {@link Mp4Cleaner}'s walk: the boxes between two positions, each as {start, body start, end}. */
    interface Boxes {
        List<int[]> children(int from, int to) throws UnsupportedEvidenceException;
    }

    private Mp4Fragments() {
    }

    /** The fragment whose body runs from {@code bodyStart} to {@code end}, rebuilt. */
    static Fragment clean(byte[] in, int start, int bodyStart, int end, Boxes boxes)
            throws UnsupportedEvidenceException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(end - start);
        List<Traf> trafs = new ArrayList<>();
        boolean first = true;
        for (int[] box : boxes.children(bodyStart, end)) {
            String type = type(in, box[0]);
            if (!MOOF_KEEP.contains(type)) {
                continue;
            }
            if (!type.equals("traf")) {
                body.write(in, box[0], box[2] - box[0]);
                continue;
            }
            int at = 8 + body.size();
            ByteArrayOutputStream traf = new ByteArrayOutputStream();
            int basePos = -1;
            List<Integer> dataOffsets = new ArrayList<>();
            for (int[] child : boxes.children(box[1], box[2])) {
                String kind = type(in, child[0]);
                if (ENCRYPTED.contains(kind)) {
                    throw new UnsupportedEvidenceException("encrypted MP4 fragment");
                }
                if (!TRAF_KEEP.contains(kind)) {
                    continue;
                }
                int here = at + 8 + traf.size() + (child[1] - child[0]);
                if (child[2] - child[1] < 4) {
                    throw new UnsupportedEvidenceException("broken MP4 fragment");
                }
                int flags = ByteBuffer.wrap(in, child[1], 4).getInt() & 0xFFFFFF;
                if (kind.equals("tfhd")) {
                    basePos = tfhdBase(flags, first, here, child);
                } else if (kind.equals("trun") && (flags & 1) != 0) {
                    if (child[2] - child[1] < 12) {
                        throw new UnsupportedEvidenceException("broken MP4 run");
                    }
                    dataOffsets.add(here + 8);
                }
                traf.write(in, child[0], child[2] - child[0]);
            }
            first = false;
            trafs.add(new Traf(basePos, dataOffsets));
            header(body, 8 + traf.size(), "traf");
            body.writeBytes(traf.toByteArray());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + body.size());
        header(out, 8 + body.size(), "moof");
        out.writeBytes(body.toByteArray());
        return new Fragment(out.toByteArray(), start, trafs);
    }

    /**
     * Where a track fragment header's base data offset is in the rebuilt fragment, or -1 when the
     * base is the fragment's start (default-base-is-moof, or the first track fragment without one).
     */
    private static int tfhdBase(int flags, boolean first, int here, int[] child) throws UnsupportedEvidenceException {
        if ((flags & 1) != 0) {
            if (child[2] - child[1] < 16) {
                throw new UnsupportedEvidenceException("broken MP4 fragment header");
            }
            return here + 8;
        }
        if ((flags & 0x020000) == 0 && !first) {
            throw new UnsupportedEvidenceException("MP4 fragment data placed after another track's");
        }
        return -1;
    }

    private static void header(ByteArrayOutputStream out, int size, String type) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(size).array());
        out.writeBytes(type.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String type(byte[] in, int start) {
        return new String(in, start + 4, 4, StandardCharsets.ISO_8859_1);
    }
}
