package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A WebM or Matroska voice note (Chrome's and Firefox's MediaRecorder on Android and desktop, Opus
 * in WebM) rebuilt from what plays it: the EBML header, then one Segment holding the segment
 * information (time scale and duration only; the title, the date and the writing application go,
 * the application names are written as "Jornada"), the tracks (codec, its private data and
 * audio or video settings; names and languages go) and the clusters with their blocks byte for
 * byte. Tags, attachments, chapters, cues, the seek head, void and checksum elements and anything
 * unknown are left out. The Segment and Clusters of unknown size that live recorders write are
 * read to where they end and written with their size. Subtitle, metadata and other tracks that
 * are not audio or video are refused, as is anything malformed.
 */
final class WebmCleaner {

    private static final long EBML = 0x1A45DFA3L;
    private static final long SEGMENT = 0x18538067L;
    private static final long INFO = 0x1549A966L;
    private static final long TRACKS = 0x1654AE6BL;
    private static final long TRACK_ENTRY = 0xAEL;
    private static final long TRACK_TYPE = 0x83L;
    private static final long CLUSTER = 0x1F43B675L;
    private static final long TIMESTAMP = 0xE7L;
    private static final long DATE_UTC = 0x4461L;
    private static final long DOC_TYPE = 0x4282L;
    private static final byte[] APP = "Jornada".getBytes(StandardCharsets.US_ASCII);
    /** 2001-01-01T00:00:00Z, Matroska's epoch for DateUTC. */
    private static final long EPOCH_2001 = 978_307_200L;

    /** The children kept of each element rebuilt; every other child is left out. */
    private static final Map<Long, Set<Long>> KEEP = Map.of(
            EBML, Set.of(0x4286L, 0x42F7L, 0x42F2L, 0x42F3L, DOC_TYPE, 0x4287L, 0x4285L),
            INFO, Set.of(0x2AD7B1L, 0x4489L),
            TRACKS, Set.of(TRACK_ENTRY),
            TRACK_ENTRY, Set.of(0xD7L, 0x73C5L, TRACK_TYPE, 0xB9L, 0x88L, 0x55AAL, 0x9CL, 0x6DE7L, 0x6DF8L,
                    0x23E383L, 0x234E7AL, 0x23314FL, 0x55EEL, 0x86L, 0x63A2L, 0x56AAL, 0x56BBL, 0xE1L, 0xE0L,
                    0x6D80L),
            0xE1L, Set.of(0xB5L, 0x78B5L, 0x9FL, 0x6264L),
            0xE0L, Set.of(0x9AL, 0x9DL, 0x53B8L, 0x53C0L, 0xB0L, 0xBAL, 0x54AAL, 0x54BBL, 0x54CCL, 0x54DDL, 0x54B0L,
                    0x54BAL, 0x54B2L, 0x54B3L, 0x2EB524L, 0x55B0L, 0x7670L),
            0xA0L, Set.of(0xA1L, 0x9BL, 0xFAL, 0xFBL, 0xA4L, 0x75A2L));
    /** What a Cluster of unknown size may hold: any other element ends it. */
    private static final Set<Long> CLUSTER_CHILDREN = Set.of(TIMESTAMP, 0xA3L, 0xA0L, 0xA7L, 0xABL, 0x5854L,
            0xAFL, 0xECL, 0xBFL);
    /** Cluster children kept: the timestamp, simple blocks and block groups (rebuilt). */
    private static final Set<Long> CLUSTER_KEEP = Set.of(TIMESTAMP, 0xA3L, 0xA0L);

    /** The cleaned file and the date the muxer wrote (null when absent). */
    record Result(byte[] content, Instant recordedAt) {
    }

    private WebmCleaner() {
    }

