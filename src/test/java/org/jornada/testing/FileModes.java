package org.jornada.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** What a data folder holds and which of its paths are readable by more than their owner. */
public final class FileModes {

    private FileModes() {
    }

    /** The folders not 0700 and the files not 0600 under {@code root}, root included, with their modes. */
    public static List<String> widerThanOwnerOnly(Path root) {
        try (var paths = Files.walk(root)) {
            return paths.filter(p -> !mode(p).equals(Files.isDirectory(p) ? "rwx------" : "rw-------"))
                    .filter(Files::exists).map(p -> root.relativize(p) + " " + mode(p)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of everything under {@code root}, however deep. */
    public static List<String> names(Path root) {
        try (var paths = Files.walk(root)) {
            return paths.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
        } catch (IOException gone) {
            return "gone";
        }
    }
}
