package org.jornada.channel.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jornada.channel.control.Inbound;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.Provider;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.complaint.entity.ReportChannel;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.boundary.EvidenceStore;
import org.jornada.evidence.entity.Evidence;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.platform.control.Settings;
import org.jornada.testing.FakeProvider;
import org.jornada.testing.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The message conversation on the real database, one message at a time as the webhooks hand them
 * over: a whole report ends in a case filed through the intake, the number kept only when the
 * worker asks to be told of replies, a code looks a case up and later messages and files reach it,
 * a provider's retry is answered once, and SALIR forgets the conversation.
 */
@ExtendWith(ArquillianExtension.class)
class ChannelInboxIT {

    private static final Pattern RECEIPT = Pattern.compile("\\d{4} \\d{4} \\d{4} \\d{4} \\d{4}");
    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Inject
    ChannelInbox inbox;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    EvidenceService evidence;

    @Inject
    ConversationKeys keys;

    @Inject
    EvidenceStore store;

    @Inject
    ReplyDelivery replies;

    @jakarta.annotation.Resource
    jakarta.transaction.UserTransaction tx;

    @PersistenceContext
    EntityManager em;

    /**
     * A Mexican mobile number of the test's own, in E.164: every test worker's number starts
     * +52 1 5588 0 (ChannelWebhooksIT's +52 1 5588 1), so that the run can be searched for them
     * afterwards (ChannelWebhooksIT, .ci/run): none may be stored or logged in the clear.
     */
    private static String number() {
        return String.format("+52155880%05d", NUMBERS.incrementAndGet() % 100_000);
    }

    private ChannelInbox.Answer say(String number, String text) {
        return say(number, text, List.of());
    }

    private ChannelInbox.Answer say(String number, String text, List<CleanedEvidence> files) {
        return inbox.answer(new Inbound(Provider.WHATSAPP_CLOUD, Medium.WHATSAPP, number, UUID.randomUUID().toString(),
                text, List.of()), files, 0);
    }

    private static ReceiptCode receiptIn(ChannelInbox.Answer answer) {
        Matcher m = RECEIPT.matcher(answer.text());
        assertTrue(m.find(), answer.text());
        return ReceiptCode.parse(m.group()).orElseThrow();
    }

    private ReceiptCode report(String number, String notify) {
        for (String answer : List.of("hola", "1", "2", "3", "Rancho Canal", "Carolina del Norte",
                "Nos descuentan la vivienda cada semana.", "no")) {
            say(number, answer);
        }
        return receiptIn(say(number, notify));
    }

    @Test
    void aWholeWhatsAppConversationFilesACaseWithTheWorkersAnswersAndNoNumber() {
        String number = number();
        ChannelInbox.Answer first = say(number(), "Hola");
        assertTrue(first.text().contains("For English reply 2"), first.text());
        ReceiptCode code = report(number, "NO");
        Complaint filed = intake.findByReceipt(code).orElseThrow();
        assertEquals(ReportChannel.WHATSAPP, filed.getChannel());
        assertEquals(Set.of(Category.ILLEGAL_DEDUCTIONS), filed.getCategories());
        assertEquals("Rancho Canal", filed.getEmployerName());
        assertEquals("NC", filed.getWorksiteState());
        assertEquals("Nos descuentan la vivienda cada semana.", intake.narrativeOf(filed));
        assertEquals(ContactChannel.NONE, filed.getContactChannel());
        assertNull(filed.getContactSealed());
        assertFalse(filed.isUrgent());
    }

    @Test
    void aWorkerWhoAsksToBeToldOfRepliesLeavesTheNumberAsAConsentedContact() {
        String number = number();
        Complaint filed = intake.findByReceipt(report(number, "sí")).orElseThrow();
        assertEquals(ContactChannel.WHATSAPP, filed.getContactChannel());
        assertEquals(number, intake.contactOf(filed));
        assertTrue(filed.isConsentToContact());
    }

