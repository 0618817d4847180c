package org.jornada.channel.boundary;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.channel.control.ChannelTexts;
import org.jornada.channel.control.Dialogue;
import org.jornada.channel.control.Dialogue.Draft;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.channel.control.Dialogue.State;
import org.jornada.channel.control.Dialogue.Step;
import org.jornada.channel.control.Dialogue.Turn;
import org.jornada.channel.control.DraftCodec;
import org.jornada.channel.control.Inbound;
import org.jornada.evidence.control.EvidenceCodec;
import org.jornada.channel.entity.Conversation;
import org.jornada.channel.entity.HeldMedia;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.SeenMessage;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.SupportedLocales;
import org.jornada.platform.control.Settings;

/**
 * Answers one message of a conversation, in one transaction: a provider's retry of a message
 * already answered is answered with nothing; otherwise the conversation (found by the HMAC of
 * the number) takes one step of the {@link Dialogue} and its effect is carried out (filing the
 * report, looking a case up, adding the message or the files to it, forgetting). The number is in
 * memory only, and stored only as the contact of a report whose worker asked to be told of replies.
 */
@ApplicationScoped
public class ChannelInbox {

    static final String DRAFT = "sealed:channel.draft";
    static final String MEDIA = "sealed:channel.media";

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    ConversationKeys keys;

    @Inject
    MessageCases cases;

    @Inject
    WhatsAppCloud whatsapp;

    @Inject
    SmsGateClient smsgate;

    @Inject
    Clock clock;

    /** The text to send back (empty when nothing is to be said), and the conversation's language. */
    public record Answer(String text, Locale locale, Long caseId) {
        public static Answer none() {
            return new Answer("", SupportedLocales.DEFAULT, null);
        }
    }

    /** How long a conversation waits for the next message ({@code JORNADA_CHANNEL_IDLE_MINUTES}, default 120). */
    static Duration idle() {
        return Duration.ofMinutes(Settings.get("JORNADA_CHANNEL_IDLE_MINUTES").map(Long::parseLong).orElse(120L));
    }

    /**
     * Answers {@code in}, whose files were already fetched and cleaned ({@code files}; {@code refused}
     * counts those of a refused type or size).
     */
    @Transactional
    public Answer answer(Inbound in, List<CleanedEvidence> files, int refused) {
        return answer(in, files, refused, false);
    }

    /** The same, {@code mmsLost} when the SMS gateway passed a picture message on without its content. */
    @Transactional
    public Answer answer(Inbound in, List<CleanedEvidence> files, int refused, boolean mmsLost) {
        Instant now = Instant.now(clock);
        if (!firstTime(in, now)) {
            return Answer.none();
        }
        String key = keys.of(in.number());
        Conversation conversation = current(key, now);
        State state = stateOf(conversation);
        Long caseId = state == null ? null : conversation.getComplaintId();
        Turn turn = Dialogue.answer(state, in.text(), files.size(), canTellOfReplies(in.provider()));
        List<Line> lines = new ArrayList<>(turn.lines());
        if (mmsLost) {
            lines.add(0, new Line("channel.media.mms"));
        } else if (refused > 0) {
            lines.add(0, new Line("channel.media.refused", cases.maxFileMegabytes()));
        }
        if (turn.effect() instanceof Dialogue.Forget) {
            if (conversation != null) {
                forget(conversation);
            }
            if (caseId != null && cases.forgetNumber(caseId, in.number())) {
                lines.set(0, new Line("channel.forgotten.number"));
            }
            return new Answer(ChannelTexts.render(lines, locale(state)), locale(state), null);
        }
        Outcome outcome = carryOut(turn, new Outcome(turn.next(), caseId), state, in, key, files, lines, now);
        if (conversation == null) {
            conversation = new Conversation(key, in.provider(), in.medium());
            em.persist(conversation);
        }
        if (outcome.next() != null) {
            conversation.moveTo(outcome.next().step().name(), cipher.seal(DraftCodec.write(outcome.next().draft()),
                    DRAFT), outcome.caseId(), in.provider(), in.medium(), now, idle());
        } else {
            em.remove(conversation);
        }
        Locale locale = locale(outcome.next() == null ? state : outcome.next());
        return new Answer(ChannelTexts.render(lines, locale), locale, outcome.caseId());
    }

    /** Where the conversation goes after the turn's effect, and the case it is attached to. */
    private record Outcome(State next, Long caseId) {
    }

