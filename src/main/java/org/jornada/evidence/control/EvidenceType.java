package org.jornada.evidence.control;

import java.util.Optional;

/**
 * The evidence types Jornada accepts, recognised from the first bytes of the content, never from
 * the file name or the declared type.
 */
public enum EvidenceType {
    JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf"), OGG("audio/ogg"), M4A("audio/mp4"),
    MP3("audio/mpeg");

    private final String contentType;

    EvidenceType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<EvidenceType> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(b, "%PDF-".getBytes())) {
            return Optional.of(PDF);
        }
        if (startsWith(b, "OggS".getBytes())) {
            return Optional.of(OGG);
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            String brand = new String(b, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (brand.startsWith("M4A") || brand.equals("mp42") || brand.equals("isom") || brand.equals("M4B")
                    || brand.equals("3gp4") || brand.equals("3gp5") || brand.equals("mp41") || brand.equals("dash")) {
                return Optional.of(M4A);
            }
            return Optional.empty();
        }
        if (startsWith(b, "ID3".getBytes())) {
            return Optional.of(MP3);
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x06) != 0
                && (b[2] & 0xF0) != 0xF0) {
            return Optional.of(MP3);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
