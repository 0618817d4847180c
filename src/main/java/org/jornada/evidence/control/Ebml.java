package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;

/**
 * Reads and writes the elements of EBML, the binary layout of WebM and Matroska: an ID (1 to 4
 * bytes), a size (1 to 8 bytes, all ones meaning "unknown", as live recorders write it), then the
 * body. Every element read is checked against the bytes its parent holds, so a size larger than
 * the file is refused before anything is read or allocated from it.
 */
final class Ebml {

    /** The size value of an element whose size is unknown (a live stream's Segment or Cluster). */
    static final long UNKNOWN = -1;

    /** One element: its ID with the length marker kept, where it starts, its header length, its size. */
    record Element(long id, int start, int header, long size) {
        int bodyStart() {
            return start + header;
        }

        boolean unknownSize() {
            return size == UNKNOWN;
        }

        /** Where the element ends; only for a known size. */
        int end() {
            return (int) (start + header + size);
        }
    }

    private Ebml() {
    }

    /** The element at {@code pos}, which must fit before {@code limit} unless its size is unknown. */
    static Element read(byte[] in, int pos, int limit) throws UnsupportedEvidenceException {
        if (pos >= limit) {
            throw new UnsupportedEvidenceException("EBML element past its parent");
        }
        int idLength = length(in[pos] & 0xff, 4);
        if (pos + idLength >= limit) {
            throw new UnsupportedEvidenceException("truncated EBML element");
        }
        long id = 0;
        for (int i = 0; i < idLength; i++) {
            id = (id << 8) | (in[pos + i] & 0xff);
        }
        int at = pos + idLength;
        int sizeLength = length(in[at] & 0xff, 8);
        if (at + sizeLength > limit) {
            throw new UnsupportedEvidenceException("truncated EBML element");
        }
        long size = (in[at] & 0xff) & (0xff >>> sizeLength);
        for (int i = 1; i < sizeLength; i++) {
            size = (size << 8) | (in[at + i] & 0xff);
        }
        int header = idLength + sizeLength;
        if (size == (1L << (7 * sizeLength)) - 1) {
            return new Element(id, pos, header, UNKNOWN);
        }
        if (size > limit - (long) pos - header) {
            throw new UnsupportedEvidenceException("EBML element larger than its parent");
        }
        return new Element(id, pos, header, size);
    }

    /** The length of a variable-size integer from its first byte; refused beyond {@code max}. */
    private static int length(int first, int max) throws UnsupportedEvidenceException {
        int length = Integer.numberOfLeadingZeros(first) - 23;
        if (first == 0 || length > max) {
            throw new UnsupportedEvidenceException("bad EBML number");
        }
        return length;
    }

    /** An unsigned integer element's value (at most 8 bytes). */
    static long unsigned(byte[] in, Element e) throws UnsupportedEvidenceException {
        if (e.unknownSize() || e.size() > 8) {
            throw new UnsupportedEvidenceException("bad EBML integer");
        }
        long value = 0;
        for (int i = e.bodyStart(); i < e.end(); i++) {
            value = (value << 8) | (in[i] & 0xff);
        }
        return value;
    }

    /** Writes an element with a known size: its ID, the shortest size that fits, the body. */
    static void write(ByteArrayOutputStream out, long id, byte[] body) {
        int idLength = 1;
        while (idLength < 4 && (id >>> (8 * idLength)) != 0) {
            idLength++;
        }
        for (int i = idLength - 1; i >= 0; i--) {
            out.write((int) (id >>> (8 * i)));
        }
        long size = body.length;
        int sizeLength = 1;
        while (size >= (1L << (7 * sizeLength)) - 1) {
            sizeLength++;
        }
        long coded = size | (1L << (7 * sizeLength));
        for (int i = sizeLength - 1; i >= 0; i--) {
            out.write((int) (coded >>> (8 * i)));
        }
        out.write(body, 0, body.length);
    }

    /** Copies an element, header and body, as it is. */
    static void copy(ByteArrayOutputStream out, byte[] in, Element e) {
        out.write(in, e.start(), e.end() - e.start());
    }
}