    @Test
    void aDangerAnswerGetsTheHotlineAtOnceAndAnUrgentCase() {
        String number = number();
        for (String answer : List.of("hola", "1", "9", "0", "0", "Nos encierran de noche")) {
            say(number, answer);
        }
        ChannelInbox.Answer danger = say(number, "si");
        assertTrue(danger.text().startsWith("Si está en peligro ahora, llame al 911"), danger.text());
        assertTrue(danger.text().contains("1-888-373-7888"));
        ChannelInbox.Answer filed = say(number, "no");
        assertTrue(intake.findByReceipt(receiptIn(filed)).orElseThrow().isUrgent());
    }

    @Test
    void aCodeLooksTheCaseUpAndLaterMessagesAndRepliesGoBothWays() {
        ReceiptCode code = report(number(), "no");
        long id = intake.findByReceipt(code).orElseThrow().getId();
        String other = number();
        ChannelInbox.Answer found = say(other, code.grouped());
        assertTrue(found.text().contains("Recibido"), found.text());
        assertTrue(found.text().contains("No hay respuestas que no haya visto"), found.text());
        say(other, "Ya me pagaron una parte");
        assertTrue(thread.messages(id).stream().anyMatch(e -> e.from() == MessageAuthor.WORKER
                && e.text().equals("Ya me pagaron una parte")));
        thread.post(id, MessageAuthor.ADVOCATE, "Guarde sus talones de pago, por favor.");
        ChannelInbox.Answer next = say(other, "Gracias");
        assertTrue(next.text().contains("Guarde sus talones de pago, por favor."), next.text());
        assertFalse(say(other, "Bueno").text().contains("Guarde sus talones"), "a reply is given once");
    }

    @Test
    void aWrongCodeIsNotFoundAndLeavesTheReportWhereItWas() {
        // the wrong codes spend the follow-up's RECEIPT_MISSES bucket under "channel:" + the
        // conversation's key (MessageCases.lookUp); the suite deployment lifts that limit, and
        // ChannelWebhooksIT sees it bite
        String number = number();
        for (String answer : List.of("hola", "1", "2")) {
            say(number, answer);
        }
        String wrong = say(number, "0000 0000 0000 0000 0001").text();
        assertTrue(wrong.contains("no lo encontramos"), wrong);
        String next = say(number, "1").text();
        assertTrue(next.contains("Cómo se llama el empleador"), "the report goes on where it was: " + next);
    }

    @Test
    void aProvidersRetryOfTheSameMessageIsAnsweredOnce() {
        String number = number();
        Inbound hello = new Inbound(Provider.TWILIO, Medium.SMS, number, "SM" + UUID.randomUUID(), "hola", List.of());
        assertFalse(inbox.answer(hello, List.of(), 0).text().isEmpty());
        assertEquals("", inbox.answer(hello, List.of(), 0).text());
        Inbound one = new Inbound(Provider.TWILIO, Medium.SMS, number, "SM" + UUID.randomUUID(), "1", List.of());
        assertTrue(inbox.answer(one, List.of(), 0).text().contains("Cuál es el problema"));
    }

    @Test
    void salirForgetsTheConversationAndItsHeldFiles() throws Exception {
        String number = number();
        for (String answer : List.of("hola", "1", "2")) {
            say(number, answer);
        }
        say(number, "", List.of(evidence.clean(TestFiles.jpegWithGps())));
        String key = keys.of(number);
        assertEquals(1L, em.createQuery("SELECT COUNT(h) FROM HeldMedia h WHERE h.conversationKey = :k", Long.class)
                .setParameter("k", key).getSingleResult());
        assertTrue(say(number, "SALIR").text().contains("Borramos esta conversación"));
        assertEquals(0L, em.createQuery("SELECT COUNT(c) FROM Conversation c WHERE c.key = :k", Long.class)
                .setParameter("k", key).getSingleResult());
        assertEquals(0L, em.createQuery("SELECT COUNT(h) FROM HeldMedia h WHERE h.conversationKey = :k", Long.class)
                .setParameter("k", key).getSingleResult());
        assertTrue(say(number, "2").text().contains("For English reply 2"), "it starts over");
    }

