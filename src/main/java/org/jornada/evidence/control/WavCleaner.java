package org.jornada.evidence.control;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A WAV recording (RIFF/WAVE: Twilio Voice recordings, some phone recorders) rebuilt from the
 * chunks that play it: {@code fmt }, {@code fact} when present, and {@code data}, with the RIFF
 * size written anew. Every other chunk goes: {@code LIST}/{@code INFO} (artist, title, software,
 * comments), {@code bext} (the broadcast originator and date), {@code iXML}, {@code id3 },
 * {@code cue }, {@code smpl} and whatever an app adds. A chunk larger than the file, a missing or
 * second {@code fmt } or {@code data}, or {@code data} before {@code fmt } is refused.
 */
final class WavCleaner {

    private WavCleaner() {
    }

    static byte[] clean(byte[] in) throws UnsupportedEvidenceException {
        if (in.length < 12 || !tag(in, 0).equals("RIFF") || !tag(in, 8).equals("WAVE")) {
            throw new UnsupportedEvidenceException("not RIFF/WAVE");
        }
        ByteBuffer b = ByteBuffer.wrap(in).order(ByteOrder.LITTLE_ENDIAN);
        long riff = Integer.toUnsignedLong(b.getInt(4));
        if (riff < 4 || riff + 8 > in.length) {
            throw new UnsupportedEvidenceException("RIFF size larger than the file");
        }
        int end = (int) (riff + 8); // bytes after the RIFF chunk are left out
        int fmt = -1;
        int fact = -1;
        int data = -1;
        int pos = 12;
        while (pos < end) {
            if (pos + 8 > end) {
                throw new UnsupportedEvidenceException("truncated WAV chunk");
            }
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            if (size > end - pos - 8L) {
                throw new UnsupportedEvidenceException("WAV chunk larger than the file");
            }
            switch (tag(in, pos)) {
                case "fmt " -> {
                    if (fmt >= 0 || size < 16) {
                        throw new UnsupportedEvidenceException("odd WAV format chunk");
                    }
                    fmt = pos;
                }
                case "fact" -> fact = fact >= 0 ? refuse("two WAV fact chunks") : pos;
                case "data" -> {
                    if (data >= 0 || fmt < 0) {
                        throw new UnsupportedEvidenceException("WAV data without format, or twice");
                    }
                    data = pos;
                }
                default -> {
                    // LIST/INFO, bext, iXML, id3, cue, smpl, JUNK, PAD and the rest go
                }
            }
            pos += 8 + (int) size + (int) (size & 1);
        }
        if (data < 0) {
            throw new UnsupportedEvidenceException("WAV without data");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
        body.writeBytes("WAVE".getBytes(StandardCharsets.US_ASCII));
        chunk(body, in, b, fmt);
        if (fact >= 0) {
            chunk(body, in, b, fact);
        }
        chunk(body, in, b, data);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 8);
        out.writeBytes("RIFF".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(body.size()).array());
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }

    /** Copies a chunk with its pad byte (written as zero, also when the file lacked it). */
    private static void chunk(ByteArrayOutputStream out, byte[] in, ByteBuffer b, int pos) {
        int size = b.getInt(pos + 4);
        out.write(in, pos, 8 + size);
        if ((size & 1) == 1) {
            out.write(0);
        }
    }

    private static int refuse(String why) throws UnsupportedEvidenceException {
        throw new UnsupportedEvidenceException(why);
    }

    private static String tag(byte[] in, int pos) {
        return new String(in, pos, 4, StandardCharsets.ISO_8859_1);
    }
}
