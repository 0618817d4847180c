package org.jornada.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.DataDirectory;
import org.jornada.platform.control.SealedColumns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Re-keying inside the deployed application, on the real database: a case sealed under a key
 * that has since been retired is re-sealed under the current key in the background, reads the same
 * with the current key alone, and a second pass finds nothing left. (The shipped jar's wiring, the
 * retired keys named in JORNADA_DATA_KEYS_RETIRED and the timer, is EmbeddedSmokeIT's.)
 */
@ExtendWith(ArquillianExtension.class)
class RekeyingIT {

    @Resource(lookup = "java:global/jdbc/jornada-ids")
    DataSource dataSource;

    @Inject
    DataCipher cipher;

    @Inject
    JobLeases leases;

    @Inject
    @Any
    Instance<SealedColumns> features;

    @Inject
    ComplaintIntake intake;

    @Inject
    org.jornada.evidence.boundary.EvidenceStore evidenceStore;

    @Inject
    org.jornada.complaint.boundary.MessageThread thread;

    /** A sealed value of one row: where it is, its purpose, and what it says. */
    private record Sealed(SealedColumns.Column column, long rowId, byte[] plain) {
    }

    @Test
    void aCaseSealedUnderARetiredKeyIsResealedUnderTheCurrentKeyAndReadsTheSame() throws Exception {
        // a case with a contact, a photo and a message: four sealed columns in three tables
        var filed = intake.file(new ValidComplaint(new ComplaintFacts("es", VisaType.H2A, EnumSet.of(Category.UNPAID_HOURS),
                "Rekey Farms " + UUID.randomUUID().toString().substring(0, 6), null, "GA", YearMonth.of(2026, 6), null,
                false), "No pagan las horas extra. " + UUID.randomUUID(), ContactChannel.PHONE, "+1 229 555 0199", true),
                List.of(evidenceStore.clean(org.jornada.testing.TestFiles.jpegWithGps())));
        long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();
        thread.post(id, org.jornada.complaint.entity.MessageAuthor.WORKER, "Tengo fotos de los talones.");
        List<Sealed> values = List.of(value("complaint", "narrative_sealed", id), value("complaint", "contact_sealed", id),
                value("evidence", "content_sealed", rowOf("evidence", id)),
                value("complaint_message", "text_sealed", rowOf("complaint_message", id)));

        // The case as a portal that used a key now retired wrote it.
        byte[] retiredKey = new byte[32];
        new SecureRandom().nextBytes(retiredKey);
        DataCipher before = new DataCipher(retiredKey, List.of());
        for (Sealed value : values) {
            write(value, before.seal(value.plain(), value.column().purpose()));
            assertEquals(before.currentKeyId(), DataCipher.keyIdOf(read(value)));
        }

        Rekeying rekeying = new Rekeying();
        rekeying.dataSource = dataSource;
        rekeying.leases = leases;
        rekeying.features = features;
        rekeying.cipher = new DataCipher(DataDirectory.secret("JORNADA_DATA_KEY", "data.key", 32), List.of(retiredKey));
        assertTrue(rekeying.run() >= values.size(), "at least this case's four values re-sealed");

        for (Sealed value : values) {
            byte[] now = read(value);
            assertNotEquals(before.currentKeyId(), DataCipher.keyIdOf(now), value.column().toString());
            assertEquals(cipher.currentKeyId(), DataCipher.keyIdOf(now), "sealed under the current key");
            assertArrayEquals(value.plain(), cipher.open(now, value.column().purpose()),
                    value.column() + " reads the same with the current key alone");
        }
        byte[] narrative = read(values.get(0));
        assertEquals(0, rekeying.run(), "a second pass finds nothing left under the retired key");
        assertEquals(-1, rekeying.run(), "and then stops asking");
        assertArrayEquals(narrative, read(values.get(0)), "nothing re-sealed twice");
    }

    /** The sealed value at {@code table.column} of row {@code rowId}, opened with the current key. */
    private Sealed value(String table, String column, long rowId) throws Exception {
        SealedColumns.Column sealed = features.stream().flatMap(f -> f.sealedColumns().stream())
                .filter(c -> c.table().equals(table) && c.column().equals(column)).findFirst().orElseThrow();
        Sealed value = new Sealed(sealed, rowId, null);
        return new Sealed(sealed, rowId, cipher.open(read(value), sealed.purpose()));
    }

    private long rowOf(String table, long complaintId) throws Exception {
        try (Connection db = dataSource.getConnection();
                PreparedStatement s = db.prepareStatement("SELECT id FROM " + table + " WHERE complaint_id = ?")) {
            s.setLong(1, complaintId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "a row of " + table);
                return r.getLong(1);
            }
        }
    }

    private byte[] read(Sealed value) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement s = db.prepareStatement(
                "SELECT " + value.column().column() + " FROM " + value.column().table() + " WHERE id = ?")) {
            s.setLong(1, value.rowId());
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getBytes(1);
            }
        }
    }

    private void write(Sealed value, byte[] sealed) throws Exception {
        try (Connection db = dataSource.getConnection(); PreparedStatement s = db.prepareStatement(
                "UPDATE " + value.column().table() + " SET " + value.column().column() + " = ? WHERE id = ?")) {
            s.setBytes(1, sealed);
            s.setLong(2, value.rowId());
            assertEquals(1, s.executeUpdate());
        }
    }
}
