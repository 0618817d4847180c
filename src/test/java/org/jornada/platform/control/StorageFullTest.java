package org.jornada.platform.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class StorageFullTest {

    @Test
    void theServersFullAndReadOnlyErrorsAreRecognisedAlongTheCauseChain() {
        assertTrue(StorageFull.is(new RuntimeException(new SQLException("The table 'evidence' is full", "HY000", 1114))));
        assertTrue(StorageFull.is(new SQLException("Disk full (/var/lib/mysql/x); waiting for someone to free", "HY000", 1021)));
        assertTrue(StorageFull.is(new SQLException("The MariaDB server is running with the --read-only option", "HY000", 1290)));
        assertTrue(StorageFull.is(new SQLException("Got a packet bigger than 'max_allowed_packet' bytes", "08S01", 1153)));
        assertTrue(StorageFull.is(new IllegalStateException("wrapped", new SQLException(
                "Got error 28 \"No space left on device\" from storage engine InnoDB", "HY000", 1030))));
        assertTrue(StorageFull.is(new SQLException("The database is read only", "90097", 90097)));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(StorageFull.is(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)));
        assertFalse(StorageFull.is(new SQLException("Communications link failure", "08S01", 0)));
        assertFalse(StorageFull.is(new IllegalStateException("full moon")));
        assertFalse(StorageFull.is(null));
    }
}