    static Result clean(byte[] in) throws UnsupportedEvidenceException {
        Ebml.Element header = Ebml.read(in, 0, in.length);
        if (header.id() != EBML || header.unknownSize()) {
            throw new UnsupportedEvidenceException("WebM without EBML header");
        }
        checkHeader(in, header);
        Ebml.Element segment = Ebml.read(in, header.end(), in.length);
        if (segment.id() != SEGMENT) {
            throw new UnsupportedEvidenceException("WebM without segment");
        }
        int end = segment.unknownSize() ? in.length : segment.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        Ebml.write(out, EBML, filtered(in, header));
        Segment cleaned = segment(in, segment.bodyStart(), end);
        Ebml.write(out, SEGMENT, cleaned.body());
        // whatever follows a Segment of known size (a second segment, appended bytes) is left out
        return new Result(out.toByteArray(), cleaned.recordedAt());
    }

    private record Segment(byte[] body, Instant recordedAt) {
    }

    /** Info, Tracks and the Clusters of the segment between {@code from} and {@code to}. */
    private static Segment segment(byte[] in, int from, int to) throws UnsupportedEvidenceException {
        byte[] info = null;
        byte[] tracks = null;
        Instant recordedAt = null;
        ByteArrayOutputStream clusters = new ByteArrayOutputStream(to - from);
        int pos = from;
        while (pos < to) {
            Ebml.Element e = Ebml.read(in, pos, to);
            if (e.id() == CLUSTER) {
                if (info == null || tracks == null) {
                    throw new UnsupportedEvidenceException("WebM cluster before its tracks");
                }
                pos = cluster(in, e, to, clusters);
                continue;
            }
            if (e.unknownSize()) {
                throw new UnsupportedEvidenceException("WebM element of unknown size");
            }
            if (e.id() == INFO || e.id() == TRACKS) {
                if ((e.id() == INFO ? info : tracks) != null || clusters.size() > 0) {
                    throw new UnsupportedEvidenceException("WebM with a second or late header");
                }
                if (e.id() == INFO) {
                    info = info(in, e);
                    recordedAt = date(in, e);
                } else {
                    checkTracks(in, e);
                    tracks = filtered(in, e);
                }
            }
            // SeekHead, Cues, Tags, Attachments, Chapters, Void, CRC-32 and anything unknown go
            pos = e.end();
        }
        if (info == null || tracks == null || clusters.size() == 0) {
            throw new UnsupportedEvidenceException("WebM without audio");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(info.length + tracks.length + clusters.size() + 32);
        Ebml.write(body, INFO, info);
        Ebml.write(body, TRACKS, tracks);
        body.writeBytes(clusters.toByteArray());
        return new Segment(body.toByteArray(), recordedAt);
    }

    /** Writes the cluster at {@code e} with its known children; returns where the next element starts. */
    private static int cluster(byte[] in, Ebml.Element e, int to, ByteArrayOutputStream out)
            throws UnsupportedEvidenceException {
        int end = e.unknownSize() ? to : e.end();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        boolean timestamp = false;
        int pos = e.bodyStart();
        while (pos < end) {
            Ebml.Element child = Ebml.read(in, pos, end);
            if (e.unknownSize() && !CLUSTER_CHILDREN.contains(child.id())) {
                break; // the next cluster, or whatever follows the clusters, ends a cluster of unknown size
            }
            if (child.unknownSize()) {
                throw new UnsupportedEvidenceException("WebM block of unknown size");
            }
            if (child.id() == TIMESTAMP) {
                timestamp = true;
            }
            if (CLUSTER_KEEP.contains(child.id()) && KEEP.containsKey(child.id())) {
                Ebml.write(body, child.id(), filtered(in, child));
            } else if (CLUSTER_KEEP.contains(child.id())) {
                Ebml.copy(body, in, child);
            }
            pos = child.end();
        }
        if (!timestamp) {
            throw new UnsupportedEvidenceException("WebM cluster without timestamp");
        }
        Ebml.write(out, CLUSTER, body.toByteArray());
        return pos;
    }

    /** The body of {@code e} with only the children {@link #KEEP} names, rebuilt the same way below. */
    private static byte[] filtered(byte[] in, Ebml.Element e) throws UnsupportedEvidenceException {
        Set<Long> keep = KEEP.get(e.id());
        ByteArrayOutputStream body = new ByteArrayOutputStream((int) e.size());
        int pos = e.bodyStart();
        while (pos < e.end()) {
            Ebml.Element child = Ebml.read(in, pos, e.end());
            if (child.unknownSize()) {
                throw new UnsupportedEvidenceException("WebM element of unknown size");
            }
            if (keep.contains(child.id())) {
                if (KEEP.containsKey(child.id())) {
                    Ebml.write(body, child.id(), filtered(in, child));
                } else {
                    Ebml.copy(body, in, child);
                }
            }
            pos = child.end();
        }
        return body.toByteArray();
    }

    /** The segment information's time scale and duration, and a neutral muxing and writing app. */
    private static byte[] info(byte[] in, Ebml.Element e) throws UnsupportedEvidenceException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] kept = filtered(in, e);
        body.write(kept, 0, kept.length);
        Ebml.write(body, 0x4D80L, APP);
        Ebml.write(body, 0x5741L, APP);
        return body.toByteArray();
    }

    /** DateUTC: nanoseconds since 2001-01-01, read before it is left out. */
    private static Instant date(byte[] in, Ebml.Element info) throws UnsupportedEvidenceException {
        for (int pos = info.bodyStart(); pos < info.end();) {
            Ebml.Element child = Ebml.read(in, pos, info.end());
            if (child.unknownSize()) {
                throw new UnsupportedEvidenceException("WebM element of unknown size");
            }
            if (child.id() == DATE_UTC && child.size() == 8) {
                long nanos = Ebml.unsigned(in, child);
                return Instant.ofEpochSecond(EPOCH_2001).plusNanos(nanos);
            }
            pos = child.end();
        }
        return null;
    }

    /** Every track must be audio (2) or video (1): subtitle, metadata and other tracks are refused. */
    private static void checkTracks(byte[] in, Ebml.Element tracks) throws UnsupportedEvidenceException {
        for (int pos = tracks.bodyStart(); pos < tracks.end();) {
            Ebml.Element entry = Ebml.read(in, pos, tracks.end());
            if (entry.id() == TRACK_ENTRY && !entry.unknownSize()) {
                long type = 0;
                for (int at = entry.bodyStart(); at < entry.end();) {
                    Ebml.Element child = Ebml.read(in, at, entry.end());
                    if (child.unknownSize()) {
                        throw new UnsupportedEvidenceException("WebM element of unknown size");
                    }
                    if (child.id() == TRACK_TYPE) {
                        type = Ebml.unsigned(in, child);
                    }
                    at = child.end();
                }
                if (type != 1 && type != 2) {
                    throw new UnsupportedEvidenceException("WebM track that is not audio or video");
                }
            }
            pos = entry.unknownSize() ? tracks.end() : entry.end();
        }
    }

    /** The EBML header must name WebM or Matroska, with IDs and sizes this reader takes. */
    private static void checkHeader(byte[] in, Ebml.Element header) throws UnsupportedEvidenceException {
        String docType = null;
        for (int pos = header.bodyStart(); pos < header.end();) {
            Ebml.Element child = Ebml.read(in, pos, header.end());
            if (child.unknownSize()) {
                throw new UnsupportedEvidenceException("WebM element of unknown size");
            }
            if (child.id() == DOC_TYPE) {
                docType = new String(in, child.bodyStart(), (int) child.size(), StandardCharsets.US_ASCII)
                        .replace("\0", "");
            } else if ((child.id() == 0x42F2L && Ebml.unsigned(in, child) > 4)
                    || (child.id() == 0x42F3L && Ebml.unsigned(in, child) > 8)) {
                throw new UnsupportedEvidenceException("EBML lengths not taken");
            }
            pos = child.end();
        }
        if (!"webm".equals(docType) && !"matroska".equals(docType)) {
            throw new UnsupportedEvidenceException("EBML document that is not WebM or Matroska");
        }
    }
}
