package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jornada.testing.Http;
import org.jornada.testing.OwnMariaDb;
import org.jornada.testing.RunningJar;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;

/**
 * {@code scripts/backup.sh} and {@code scripts/restore.sh} on the shipped jar (issue #13): a case
 * with a photo is filed, backed up, everything wiped (database and data folder), restored with the
 * keys archive, and read back through the portal, narrative and evidence byte for byte; for the
 * embedded H2 default and for MariaDB.
 */
class BackupRestoreIT {

    private static final String TOKEN = "backup-test-token-0123456789abcdef";

    private record Filed(String receipt, long caseId, String narrative, String evidenceSha256) {
    }

    private static Filed fileWithPhoto(Http http) throws Exception {
        String employer = "Backup Farm " + UUID.randomUUID().toString().substring(0, 8);
        String narrative = "Copia de seguridad: nos deben dos semanas.";
        HttpResponse<String> filed = http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"employerName\":\"" + employer + "\",\"narrative\":\"" + narrative + "\"}");
        assertEquals(201, filed.statusCode(), filed.body());
        String receipt = Http.json(filed).getString("receipt");
        HttpResponse<String> upload = http.postMultipart("/api/v1/followup/evidence", new Http.Multipart()
                .field("receipt", receipt).file("file", "talon.jpg", "image/jpeg", TestFiles.jpegWithGps()));
        assertEquals(201, upload.statusCode(), upload.body());
        long id = Http.json(http.get("/api/v1/staff/cases?q=" + employer.replace(' ', '+'), "Authorization",
                "Bearer " + TOKEN)).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        return new Filed(receipt, id, narrative, evidenceSha(http, id));
    }

    /** The case's first evidence file as the portal serves it to staff, hashed. */
    private static String evidenceSha(Http http, long id) throws Exception {
        JsonObject c = Http.json(http.get("/api/v1/staff/cases/" + id, "Authorization", "Bearer " + TOKEN));
        JsonObject evidence = c.getJsonArray("evidence").getJsonObject(0);
        HttpResponse<byte[]> bytes = http.getBytes("/api/v1/staff/cases/" + id + "/evidence/"
                + evidence.getJsonNumber("id").longValue(), "Authorization", "Bearer " + TOKEN);
        assertEquals(200, bytes.statusCode());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.body()));
        assertEquals(evidence.getString("sha256"), sha, "the file served is the one stored");
        return sha;
    }

    private static void readBack(Http http, Filed filed) throws Exception {
        HttpResponse<String> followUp = http.postJson("/api/v1/followup", "{\"receipt\":\"" + filed.receipt() + "\"}");
        assertEquals(200, followUp.statusCode(), "the receipt opens the restored case: " + followUp.body());
        JsonObject c = Http.json(http.get("/api/v1/staff/cases/" + filed.caseId(), "Authorization", "Bearer " + TOKEN));
        assertEquals(filed.narrative(), c.getString("narrative"), "the narrative opens with the same key");
        assertEquals(filed.evidenceSha256(), evidenceSha(http, filed.caseId()), "the evidence, byte for byte");
    }

    private record Run(int exit, String output) {
    }

    private static Run script(Map<String, String> env, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }

    private static Path only(Path dir, String prefix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static void wipe(Path dataDir) throws Exception {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).filter(f -> !f.equals(dataDir)).map(Path::toFile)
                    .forEach(java.io.File::delete);
        }
        try (Stream<Path> left = Files.list(dataDir)) {
            assertEquals(0, left.count(), "the data folder is empty: keys and database gone");
        }
    }

    @Test
    void theEmbeddedDefaultIsBackedUpWipedRestoredAndReadWithTheSameKeys() throws Exception {
        Path dataDir = Files.createTempDirectory("jornada-backup-h2");
        Path out = Files.createTempDirectory("jornada-backups");
        Map<String, String> env = new HashMap<>();
        env.put("DB_URL", null);
        env.put("DB_USER", null);
        env.put("DB_PASSWORD", null);
        env.put("JORNADA_BOOTSTRAP_TOKEN", TOKEN);
        Map<String, String> scriptEnv = Map.of("JORNADA_DATA_DIR", dataDir.toString());
        Filed filed;
        try (RunningJar jar = RunningJar.start(env, dataDir)) {
            filed = fileWithPhoto(jar.http());
            Run refused = script(withoutDb(scriptEnv), "scripts/backup.sh", out.toString());
            assertNotEquals(0, refused.exit(), "no backup of the embedded file while the portal has it open");
            assertTrue(refused.output().contains("stop the portal"), refused.output());
        }
        Run backup = script(withoutDb(scriptEnv), "scripts/backup.sh", out.toString());
        assertEquals(0, backup.exit(), backup.output());
        assertTrue(backup.output().contains("keep it apart"), backup.output());
        Path archive = only(out, "jornada-backup-");
        Path keys = only(out, "jornada-keys-");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(keys)));
        wipe(dataDir);
        Run restore = script(withoutDb(scriptEnv), "scripts/restore.sh", archive.toString(), keys.toString());
        assertEquals(0, restore.exit(), restore.output());
        try (RunningJar jar = RunningJar.start(env, dataDir)) {
            readBack(jar.http(), filed);
        }
    }

    private static Map<String, String> withoutDb(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("DB_URL", "");
        return all;
    }

    @Test
    void aMariaDbDatabaseIsDumpedWipedRestoredAndReadWithTheSameKeys() throws Exception {
        Path dataDir = Files.createTempDirectory("jornada-backup-mariadb");
        Path out = Files.createTempDirectory("jornada-backups");
        try (OwnMariaDb db = OwnMariaDb.start("backup")) {
            Map<String, String> env = new HashMap<>(db.environment());
            env.put("JORNADA_BOOTSTRAP_TOKEN", TOKEN);
            Map<String, String> scriptEnv = new HashMap<>(db.environment());
            scriptEnv.put("JORNADA_DATA_DIR", dataDir.toString());
            scriptEnv.put("DB_CLIENT_DIR", db.bin().toString());
            scriptEnv.put("LD_LIBRARY_PATH", db.libs().toString());
            Filed filed;
            try (RunningJar jar = RunningJar.start(env, dataDir)) {
                filed = fileWithPhoto(jar.http());
                Run backup = script(scriptEnv, "scripts/backup.sh", out.toString());
                assertEquals(0, backup.exit(), "MariaDB is dumped while the portal runs: " + backup.output());
            }
            db.run("DROP DATABASE jornada");
            wipe(dataDir);
            Run restore = script(scriptEnv, "scripts/restore.sh", only(out, "jornada-backup-").toString(),
                    only(out, "jornada-keys-").toString());
            assertEquals(0, restore.exit(), restore.output());
            try (RunningJar jar = RunningJar.start(env, dataDir)) {
                readBack(jar.http(), filed);
            }
        }
    }
}