    @Test
    void aPhotoSentDuringTheReportBecomesStrippedEvidenceOfTheCase() throws Exception {
        String number = number();
        for (String answer : List.of("hola", "1", "3", "1", "0", "0")) {
            say(number, answer);
        }
        say(number, "", List.of(evidence.clean(TestFiles.jpegWithGps())));
        say(number, "no");
        ChannelInbox.Answer filed = say(number, "no");
        assertTrue(filed.text().contains("Guardamos 1 archivo"), filed.text());
        long id = intake.findByReceipt(receiptIn(filed)).orElseThrow().getId();
        List<Evidence> stored = em.createQuery("SELECT e FROM Evidence e WHERE e.complaintId = :id", Evidence.class)
                .setParameter("id", id).getResultList();
        assertEquals(1, stored.size());
        byte[] kept = store.open(stored.get(0));
        assertFalse(TestFiles.contains(kept, TestFiles.CAMERA), "the camera's tags are gone");
        assertTrue(stored.get(0).isMetadataRemoved());
        assertEquals(0L, em.createQuery("SELECT COUNT(h) FROM HeldMedia h WHERE h.conversationKey = :k", Long.class)
                .setParameter("k", keys.of(number)).getSingleResult());
    }

    /** The fake Graph API, on the port the deployment was told (JORNADA_WHATSAPP_GRAPH_URL, pom.xml). */
    private static FakeProvider graph() throws Exception {
        FakeProvider graph = FakeProvider.start(java.net.URI.create(Settings.get("JORNADA_WHATSAPP_GRAPH_URL")
                .orElseThrow()).getPort());
        graph.answer("POST", "/v21.0/1234567890/messages", 200, "application/json", "{\"messages\":[]}");
        return graph;
    }

    @Test
    void anAdvocatesReplyReachesAWorkerWhoAskedInsideTheWindowAndOnlyANoticeOutsideIt() throws Exception {
        try (FakeProvider graph = graph()) {
            String number = number();
            long id = intake.findByReceipt(report(number, "sí")).orElseThrow().getId();
            thread.post(id, MessageAuthor.ADVOCATE, "Mañana le llamamos a las 10.");
            assertEquals(1, replies.run());
            String sent = graph.only().text();
            assertTrue(sent.contains("\"type\":\"text\"") && sent.contains("Mañana le llamamos a las 10."), sent);
            assertEquals(0, replies.run(), "a reply is sent once");

            tx.begin();
            em.createQuery("UPDATE MessageCase m SET m.lastInboundAt = :then WHERE m.complaintId = :id")
                    .setParameter("then", java.time.Instant.now().minus(java.time.Duration.ofHours(25)))
                    .setParameter("id", id).executeUpdate();
            tx.commit();
            thread.post(id, MessageAuthor.ADVOCATE, "Otra respuesta privada");
            graph.clear();
            assertEquals(1, replies.run());
            String notice = graph.only().text();
            assertTrue(notice.contains("\"type\":\"template\""), notice);
            assertFalse(notice.contains("Otra respuesta"), "outside the window only the content-free template");
            ChannelInbox.Answer next = say(number, "Hola de nuevo");
            assertTrue(next.text().contains("Otra respuesta privada"), "held for the worker's next message: "
                    + next.text());
        }
    }

    @Test
    void aWorkerWhoDidNotAskToBeToldHearsNothingOnTheirOwn() throws Exception {
        try (FakeProvider graph = graph()) {
            long id = intake.findByReceipt(report(number(), "no")).orElseThrow().getId();
            thread.post(id, MessageAuthor.ADVOCATE, "¿Puede mandarnos fotos?");
            replies.run();
            assertTrue(graph.requests().isEmpty(), "no number, nothing sent");
        }
    }

    @Test
    void salirOnACaseErasesTheNumberTheWorkerLeftAndStopsEveryNotice() throws Exception {
        try (FakeProvider graph = graph()) {
            String number = number();
            long id = intake.findByReceipt(report(number, "sí")).orElseThrow().getId();
            String bye = say(number, "SALIR").text();
            assertTrue(bye.contains("Borramos esta conversación y su número"), bye);
            Complaint after = intake.find(id).orElseThrow();
            assertNull(after.getContactSealed(), "the number is gone from the case");
            thread.post(id, MessageAuthor.ADVOCATE, "¿Sigue ahí?");
            replies.run();
            assertTrue(graph.requests().isEmpty(), "nothing is sent after SALIR");
        }
    }
}
