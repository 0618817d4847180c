package org.jornada.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The folder where the embedded default keeps its H2 database file and the secrets it generated
 * on first start ({@code JORNADA_DATA_DIR}, default {@code ~/.jornada}).
 *
 * <p>Secrets are resolved in this order: the environment variable itself (base64), a file named
 * by {@code <NAME>_FILE} (Docker and Kubernetes secrets), then a file generated once in the data
 * folder with owner-only permissions.
 */
public final class DataDirectory {

    private static final SecureRandom RANDOM = new SecureRandom();

    private DataDirectory() {
    }

    public static Path path() {
        String configured = environment("JORNADA_DATA_DIR", "jornada.data.dir").orElse(null);
        Path dir = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".jornada");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + dir, e);
        }
        return dir.toAbsolutePath();
    }

    /**
     * Only the portal's own user may read the data folder: the folder 0700 and every file in it
     * 0600 (the embedded database, its trace file, the generated keys). Called at start, after the
     * database has opened its files. Where the file system has no POSIX permissions, nothing
     * changes (say so in docs/deployment.md).
     */
    public static void restrictPermissions() {
        Path dir = path();
        try {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            try (var files = Files.list(dir)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                }
            }
        } catch (UnsupportedOperationException | IOException e) {
            java.util.logging.Logger.getLogger(DataDirectory.class.getName())
                    .warning(() -> "Could not restrict the data folder's permissions: " + e.getClass().getSimpleName());
        }
    }

    /**
     * A setting straight from the environment (or a system property, for tests and the launcher):
     * only for what the config source {@link DatabaseSettings} needs (the data folder and the
     * database), read while MicroProfile Config is being built. Everything else: {@link Settings}.
     */
    static Optional<String> environment(String envName, String propertyName) {
        String value = System.getProperty(propertyName);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * A secret of {@code bytes} random bytes: from {@code envName} (base64), from the file named by
     * {@code envName_FILE}, or generated once into {@code fileName} in the data folder.
     */
    public static byte[] secret(String envName, String fileName, int bytes) {
        Optional<String> direct = Settings.get(envName);
        if (direct.isPresent()) {
            return decode(envName, direct.get());
        }
        Optional<String> file = Settings.get(envName + "_FILE");
        if (file.isPresent()) {
            return decode(envName + "_FILE", read(Path.of(file.get())));
        }
        Path generated = path().resolve(fileName);
        synchronized (DataDirectory.class) {
            if (!Files.exists(generated)) {
                byte[] key = new byte[bytes];
                RANDOM.nextBytes(key);
                write(generated, Base64.getEncoder().encodeToString(key));
            }
        }
        return decode(generated.toString(), read(generated));
    }

    private static byte[] decode(String origin, String text) {
        try {
            return Base64.getDecoder().decode(text.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(origin + " is not valid base64", e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read secret " + file, e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Path tmp = Files.createTempFile(file.getParent(), ".secret", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            Files.writeString(tmp, content);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write secret " + file, e);
        }
    }
}
