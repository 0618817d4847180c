package org.jornada.evidence.control;

import java.util.Optional;

/**
 * The evidence types Jornada accepts, recognised from the first bytes of the content, never from
 * the file name or the declared type.
 */
public enum EvidenceType {
    JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf"), OGG("audio/ogg"), M4A("audio/mp4"),
    MP3("audio/mpeg"), WEBM("audio/webm"), WAV("audio/wav");

    /**
     * The MP4 major brands taken as a voice note: iTunes audio, the ISO base media brands that
     * phones and browsers write (iOS Safari's MediaRecorder writes {@code iso5}/{@code iso6}-style
     * fragmented files), MPEG-4, 3GPP recorders and DASH/CMAF segments.
     */
    private static final java.util.Set<String> MP4_BRANDS = java.util.Set.of("M4A ", "M4B ", "mp41", "mp42", "isom",
            "iso2", "iso3", "iso4", "iso5", "iso6", "iso7", "iso8", "iso9", "3gp4", "3gp5", "3gp6", "3gp7", "3gp8",
            "3gp9", "dash", "cmfc", "cmf2");

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
            return MP4_BRANDS.contains(brand) ? Optional.of(M4A) : Optional.empty();
        }
        if (startsWith(b, new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3})) {
            return Optional.of(WEBM); // EBML: WebM or Matroska, the document type checked by the cleaner
        }
        if (b.length >= 12 && startsWith(b, "RIFF".getBytes()) && b[8] == 'W' && b[9] == 'A' && b[10] == 'V'
                && b[11] == 'E') {
            return Optional.of(WAV);
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
