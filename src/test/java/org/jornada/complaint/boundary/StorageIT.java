package org.jornada.complaint.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.control.ValidComplaint;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.VisaType;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.evidence.entity.Evidence;
import org.jornada.platform.boundary.DatabaseMigration;
import org.jornada.testing.Deployments;
import org.jornada.testing.Http;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the deployed application on MariaDB: what reaches the database is sealed and stripped,
 * a repeated form POST files one complaint, and advocates' messages reach the worker.
 */
@ExtendWith(ArquillianExtension.class)
class StorageIT {




    @ArquillianResource
    URL base;

    @Inject
    ComplaintIntake intake;

    @Inject
    EvidenceStore evidenceStore;

    @Inject
    MessageThread thread;

    @Inject
    ComplaintWriter writer;

    @Inject
    DatabaseMigration database;

    @PersistenceContext
    EntityManager em;

    private static ValidComplaint complaint(String narrative, String contact) {
        return new ValidComplaint(new ComplaintFacts("es", VisaType.H2A, EnumSet.of(Category.ILLEGAL_DEDUCTIONS),
                "Campos Verdes LLC", null, "FL", null, null, false), narrative, ContactChannel.PHONE, contact, true);
    }

    @Test
    void aCaseFiledThroughTheBatchWriterReadsBackLikeOneFiledThroughJpaFieldByField() throws Exception {
        ValidComplaint valid = new ValidComplaint(new ComplaintFacts("en", VisaType.H2B,
                EnumSet.of(Category.UNPAID_HOURS, Category.THREATS), "Agrícola San José, S.A. de C.V.",
                "Reclutadora Norte DEMO", "GA", java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 6), true),
                "Texto de prueba del escritor por lotes.", ContactChannel.WHATSAPP, "+1 229 555 0199", true);
        Complaint viaJpa = intake.findByReceipt(intake.file(valid, List.of()).receipt()).orElseThrow();
        Complaint viaWriter = intake.findByReceipt(writer.file(valid).get(30, java.util.concurrent.TimeUnit.SECONDS)
                .receipt()).orElseThrow();
        Set<String> differ = Set.of("id", "receiptHash", "submissionKey", "receivedAt", "narrativeSealed",
                "contactSealed", "version");
        int compared = 0;
        for (java.lang.reflect.Field field : Complaint.class.getDeclaredFields()) {
            if (java.lang.reflect.Modifier.isStatic(field.getModifiers()) || field.isSynthetic()
                    || field.getName().startsWith("_persistence") || differ.contains(field.getName())) {
                continue;
            }
            field.setAccessible(true);
            Object jpa = field.get(viaJpa);
            Object batch = field.get(viaWriter);
            if (jpa instanceof java.util.Collection<?> a && batch instanceof java.util.Collection<?> b) {
                jpa = new HashSet<>(a);
                batch = new HashSet<>(b);
            }
            assertEquals(jpa, batch, "column of " + field.getName());
            compared++;
        }
        assertTrue(compared >= 20, "the comparison saw the entity's fields: " + compared);
        assertEquals("agricola jose san", viaWriter.getEmployerKey(), "the name keys are written too");
        assertEquals(intake.narrativeOf(viaJpa), intake.narrativeOf(viaWriter));
        assertEquals(intake.contactOf(viaJpa), intake.contactOf(viaWriter));
    }

    @Test
    void narrativeContactAndEvidenceAreSealedAtRestAndPhotosLoseTheirGps() throws Exception {
        String narrative = "Nos descuentan 40 dólares por semana por las botas.";
        var cleaned = evidenceStore.clean(TestFiles.jpegWithGps());
        var filed = intake.file(complaint(narrative, "+1 229 555 0142"), List.of(cleaned));
        Complaint stored = intake.findByReceipt(filed.receipt()).orElseThrow();

        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT narrative_sealed, contact_sealed, receipt_hash FROM complaint WHERE id = ?")) {
            select.setLong(1, stored.getId());
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertFalse(TestFiles.contains(row.getBytes(1), "descuentan"));
                assertFalse(TestFiles.contains(row.getBytes(2), "555"));
                assertFalse(row.getString(3).contains(filed.receipt().digits()));
            }
        }
        assertEquals(narrative, intake.narrativeOf(stored));
        assertEquals("+1 229 555 0142", intake.contactOf(stored));

        Evidence evidence = em.createQuery("SELECT e FROM Evidence e WHERE e.complaintId = :id", Evidence.class)
                .setParameter("id", stored.getId()).getSingleResult();
        assertFalse(TestFiles.contains(evidence.getContentSealed(), "JFIF"));
        byte[] opened = evidenceStore.open(evidence);
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(opened)),
                evidence.getSha256());
        assertEquals(filed.evidence().get(0).sha256(), evidence.getSha256());
        assertNull(ImageMetadataReader.readMetadata(new ByteArrayInputStream(opened))
                .getFirstDirectoryOfType(GpsDirectory.class));
        assertFalse(TestFiles.contains(opened, TestFiles.CAMERA));
        assertEquals(Instant.parse("2026-05-14T10:30:00Z"), evidence.getCapturedAt());
        assertEquals("image/jpeg", evidence.getContentType());
    }

    @Test
    void theSameFormSubmittedTwiceFilesOneComplaintAndShowsTheSameReceipt() {
        Http http = new Http(Deployments.local(base));
        String form = http.get("/report").body();
        String token = Http.hidden(form, "token");
        String viewState = Http.hidden(form, "jakarta.faces.ViewState");
        var names = Http.inputNamesById(form);
        String submit = names.get("submit");
        String narrativeName = names.get("narrative");
        String categoryName = names.entrySet().stream().filter(e -> e.getKey().endsWith(":cat:0"))
                .findFirst().orElseThrow().getValue();

        long before = count();
        Http.Multipart body = new Http.Multipart()
                .field("report", "report")
                .field("lang", "es")
                .field("token", token)
                .field(categoryName, "RECRUITMENT_FEE")
                .field(narrativeName, "Pagué 8,000 pesos al reclutador.")
                .field("jakarta.faces.ViewState", viewState)
                .field(submit, "Enviar reporte");
        HttpResponse<String> first = http.postMultipart("/report", body);
        HttpResponse<String> second = http.postMultipart("/report", body);
        // each POST ends in a redirect to its single-use receipt view (issue 24)
        String firstReceipt = receiptView(http, first);
        String secondReceipt = receiptView(http, second);
        String receipt = receiptIn(firstReceipt);
        assertEquals(receipt, receiptIn(secondReceipt));
        assertTrue(secondReceipt.contains("id=\"repeated\""), "the second answer says it was not sent twice");
        assertEquals(before + 1, count());
        Complaint filed = intake.findByReceipt(
                org.jornada.complaint.entity.ReceiptCode.parse(receipt).orElseThrow()).orElseThrow();
        assertEquals("Pagué 8,000 pesos al reclutador.", intake.narrativeOf(filed), "multipart text stays UTF-8");
        assertTrue(first.headers().firstValue("Set-Cookie").isEmpty(), "no session on worker pages");
    }

    @Test
    void advocateMessagesReachTheWorkersFollowUp() {
        var filed = intake.file(complaint("Sin pago de horas extra.", null), List.of());
        long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();
        thread.post(id, MessageAuthor.ADVOCATE, "¿Tiene fotos de sus talones de pago?");

        HttpResponse<String> read = new Http(Deployments.local(base)).postJson("/api/v1/followup",
                "{\"receipt\":\"" + filed.receipt().grouped() + "\"}");
        assertEquals(200, read.statusCode(), read.body());
        JsonObject message = Http.json(read).getJsonArray("messages").getJsonObject(0);
        assertEquals("ADVOCATE", message.getString("from"));
        assertEquals("¿Tiene fotos de sus talones de pago?", message.getString("text"));
        assertArrayEquals(new String[] {"ADVOCATE"},
                thread.messages(id).stream().map(m -> m.from().name()).toArray(String[]::new));
    }

    @Test
    void theApiWriterStoresEveryFieldAsTheFormPathDoes() throws Exception {
        var valid = new ValidComplaint(new ComplaintFacts("en", VisaType.H2B,
                EnumSet.of(Category.RECRUITMENT_FEE, Category.DOCUMENTS_TAKEN), "Mariscos Ñandú S.A. de C.V.",
                "Reclutadora del Golfo", "LA", java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 6),
                true), "They kept our passports in the office.", ContactChannel.WHATSAPP, "+52 55 1234 5678", true);
        var filed = writer.file(valid).get(30, java.util.concurrent.TimeUnit.SECONDS);
        em.getEntityManagerFactory().getCache().evictAll();
        Complaint stored = intake.findByReceipt(filed.receipt()).orElseThrow();
        // the case's working life is casework's (its file, V30), written in the same batch
        CaseFile file = em.find(CaseFile.class, stored.getId());

        assertEquals(org.jornada.complaint.entity.CaseState.RECEIVED, file.getState());
        assertEquals(stored.isUrgent(), file.isUrgent());
        assertEquals(stored.getReceivedAt(), file.getReceivedAt());
        assertFalse(file.isHeld());
        assertTrue(stored.isUrgent(), "in danger now makes the case urgent");
        assertEquals(filed.urgent(), stored.isUrgent());
        assertTrue(stored.isInDanger());
        assertEquals("en", stored.getLanguage());
        assertEquals(VisaType.H2B, stored.getVisaType());
        assertEquals(EnumSet.of(Category.RECRUITMENT_FEE, Category.DOCUMENTS_TAKEN), stored.getCategories());
        assertEquals("Mariscos Ñandú S.A. de C.V.", stored.getEmployerName());
        assertEquals("Reclutadora del Golfo", stored.getRecruiterName());
        assertEquals("LA", stored.getWorksiteState());
        assertEquals(java.time.YearMonth.of(2026, 3), stored.getStartedOn());
        assertEquals(java.time.YearMonth.of(2026, 6), stored.getEndedOn());
        assertEquals("They kept our passports in the office.", intake.narrativeOf(stored));
        assertEquals(ContactChannel.WHATSAPP, stored.getContactChannel());
        assertEquals("+52 55 1234 5678", intake.contactOf(stored));
        assertTrue(stored.isConsentToContact());
        assertNull(file.getAssigneeId());
        assertEquals(0, stored.getUnreadMessages());
        assertTrue(stored.getReceivedAt().isAfter(Instant.now().minusSeconds(120)));
        Complaint twin = intake.findByReceipt(intake.file(valid, List.of()).receipt()).orElseThrow();
        CaseFile twinFile = em.find(CaseFile.class, twin.getId());
        assertEquals(twinFile.getNearestDeadline(), file.getNearestDeadline(),
                "the legal clocks are computed before the case is stored, on both paths");
    }

    @Test
    void manyComplaintsAtOnceAreEachStoredOnceWithTheirOwnReceipt() throws Exception {
        long before = count();
        int n = 300;
        var pending = new java.util.ArrayList<java.util.concurrent.CompletableFuture<ComplaintIntake.Filed>>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var submitted = new java.util.ArrayList<java.util.concurrent.Future<
                    java.util.concurrent.CompletableFuture<ComplaintIntake.Filed>>>();
            for (int i = 0; i < n; i++) {
                String narrative = "Caso de carga número " + i;
                submitted.add(pool.submit(() -> writer.file(complaint(narrative, null))));
            }
            for (var future : submitted) {
                pending.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        Set<String> receipts = new HashSet<>();
        for (var done : pending) {
            receipts.add(done.get(30, java.util.concurrent.TimeUnit.SECONDS).receipt().digits());
        }
        assertEquals(n, receipts.size(), "every complaint got its own receipt");
        assertEquals(before + n, count(), "every complaint was stored exactly once");
        em.getEntityManagerFactory().getCache().evictAll();
        for (int i = 0; i < n; i++) {
            Complaint stored = intake.findByReceipt(pending.get(i).get().receipt()).orElseThrow();
            assertEquals("Caso de carga número " + i, intake.narrativeOf(stored), "each receipt finds its own case");
            assertEquals(EnumSet.of(Category.ILLEGAL_DEDUCTIONS), stored.getCategories());
        }
        assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.categories IS EMPTY", Long.class)
                .getSingleResult(), "every case has its categories");
    }

    private long count() {
        return em.createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
    }

    /** The page the report form's redirect leads to (its single-use receipt view). */
    private static String receiptView(Http http, HttpResponse<String> answer) {
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/receipt?view="), location);
        return http.get(location.substring(location.indexOf("/receipt?view="))).body();
    }

    private static String receiptIn(String html) {
        Matcher m = Pattern.compile("id=\"receipt-code\">(\\d{4} \\d{4} \\d{4} \\d{4} \\d{4})<").matcher(html);
        assertTrue(m.find(), "no receipt code on the page");
        return m.group(1);
    }
}
