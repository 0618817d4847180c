package org.jornada.mail.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jornada.mail.control.Letter;
import org.jornada.mail.control.MimeLetters;
import org.jornada.mail.control.SmtpSettings;
import org.jornada.mail.entity.MailState;
import org.jornada.mail.entity.OutboxMail;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.Settings;

/**
 * The outbox table: features queue a {@link Letter} under a topic (one mail per topic), read its
 * status; {@link OutboxDelivery} claims, sends and records. Each step is its own transaction, and a
 * claim is one conditional UPDATE, so two nodes never hold the same mail.
 */
@ApplicationScoped
public class Outbox {

    static final String PURPOSE = "mail.outbox";

    /** How long a claim holds: a node that died while sending gives the mail back after this. */
    static final Duration CLAIM = Duration.ofMinutes(5);

    @PersistenceContext(unitName = "jornada")
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    Event<MailDelivered> delivered;

    /**
     * Queues the letter in the caller's transaction; its Message-ID is chosen now and kept. A topic
     * whose mail was rejected for good, or dropped before it left, is queued again; any other mail of the topic stays as it is.
     */
    @Transactional
    public MailStatus queue(String topic, Letter letter, Instant now) {
        String messageId = "<" + topic.replace(':', '-') + "." + UUID.randomUUID() + "@jornada>";
        byte[] sealed = cipher.seal(MimeLetters.write(letter, SmtpSettings.sender(Settings::get), messageId, now),
                PURPOSE);
        Optional<OutboxMail> existing = find(topic);
        if (existing.isPresent()) {
            if (!existing.get().getState().mayQueueAgain()) {
                throw new IllegalStateException("Topic " + topic + " already has a mail");
            }
            existing.get().requeue(messageId, letter.to(), sealed, now);
            return MailStatus.of(existing.get());
        }
        OutboxMail mail = new OutboxMail(topic, messageId, letter.to(), sealed, now);
        em.persist(mail);
        return MailStatus.of(mail);
    }

    /**
     * Takes the topic's mail back, in the caller's transaction, if it has not left: a queued mail is
     * dropped, and a mail written to an .eml file that nobody sent is dropped with its file deleted;
     * content forgotten in both cases. Answers the state the mail was in (empty: no mail): SENDING
     * means a node is handing it to the server this very moment (the gate stops it unless it has
     * already asked); SENT means it left and cannot be recalled.
     */
    @Transactional
    public Optional<MailState> withdraw(String topic, Instant now) {
        Optional<OutboxMail> mail = find(topic);
        if (mail.isEmpty()) {
            return Optional.empty();
        }
        MailState was = mail.get().getState();
        String file = mail.get().getFileName();
        // One conditional UPDATE, as a claim is: a node claiming it at the same moment either got it
        // first (SENDING: its gate is asked next) or finds it dropped.
        int dropped = em.createQuery("UPDATE OutboxMail m SET m.state = :dropped, m.mimeSealed = :empty,"
                + " m.doneAt = :now WHERE m.id = :id AND m.state IN :open")
                .setParameter("dropped", MailState.DROPPED).setParameter("empty", new byte[0])
                .setParameter("now", now).setParameter("id", mail.get().getId())
                .setParameter("open", List.of(MailState.QUEUED, MailState.WRITTEN)).executeUpdate();
        em.refresh(mail.get());
        if (dropped == 1 && file != null && was == MailState.WRITTEN) {
            deleteFile(file);
        }
        return Optional.of(dropped == 1 ? was : mail.get().getState());
    }

    /** The claiming node drops the mail it holds: a gate said it may no longer leave. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void dropClaimed(long id, Instant now) {
        em.find(OutboxMail.class, id).drop(now);
    }

    public Optional<MailStatus> status(String topic) {
        return find(topic).map(MailStatus::of);
    }

    /**
     * Forgets a finished mail's content and deletes the {@code .eml} file written for it (the case
     * it carried was anonymised). A mail still waiting to be sent is left to go: it was approved
     * to leave; its copy is not forgotten then (docs/retention.md).
     */
    @Transactional
    public boolean forget(String topic) {
        Optional<OutboxMail> mail = find(topic);
        if (mail.isEmpty() || !mail.get().forgetContent()) {
            return false;
        }
        if (mail.get().getFileName() != null) {
            deleteFile(mail.get().getFileName());
        }
        return true;
    }

    private static void deleteFile(String fileName) {
        try {
            java.nio.file.Files.deleteIfExists(org.jornada.platform.control.DataDirectory.path().resolve(fileName)
                    .normalize());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Optional<OutboxMail> find(String topic) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.topic = :t", OutboxMail.class)
                .setParameter("t", topic).getResultStream().findFirst();
    }

    /** Mails due now: queued and their time come, or claimed by a node that did not finish in time. */
    @Transactional
    public List<Long> due(Instant now, int max) {
        return em.createQuery("SELECT m.id FROM OutboxMail m WHERE (m.state = :queued AND m.nextAttemptAt <= :now)"
                + " OR (m.state = :sending AND m.claimedUntil < :now) ORDER BY m.nextAttemptAt, m.id", Long.class)
                .setParameter("queued", MailState.QUEUED).setParameter("sending", MailState.SENDING)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }

    /** Claims the mail for this node: its sealed MIME, or empty when another node has it or it is done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<byte[]> claim(long id, String node, Instant now) {
        int claimed = em.createQuery("UPDATE OutboxMail m SET m.state = :sending, m.claimedBy = :node,"
                + " m.claimedUntil = :until WHERE m.id = :id AND ((m.state = :queued AND m.nextAttemptAt <= :now)"
                + " OR (m.state = :sending AND m.claimedUntil < :now))")
                .setParameter("sending", MailState.SENDING).setParameter("queued", MailState.QUEUED)
                .setParameter("node", node).setParameter("until", now.plus(CLAIM)).setParameter("now", now)
                .setParameter("id", id).executeUpdate();
        if (claimed != 1) {
            return Optional.empty();
        }
        OutboxMail mail = em.find(OutboxMail.class, id);
        em.refresh(mail);
        return Optional.of(cipher.open(mail.getMimeSealed(), PURPOSE));
    }

    /** The server took it; the feature that queued it hears so in the same transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long id, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.sent(now);
        delivered.fire(new MailDelivered(mail.getTopic(), mail.getMessageId(), now, false, null));
    }

    /** Written to the data folder (no server configured); the feature hears that nothing was sent. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void written(long id, String fileName, Instant now) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        mail.written(fileName, now);
        delivered.fire(new MailDelivered(mail.getTopic(), mail.getMessageId(), now, true, fileName));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long id, String error, Instant now, Duration base, boolean permanent) {
        em.find(OutboxMail.class, id).failed(error, now, base, permanent);
    }

    /** The Message-ID and topic of a claimed mail, for the file name. */
    public Optional<String> topicOf(long id) {
        return Optional.ofNullable(em.find(OutboxMail.class, id)).map(OutboxMail::getTopic);
    }
}
