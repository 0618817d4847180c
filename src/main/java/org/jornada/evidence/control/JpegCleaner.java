package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A JPEG with nothing but what draws the picture: every APPn segment except a bare JFIF header
 * (whose thumbnail is dropped) and Adobe's colour-transform flag is removed (EXIF with GPS, maker
 * notes and the EXIF thumbnail, XMP, IPTC, ICC, MPF), so are comments, and so is everything after
 * the end-of-image marker: phones append a second picture there ("motion photos", MPF), with its
 * own EXIF and GPS. The scan data is walked marker by marker, so the end of the image is the real
 * one, not a byte pair that happens to look like it.
 */
final class JpegCleaner {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;

    private JpegCleaner() {
    }

    static byte[] clean(byte[] in) throws UnsupportedEvidenceException {
        int n = in.length;
        if (n < 4 || (in[0] & 0xff) != 0xFF || (in[1] & 0xff) != SOI) {
            throw new UnsupportedEvidenceException("broken JPEG");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        out.write(0xFF);
        out.write(SOI);
        int pos = 2;
        boolean sawScan = false;
        while (pos + 1 < n) {
            if ((in[pos] & 0xff) != 0xFF) {
                throw new UnsupportedEvidenceException("broken JPEG");
            }
            int marker = in[pos + 1] & 0xff;
            if (marker == 0xFF) { // fill byte
                pos++;
                continue;
            }
            if (marker == EOI) {
                if (!sawScan) {
                    throw new UnsupportedEvidenceException("JPEG without picture");
                }
                return closed(out); // whatever follows the image is never kept
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // markers without a length
                out.write(in, pos, 2);
                pos += 2;
                continue;
            }
            if (pos + 4 > n) {
                throw new UnsupportedEvidenceException("broken JPEG");
            }
            int length = ((in[pos + 2] & 0xff) << 8) | (in[pos + 3] & 0xff);
            if (length < 2 || pos + 2 + length > n) {
                throw new UnsupportedEvidenceException("broken JPEG");
            }
            if (marker == SOS) {
                sawScan = true;
                out.write(in, pos, 2 + length);
                int end = endOfEntropyData(in, pos + 2 + length);
                out.write(in, pos + 2 + length, end - (pos + 2 + length));
                pos = end;
                continue;
            }
            writeSegment(out, in, pos, marker, length);
            pos += 2 + length;
        }
        if (!sawScan) {
            throw new UnsupportedEvidenceException("broken JPEG");
        }
        // the file stops inside the picture (no end marker): close it; nothing follows it anyway
        return closed(out);
    }

    /**
     * Copies a segment that draws the picture: a bare JFIF header, Adobe's colour transform and every
     * segment that is neither APPn nor a comment; the other APPn segments and comments are left out.
     */
    private static void writeSegment(ByteArrayOutputStream out, byte[] in, int pos, int marker, int length) {
        if (marker == 0xE0 && isJfif(in, pos, length)) {
            writeBareJfif(out, in, pos);
        } else if (marker == 0xEE) {
            out.write(in, pos, 2 + length); // Adobe colour transform: no personal data
        } else if (!(marker >= 0xE0 && marker <= 0xEF) && marker != 0xFE) {
            out.write(in, pos, 2 + length);
        }
    }

    /** The picture so far with the end-of-image marker after it. */
    private static byte[] closed(ByteArrayOutputStream out) {
        out.write(0xFF);
        out.write(EOI);
        return out.toByteArray();
    }

    /** Position of the marker that ends a scan's entropy-coded data (or the end of the file). */
    private static int endOfEntropyData(byte[] in, int from) {
        int i = from;
        while (i + 1 < in.length) {
            if ((in[i] & 0xff) == 0xFF) {
                int next = in[i + 1] & 0xff;
                if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                    i += 2; // stuffed byte or restart marker: still scan data
                    continue;
                }
                if (next == 0xFF) {
                    i++;
                    continue;
                }
                return i;
            }
            i++;
        }
        return in.length;
    }

    private static boolean isJfif(byte[] in, int pos, int length) {
        return length >= 16 && new String(in, pos + 4, 5, StandardCharsets.ISO_8859_1).equals("JFIF\0");
    }

    /** The JFIF header with its version and density, its thumbnail size set to none. */
    private static void writeBareJfif(ByteArrayOutputStream out, byte[] in, int pos) {
        out.write(0xFF);
        out.write(0xE0);
        out.write(0);
        out.write(16);
        out.write(in, pos + 4, 12); // "JFIF\0", version, units, densities
        out.write(0);
        out.write(0);
    }
}
