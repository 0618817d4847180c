package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;

/**
 * An MP3 reduced to its audio frames. Rather than look for every kind of tag (ID3v1, ID3v2 at the
 * start or the end, APE, Lyrics3, whatever an app adds), the file is walked frame by frame from
 * the first run of valid MPEG audio frames, and only those frames are kept: anything that is not
 * a frame, before, between or after them, is left out.
 */
final class Mp3Cleaner {

    private static final int[][] BITRATES = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG-1 layer I
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}, // MPEG-1 layer II
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}, // MPEG-1 layer III
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}, // MPEG-2/2.5 layer I
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160}, // MPEG-2/2.5 layers II, III
    };
    private static final int[][] SAMPLE_RATES = {
        {11025, 12000, 8000}, // MPEG-2.5
        null,
        {22050, 24000, 16000}, // MPEG-2
        {44100, 48000, 32000}, // MPEG-1
    };
    /** Frames in a row that must check out before a position is taken as the start of the audio. */
    private static final int FRAMES_TO_SYNC = 3;

    private Mp3Cleaner() {
    }

    static byte[] clean(byte[] in) throws UnsupportedEvidenceException {
        int pos = skipId3v2(in, 0);
        int start = -1;
        for (int p = pos; p + 4 <= in.length; p++) {
            if (startsRun(in, p)) {
                start = p;
                break;
            }
        }
        if (start < 0) {
            throw new UnsupportedEvidenceException("no MPEG audio frames");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length - start);
        int p = start;
        int frames = 0;
        while (true) {
            int length = frameLength(in, p);
            if (length <= 0 || p + length > in.length) {
                break;
            }
            out.write(in, p, length);
            frames++;
            p += length;
        }
        if (frames == 0) {
            throw new UnsupportedEvidenceException("no MPEG audio frames");
        }
        return out.toByteArray();
    }

    private static int skipId3v2(byte[] in, int pos) {
        while (pos + 10 <= in.length && in[pos] == 'I' && in[pos + 1] == 'D' && in[pos + 2] == '3') {
            int size = ((in[pos + 6] & 0x7f) << 21) | ((in[pos + 7] & 0x7f) << 14) | ((in[pos + 8] & 0x7f) << 7)
                    | (in[pos + 9] & 0x7f);
            boolean footer = (in[pos + 5] & 0x10) != 0;
            pos = (int) Math.min(in.length, pos + 10L + size + (footer ? 10 : 0));
        }
        return pos;
    }

    /** Whether a run of frames starts here (or frames that reach exactly the end of the file). */
    private static boolean startsRun(byte[] in, int p) {
        int at = p;
        for (int i = 0; i < FRAMES_TO_SYNC; i++) {
            int length = frameLength(in, at);
            if (length <= 0 || at + length > in.length) {
                return false;
            }
            at += length;
            if (at == in.length) {
                return true;
            }
        }
        return true;
    }

    /** The length of the frame whose header is at {@code p}, or 0 when none is there. */
    static int frameLength(byte[] in, int p) {
        if (p + 4 > in.length || (in[p] & 0xff) != 0xFF || (in[p + 1] & 0xE0) != 0xE0) {
            return 0;
        }
        int version = (in[p + 1] >> 3) & 3; // 0: 2.5, 1: reserved, 2: MPEG-2, 3: MPEG-1
        int layer = (in[p + 1] >> 1) & 3; // 1: III, 2: II, 3: I
        int bitrateIndex = (in[p + 2] >> 4) & 0x0F;
        int rateIndex = (in[p + 2] >> 2) & 3;
        int padding = (in[p + 2] >> 1) & 1;
        if (version == 1 || layer == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        boolean mpeg1 = version == 3;
        int table = mpeg1 ? 3 - layer : (layer == 3 ? 3 : 4);
        int bitrate = BITRATES[table][bitrateIndex] * 1000;
        int sampleRate = SAMPLE_RATES[version][rateIndex];
        if (layer == 3) {
            return (12 * bitrate / sampleRate + padding) * 4;
        }
        int factor = (layer == 1 && !mpeg1) ? 72 : 144;
        return factor * bitrate / sampleRate + padding;
    }
}
