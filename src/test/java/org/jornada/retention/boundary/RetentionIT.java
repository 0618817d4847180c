package org.jornada.retention.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.VisaType;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.pattern.boundary.PatternCounting;
import org.jornada.pattern.control.PatternFilter;
import org.jornada.platform.boundary.DatabaseMigration;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed application on MariaDB: the retention periods applied to cases that ended
 * (contact and evidence first, then everything but the anonymous counts), one node at a time,
 * audited; and the worker's own request through the API.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @ArquillianResource
    URL base;

    @Inject
    ComplaintIntake intake;

    @Inject
    EvidenceStore evidenceStore;

    @Inject
    MessageThread thread;

    @Inject
    RetentionJob job;

    @Inject
    PatternCounting patterns;

    @Inject
    DatabaseMigration database;

    @PersistenceContext
    EntityManager em;

    private long fileWithContactAndPhoto(String state) throws Exception {
        ValidComplaint valid = new ValidComplaint(new ComplaintFacts("es", VisaType.H2A,
                EnumSet.of(Category.UNPAID_HOURS), "Retention Farm", null, state, YearMonth.of(2025, 3), null, false),
                "Nos deben el último mes.", ContactChannel.PHONE, "+1 229 555 0123", true);
        var filed = intake.file(valid, List.of(evidenceStore.clean(TestFiles.jpegWithGps())));
        long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();
        thread.post(id, MessageAuthor.WORKER, "Tengo fotos de los talones.");
        return id;
    }

    private void sql(String statement, Object... values) throws Exception {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private long count(String query, long id) throws Exception {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void endedDaysAgo(long id, int days) throws Exception {
        sql("UPDATE case_file SET state = 'CLOSED', finished_at = ? WHERE complaint_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(days))), id);
    }

    private Complaint reload(long id) {
        em.getEntityManagerFactory().getCache().evictAll();
        return em.find(Complaint.class, id);
    }

    private long alaskaCount() {
        YearMonth now = YearMonth.now();
        return patterns.map(PatternCounting.MapOf.US_WORKSITE, new PatternFilter(now.minusMonths(11), now, null, null, "AK",
                null, false)).stream().mapToLong(c -> c.complaints() == null ? 0 : c.complaints()).sum();
    }

    @Test
    void aClosedCaseLosesContactAndEvidenceAfterTheFirstPeriodThenEverythingButItsCountsAfterTheSecond()
            throws Exception {
        long[] ids = new long[5];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = fileWithContactAndPhoto("AK");
        }
        long id = ids[0];
        long counted = alaskaCount();
        assertTrue(counted >= 5, "this test's five cases at least: " + counted);
        String receiptHash = reload(id).getReceiptHash();

        endedDaysAgo(id, 200);
        job.run();
        assertEquals(ContactChannel.PHONE, reload(id).getContactChannel(), "200 days after it ended: nothing yet");

        endedDaysAgo(id, 400);
        RetentionJob.Result first = job.run();
        assertTrue(first.ran());
        assertTrue(first.contactsErased() >= 1);
        Complaint afterContact = reload(id);
        assertNull(afterContact.getContactSealed());
        assertEquals(ContactChannel.NONE, afterContact.getContactChannel());
        assertFalse(afterContact.isConsentToContact());
        assertEquals(0, count("SELECT COUNT(*) FROM evidence WHERE complaint_id = ?", id), "the evidence went with it");
        assertEquals("Nos deben el último mes.", intake.narrativeOf(afterContact), "the report itself stays");
        assertEquals(1, count("SELECT COUNT(*) FROM complaint_message WHERE complaint_id = ?", id));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'CONTACT_ERASED'"
                + " AND actor = 'system'", id));

        endedDaysAgo(id, 1200);
        RetentionJob.Result second = job.run();
        assertTrue(second.casesAnonymised() >= 1);
        Complaint anonymised = reload(id);
        assertTrue(anonymised.isAnonymised());
        assertEquals("", intake.narrativeOf(anonymised));
        assertNull(anonymised.getEmployerName());
        assertFalse(receiptHash.equals(anonymised.getReceiptHash()), "the receipt opens nothing any more");
        assertEquals(0, count("SELECT COUNT(*) FROM complaint_message WHERE complaint_id = ?", id));
        assertEquals(EnumSet.of(Category.UNPAID_HOURS), anonymised.getCategories());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'CASE_ANONYMISED'", id));
        assertEquals(counted, alaskaCount(), "the anonymous count survives: the case still counts where it counted");

        job.run();
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE case_id = ? AND action = 'CASE_ANONYMISED'", id),
                "each case once");
        for (int i = 1; i < ids.length; i++) {
            assertEquals(ContactChannel.PHONE, reload(ids[i]).getContactChannel(), "cases still open are not touched");
        }
    }

    @Test
    void aLeaseHeldByAnotherNodeKeepsTheJobFromRunningTwiceAtOnce() throws Exception {
        sql("UPDATE job_lease SET holder = 'another-node', held_until = ? WHERE name = 'retention'",
                Timestamp.from(Instant.now().plus(Duration.ofMinutes(5))));
        assertFalse(job.run().ran(), "the other node holds the lease");
        sql("UPDATE job_lease SET held_until = ? WHERE name = 'retention'",
                Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))));
        assertTrue(job.run().ran(), "a lease that ran out is taken over");
    }

    @Test
    void theWorkerDeletesTheWholeReportThroughTheApiAndTheReceiptOpensNothingAfterwards() {
        Http http = new Http(Deployments.local(base));
        String receipt = Http.json(http.postJson("/api/v1/complaints", "{\"categories\":[\"UNPAID_HOURS\"],"
                + "\"narrative\":\"Borrar todo, por favor.\",\"contact\":{\"channel\":\"PHONE\",\"value\":\"+1 229 555 0111\"},"
                + "\"consentToContact\":true}")).getString("receipt");
        assertEquals(400, http.postJson("/api/v1/followup/erase", "{\"receipt\":\"" + receipt + "\",\"what\":\"ALL\"}")
                .statusCode());
        assertEquals(404, http.postJson("/api/v1/followup/erase", "{\"receipt\":\"0000 0000 0000 0000 0099\","
                + "\"what\":\"CASE\"}").statusCode());
        var contact = http.postJson("/api/v1/followup/erase", "{\"receipt\":\"" + receipt + "\",\"what\":\"CONTACT\"}");
        assertEquals(200, contact.statusCode(), contact.body());
        assertEquals(200, http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}").statusCode(),
                "the report stays after the contact goes");
        var whole = http.postJson("/api/v1/followup/erase", "{\"receipt\":\"" + receipt + "\",\"what\":\"CASE\"}");
        assertEquals(200, whole.statusCode(), whole.body());
        assertEquals("CASE", Http.json(whole).getString("what"));
        assertEquals(404, http.postJson("/api/v1/followup", "{\"receipt\":\"" + receipt + "\"}").statusCode());
    }
}
