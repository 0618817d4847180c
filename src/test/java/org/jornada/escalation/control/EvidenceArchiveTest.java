package org.jornada.escalation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class EvidenceArchiveTest {

    private static Map<String, ZipEntry> entries(byte[] zip, Map<String, byte[]> contents) throws Exception {
        Map<String, ZipEntry> found = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                found.put(e.getName(), e);
                contents.put(e.getName(), in.readAllBytes());
            }
        }
        return found;
    }

    @Test
    void theZipHoldsEachFileAndAManifestThatSha256sumChecks() throws Exception {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        byte[] stub = "%PDF-1.4 stub".getBytes(StandardCharsets.US_ASCII);
        List<EvidenceArchive.File> files = List.of(new EvidenceArchive.File(EvidenceArchive.sha256(photo), "image/jpeg",
                photo), new EvidenceArchive.File(EvidenceArchive.sha256(stub), "application/pdf", stub));
        Map<String, byte[]> contents = new LinkedHashMap<>();
        Map<String, ZipEntry> zip = entries(EvidenceArchive.zip(files, "read me"), contents);
        String photoName = "evidence/01-" + EvidenceArchive.sha256(photo).substring(0, 12) + ".jpg";
        String stubName = "evidence/02-" + EvidenceArchive.sha256(stub).substring(0, 12) + ".pdf";
        assertEquals(List.of(photoName, stubName, "SHA256SUMS", "README.txt"), List.copyOf(zip.keySet()));
        assertEquals(EvidenceArchive.sha256(photo) + "  " + photoName + "\n" + EvidenceArchive.sha256(stub) + "  "
                + stubName + "\n", new String(contents.get("SHA256SUMS"), StandardCharsets.UTF_8));
        assertTrue(zip.values().stream().allMatch(e -> e.getTime() == zip.get("SHA256SUMS").getTime()),
                "every entry has the same fixed time: nothing about when files were handled");
    }

    @Test
    void aStoredFileThatNoLongerMatchesItsFingerprintIsNeverSentAsIfItDid() {
        assertThrows(IllegalStateException.class, () -> EvidenceArchive.zip(List.of(new EvidenceArchive.File(
                "00".repeat(32), "image/jpeg", new byte[] {1})), "read me"));
    }
}
