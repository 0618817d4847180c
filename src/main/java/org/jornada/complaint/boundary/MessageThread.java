package org.jornada.complaint.boundary;

import org.jornada.platform.control.PlainText;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.Message;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.platform.control.DataCipher;

/**
 * The message thread between the anonymous worker and advocates, reached through the receipt
 * code. Message texts are sealed at rest.
 */
@ApplicationScoped
@Transactional
public class MessageThread {

    static final String PURPOSE = "sealed:complaint.message";
    public static final int TEXT_MAX = 5_000;

    @jakarta.inject.Inject
    org.jornada.evidence.boundary.EvidenceStore evidence;

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    /** A message as the worker or an advocate sees it; {@code evidenceId} its recording when it is a voice message (issue #29). */
    public record Entry(MessageAuthor from, String text, Instant at, Long evidenceId) {

        public Entry(MessageAuthor from, String text, Instant at) {
            this(from, text, at, null);
        }
    }

    /** The problem with a worker's message text, if any. */
    public static Optional<FieldError> checkText(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(new FieldError("text", "error.text.required"));
        }
        if (text.strip().codePointCount(0, text.strip().length()) > TEXT_MAX) {
            return Optional.of(new FieldError("text", "error.text.tooLong", TEXT_MAX));
        }
        return Optional.empty();
    }

    public List<Entry> messages(long complaintId) {
        return entries(em.createNamedQuery(Message.OF_COMPLAINT, Message.class)
                .setParameter("complaintId", complaintId).getResultList());
    }

    /**
     * The newest {@code limit} messages of the thread, the oldest of them first: what a page shows of
     * a long thread (a busy case has hundreds), read without the rest.
     */
    public List<Entry> latest(long complaintId, int limit) {
        List<Entry> newestFirst = new java.util.ArrayList<>(entries(em.createQuery("SELECT m FROM Message m WHERE"
                + " m.complaintId = :id ORDER BY m.sentAt DESC, m.id DESC", Message.class)
                .setParameter("id", complaintId).setMaxResults(limit).getResultList()));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The messages opened, each voice message with its recording's id (one query for all of them). */
    private List<Entry> entries(List<Message> messages) {
        java.util.Map<Long, Long> voice = new java.util.HashMap<>();
        List<Long> ids = messages.stream().map(Message::getId).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT e.messageId, e.id FROM Evidence e WHERE e.messageId IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultStream()
                    .forEach(row -> voice.putIfAbsent((Long) row[0], (Long) row[1]));
        }
        return messages.stream().map(m -> new Entry(m.getAuthor(),
                PlainText.clean(cipher.openText(m.getTextSealed(), PURPOSE)), m.getSentAt(), voice.get(m.getId())))
                .toList();
    }

    /** How many messages the thread holds. */
    public long count(long complaintId) {
        return em.createQuery("SELECT COUNT(m) FROM Message m WHERE m.complaintId = :id", Long.class)
                .setParameter("id", complaintId).getSingleResult();
    }

    public Entry post(long complaintId, MessageAuthor from, String typed) {
        String text = PlainText.clean(typed);
        if (from == MessageAuthor.WORKER) {
            // The case's row first, the message after: the message's insert takes a shared lock on
            // the case (its foreign key), and two answers that each held one and then asked to
            // update the case deadlocked (a 500; ConcurrentCaseWritesIT).
            em.createQuery("UPDATE Complaint c SET c.unreadMessages = c.unreadMessages + 1 WHERE c.id = :id")
                    .setParameter("id", complaintId).executeUpdate();
        }
        Message message = new Message(complaintId, from, cipher.sealText(text, PURPOSE), Instant.now(clock));
        em.persist(message);
        return new Entry(from, text, message.getSentAt());
    }

    /**
     * A worker's voice message (issue #29): a message on the thread whose text says it is a voice
     * message ({@code label}, in the case's language), with the cleaned recording stored as its
     * file (role MESSAGE), in the caller's transaction; empty, nothing posted, when the case already
     * holds its most files.
     */
    public Optional<Entry> postVoice(long complaintId, org.jornada.evidence.control.CleanedEvidence voice, String label) {
        if (!evidence.hasRoomFor(complaintId, 1)) {
            return Optional.empty(); // the case holds its most files: nothing posted
        }
        em.createQuery("UPDATE Complaint c SET c.unreadMessages = c.unreadMessages + 1 WHERE c.id = :id")
                .setParameter("id", complaintId).executeUpdate();
        Message message = new Message(complaintId, MessageAuthor.WORKER, cipher.sealText(label, PURPOSE),
                Instant.now(clock));
        em.persist(message);
        em.flush();
        evidence.store(complaintId, voice, org.jornada.evidence.entity.EvidenceRole.MESSAGE, message.getId());
        Long file = em.createQuery("SELECT e.id FROM Evidence e WHERE e.messageId = :id", Long.class)
                .setParameter("id", message.getId()).getSingleResult();
        return Optional.of(new Entry(MessageAuthor.WORKER, label, message.getSentAt(), file));
    }
}
