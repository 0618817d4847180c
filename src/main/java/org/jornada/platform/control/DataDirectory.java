package org.jornada.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

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
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    public static Path path() {
        String configured = environment("JORNADA_DATA_DIR", "jornada.data.dir").orElse(null);
        Path dir = configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".jornada");
        if (!Files.isDirectory(dir)) {
            createFolder(dir);
        }
        return dir.toAbsolutePath();
    }

    /**
     * A folder inside the data folder ({@code outbox}, ...), created owner-only (0700) from the
     * start, never readable by others for a moment.
     */
    public static Path folder(String name) {
        Path dir = path().resolve(name);
        if (!Files.isDirectory(dir)) {
            createFolder(dir);
        }
        return dir;
    }

    private static void createFolder(Path dir) {
        try {
            try {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(FOLDER));
            } catch (UnsupportedOperationException e) {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + dir, e);
        }
    }

    /**
     * Writes a file that only the portal's user may read: created 0600 (the process umask can
     * only take bits away), replaced whole if it exists.
     */
    public static void writePrivate(Path file, byte[] content) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        SeekableByteChannel opened;
        try {
            opened = Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(FILE));
        } catch (UnsupportedOperationException e) {
            opened = Files.newByteChannel(file, options);
        }
        try (SeekableByteChannel channel = opened) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
        restrict(file, FILE); // it may have existed with other permissions
    }

    /**
     * Only the portal's own user may read the data folder: every folder in it 0700 and every file
     * 0600, however deep (the embedded database and the temporary files H2 opens later, the
     * generated keys, the outbox and its {@code .eml} files). Run at start, after the database has
     * opened its files, and again every minute by {@code DataFolderGuard}, because H2 and the
     * JVM create files with the process umask, which Java cannot set. Where the file system has
     * no POSIX permissions nothing changes (docs/deployment.md says so). Symbolic links are not
     * followed. The data folder must be a folder of its own: everything in it is made owner-only.
     *
     * @return how many folders and files had to be tightened
     */
    public static int restrictPermissions() {
        int[] tightened = {0};
        try {
            Files.walkFileTree(path(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    tightened[0] += restrict(dir, FOLDER) ? 1 : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    tightened[0] += attributes.isSymbolicLink() ? 0 : restrict(file, FILE) ? 1 : 0;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // H2 deletes its temporary files at any moment
                }
            });
        } catch (UnsupportedOperationException | IOException | UncheckedIOException e) {
            java.util.logging.Logger.getLogger(DataDirectory.class.getName())
                    .warning(() -> "Could not restrict the data folder's permissions: " + e.getClass().getSimpleName());
        }
        return tightened[0];
    }

    /** Sets these permissions unless the path already has them (or is gone); true when changed. */
    private static boolean restrict(Path path, Set<PosixFilePermission> wanted) throws IOException {
        try {
            if (wanted.equals(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS))) {
                return false;
            }
            Files.setPosixFilePermissions(path, wanted);
            return true;
        } catch (NoSuchFileException gone) {
            return false; // H2 deletes its temporary files at any moment
        } catch (UnsupportedOperationException e) {
            return false;
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
