package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder is owner-only however deep: what the portal makes is made 0700/0600 from the
 * start, and what others made with the umask's modes (H2's temporary files) is tightened.
 */
class DataFolderPermissionsTest {

    @TempDir
    Path parent;

    private Path data;
    private String before;

    @BeforeEach
    void pointAtATemporaryDataFolder() {
        data = parent.resolve("data");
        before = System.getProperty("jornada.data.dir");
        System.setProperty("jornada.data.dir", data.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("jornada.data.dir");
        } else {
            System.setProperty("jornada.data.dir", before);
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void foldersAndFilesThePortalMakesAreOwnerOnlyFromTheStart() throws Exception {
        Path outbox = DataDirectory.folder("outbox");
        assertEquals("rwx------", mode(data), "the data folder");
        assertEquals("rwx------", mode(outbox), "a folder in it");
        Path mail = outbox.resolve("mail.eml");
        DataDirectory.writePrivate(mail, "first".getBytes());
        assertEquals("rw-------", mode(mail));
        Files.setPosixFilePermissions(mail, PosixFilePermissions.fromString("rw-r--r--"));
        DataDirectory.writePrivate(mail, "again".getBytes());
        assertEquals("rw-------", mode(mail), "a file written again is owner-only again");
        assertArrayEquals("again".getBytes(), Files.readAllBytes(mail), "replaced whole");
    }

    @Test
    void whatOthersMadeWithTheUmasksModesIsTightenedHoweverDeep() throws Exception {
        DataDirectory.path();
        Path deep = Files.createDirectories(data.resolve("outbox/old"));
        Path trace = Files.writeString(data.resolve("jornada.trace.db"), "x");
        Path temp = Files.writeString(deep.resolve("jornada.1.temp.db"), "x");
        for (Path folder : new Path[] {data, data.resolve("outbox"), deep}) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        for (Path file : new Path[] {trace, temp}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        assertEquals(5, DataDirectory.restrictPermissions(), "three folders and two files tightened");
        for (Path folder : new Path[] {data, data.resolve("outbox"), deep}) {
            assertEquals("rwx------", mode(folder), folder.toString());
        }
        assertEquals("rw-------", mode(trace));
        assertEquals("rw-------", mode(temp));
        assertEquals(0, DataDirectory.restrictPermissions(), "nothing left to change");
    }
}