    private Outcome carryOut(Turn turn, Outcome planned, State before, Inbound in, String key,
            List<CleanedEvidence> files, List<Line> lines, Instant now) {
        Dialogue.Effect effect = turn.effect();
        if (effect instanceof Dialogue.Keep) {
            hold(key, files, now);
        } else if (effect instanceof Dialogue.File file) {
            List<CleanedEvidence> all = new ArrayList<>(held(key));
            all.addAll(files);
            MessageCases.Filed filed = cases.file(in, file.draft(), all, now);
            lines.addAll(filed.lines());
            dropHeld(key);
            return new Outcome(planned.next(), filed.caseId());
        } else if (effect instanceof Dialogue.Lookup lookup) {
            MessageCases.Found found = cases.lookUp(in, key, lookup.code(), now);
            lines.addAll(found.lines());
            return found.caseId() == null ? new Outcome(before, planned.caseId()) : new Outcome(planned.next(),
                    found.caseId());
        } else if (effect instanceof Dialogue.Post post) {
            if (planned.caseId() == null) {
                State again = new State(Step.LANGUAGE, planned.next().draft());
                lines.addAll(Dialogue.question(again));
                return new Outcome(again, null);
            }
            lines.addAll(cases.post(in, planned.caseId(), post.text(), files, now));
        }
        return planned;
    }

    /** False for a provider's retry of a message already answered; else remembers the message. */
    private boolean firstTime(Inbound in, Instant now) {
        if (in.messageId() == null) {
            return true;
        }
        String seenKey = keys.ofMessage(in.provider().name(), in.messageId());
        if (em.find(SeenMessage.class, seenKey) != null) {
            return false;
        }
        em.persist(new SeenMessage(in.provider(), seenKey, now));
        em.flush();
        return true;
    }

    /** The conversation under {@code key}, unless it expired (then it is forgotten now). */
    private Conversation current(String key, Instant now) {
        Conversation conversation = em.find(Conversation.class, key);
        if (conversation != null && conversation.expiredAt(now)) {
            forget(conversation);
            return null;
        }
        return conversation;
    }

    /** Where the worker is; null for a new conversation or a draft no key can open any more. */
    private State stateOf(Conversation conversation) {
        if (conversation == null || conversation.getDraftSealed() == null) {
            return null;
        }
        try {
            return DraftCodec.read(cipher.open(conversation.getDraftSealed(), DRAFT))
                    .map(draft -> new State(Step.valueOf(conversation.getStep()), draft)).orElse(null);
        } catch (RuntimeException retiredKeyOrDamaged) {
            return null;
        }
    }

    /** Whether replies can reach the worker on their own through this provider (Twilio: never). */
    private boolean canTellOfReplies(org.jornada.channel.entity.Provider provider) {
        return switch (provider) {
            case TWILIO -> false;
            case WHATSAPP_CLOUD -> whatsapp.configured();
            case SMSGATE -> smsgate.configured();
        };
    }

    private static Locale locale(State state) {
        return SupportedLocales.of(state == null ? "es" : state.draft().language());
    }

    private void hold(String key, List<CleanedEvidence> files, Instant now) {
        for (CleanedEvidence file : files) {
            em.persist(new HeldMedia(key, cipher.seal(EvidenceCodec.write(file), MEDIA), now));
        }
    }

    private List<CleanedEvidence> held(String key) {
        return em.createQuery("SELECT h FROM HeldMedia h WHERE h.conversationKey = :key ORDER BY h.id",
                HeldMedia.class).setParameter("key", key).getResultStream()
                .flatMap(h -> EvidenceCodec.read(cipher.open(h.getContentSealed(), MEDIA)).stream()).toList();
    }

    private void dropHeld(String key) {
        em.createQuery("DELETE FROM HeldMedia h WHERE h.conversationKey = :key").setParameter("key", key)
                .executeUpdate();
    }

    private void forget(Conversation conversation) {
        dropHeld(conversation.getKey());
        em.remove(conversation);
        em.flush();
    }

    /** Forgets conversations idle past their expiry, their held files, and message ids older than 2 days. */
    @Transactional
    public int purge() {
        Instant now = Instant.now(clock);
        // two plain statements: a DELETE with a subquery on the same tables becomes a MySQL
        // multi-table delete that the embedded H2 refuses
        List<String> expired = em.createQuery("SELECT c.key FROM Conversation c WHERE c.expiresAt <= :now",
                String.class).setParameter("now", now).setMaxResults(1000).getResultList();
        int gone = 0;
        if (!expired.isEmpty()) {
            em.createQuery("DELETE FROM HeldMedia h WHERE h.conversationKey IN :keys").setParameter("keys", expired)
                    .executeUpdate();
            gone = em.createQuery("DELETE FROM Conversation c WHERE c.key IN :keys").setParameter("keys", expired)
                    .executeUpdate();
        }
        em.createQuery("DELETE FROM SeenMessage s WHERE s.seenAt < :then").setParameter("then",
                now.minus(Duration.ofDays(2))).executeUpdate();
        return gone;
    }

    /** Whether {@code medium} is SMS (replies kept to GSM-7 and 3 segments). */
    static boolean isSms(Medium medium) {
        return medium == Medium.SMS;
    }
}
