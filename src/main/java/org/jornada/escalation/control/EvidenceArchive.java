package org.jornada.escalation.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The evidence of a referral as one ZIP: the stored files (already without metadata), each named
 * by its order and fingerprint, and {@code SHA256SUMS} in the format {@code sha256sum -c} checks.
 * Each file's fingerprint is checked against the one stored at upload; every entry has the same
 * fixed time, so the archive says nothing about when files were handled.
 */
public final class EvidenceArchive {

    /** A stored file: the fingerprint recorded at upload, its type, its bytes. */
    public record File(String sha256, String contentType, byte[] content) {
    }

    /** The fixed time of every entry: 1980-01-01, the ZIP format's first day. */
    private static final long ENTRY_TIME = 315532800000L;

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
            Map.entry("image/png", "png"), Map.entry("application/pdf", "pdf"), Map.entry("audio/mpeg", "mp3"),
            Map.entry("video/mp4", "mp4"), Map.entry("audio/mp4", "m4a"), Map.entry("audio/ogg", "ogg"),
            Map.entry("image/webp", "webp"), Map.entry("image/heic", "heic"), Map.entry("audio/webm", "webm"),
            Map.entry("audio/wav", "wav"));

    private EvidenceArchive() {
    }

    /** The file name inside the archive: {@code 01-<first 12 of sha256>.jpg}. */
    public static String nameOf(int index, File file) {
        return String.format("%02d-%s.%s", index + 1, file.sha256().substring(0, 12),
                EXTENSIONS.getOrDefault(file.contentType(), "bin"));
    }

    public static byte[] zip(List<File> files, String readme) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder sums = new StringBuilder();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < files.size(); i++) {
                File file = files.get(i);
                String actual = sha256(file.content());
                if (!actual.equals(file.sha256())) {
                    throw new IllegalStateException("Stored evidence " + (i + 1) + " does not match its fingerprint");
                }
                String name = nameOf(i, file);
                put(zip, "evidence/" + name, file.content());
                sums.append(actual).append("  evidence/").append(name).append('\n');
            }
            put(zip, "SHA256SUMS", sums.toString().getBytes(StandardCharsets.UTF_8));
            put(zip, "README.txt", readme.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
