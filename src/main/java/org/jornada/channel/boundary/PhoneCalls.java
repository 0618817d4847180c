package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.jornada.channel.control.CallCodec;
import org.jornada.channel.control.CallFlow;
import org.jornada.channel.control.CallFlow.Call;
import org.jornada.channel.control.CallFlow.Heard;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.channel.control.CallFlow.Turn;
import org.jornada.channel.entity.PhoneCall;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.SupportedLocales;

/**
 * A phone call's steps, each in a transaction: the call (found by the HMAC of its CallSid, state
 * sealed) takes one step of the {@link CallFlow}; a code typed is looked up at once; filing and
 * keeping a voice message wait for the recording, fetched between {@link #begin} and {@link #finish}
 * outside any transaction ({@link PhoneCallHandling}). A call is forgotten when the flow ends it, when
 * Twilio says it ended, or 15 minutes after its last step.
 */
@ApplicationScoped
public class PhoneCalls {

    static final String STATE = "sealed:channel.call";
    /** A call with no step for this long is forgotten (a whole recording is 5 minutes). */
    static final Duration IDLE = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    @Inject
    DataCipher cipher;

    @Inject
    CallCases cases;

    @Inject
    Clock clock;

    /** A step's turn, and the language it is said in. */
    public record Said(Turn turn, Locale locale) {
    }

    /** One step; a turn whose effect is filing or keeping a message is returned for {@link #finish}. */
    @Transactional
    public Said begin(String key, Step at, Heard heard) {
        Instant now = Instant.now(clock);
        PhoneCall row = current(key, now);
        Call before = stateOf(row);
        Turn turn = CallFlow.answer(before, at, heard);
        Locale locale = localeOf(turn, before);
        Long caseId = null;
        if (turn.effect() instanceof CallFlow.Lookup lookup) {
            CallCases.Found found = cases.hear(key, lookup.typed(), locale);
            caseId = found.caseId();
            turn = found.caseId() != null ? CallFlow.found(turn.next(), found.lines())
                    : CallFlow.notFound(turn.next(), found.limited(), found.waitMinutes());
        } else if (turn.effect() instanceof CallFlow.File || turn.effect() instanceof CallFlow.KeepMessage) {
            return new Said(turn, locale);
        }
        keep(row, key, turn.next(), caseId, now);
        return new Said(turn, locale);
    }

    /** Carries out a filing or a voice message with the recording ({@code voice}; null when it could not be had). */
    @Transactional
    public Said finish(String key, Said begun, CleanedEvidence voice) {
        Instant now = Instant.now(clock);
        PhoneCall row = em.find(PhoneCall.class, key);
        Turn turn = begun.turn();
        Long caseId = null;
        if (turn.effect() instanceof CallFlow.File file) {
            CallCases.Filed filed = cases.file(file.call(), voice);
            caseId = filed.caseId();
            turn = CallFlow.filed(file.call(), turn.parts(), filed.grouped(), filed.urgent(), voice != null);
        } else if (turn.effect() instanceof CallFlow.KeepMessage) {
            Long onCase = row == null ? null : row.getComplaintId();
            boolean kept = onCase != null && voice != null;
            if (kept) {
                cases.postVoice(onCase, voice);
            }
            turn = CallFlow.messageSaved(kept);
        }
        keep(row, key, turn.next(), caseId, now);
        return new Said(turn, begun.locale());
    }

    /** Twilio said the call ended: it is forgotten now. */
    @Transactional
    public void ended(String key) {
        PhoneCall row = em.find(PhoneCall.class, key);
        if (row != null) {
            em.remove(row);
        }
    }

    /** Forgets calls idle past their expiry. */
    @Transactional
    public int purge() {
        return em.createQuery("DELETE FROM PhoneCall p WHERE p.expiresAt <= :now")
                .setParameter("now", Instant.now(clock)).executeUpdate();
    }

    private void keep(PhoneCall row, String key, Call next, Long caseId, Instant now) {
        if (next == null) {
            if (row != null) {
                em.remove(row);
            }
            return;
        }
        PhoneCall call = row;
        if (call == null) {
            call = new PhoneCall(key);
            call.moveTo(next.step().name(), cipher.seal(CallCodec.write(next), STATE), caseId, now, IDLE);
            em.persist(call);
            return;
        }
        call.moveTo(next.step().name(), cipher.seal(CallCodec.write(next), STATE), caseId, now, IDLE);
    }

    private PhoneCall current(String key, Instant now) {
        PhoneCall row = em.find(PhoneCall.class, key);
        if (row != null && row.expiredAt(now)) {
            em.remove(row);
            em.flush();
            return null;
        }
        return row;
    }

    /** The call's state; null for a new call, or one no key can open any more (it starts over). */
    private Call stateOf(PhoneCall row) {
        if (row == null) {
            return null;
        }
        try {
            return CallCodec.read(cipher.open(row.getStateSealed(), STATE)).orElse(null);
        } catch (RuntimeException retiredKeyOrDamaged) {
            return null;
        }
    }

    private static Locale localeOf(Turn turn, Call before) {
        Call call = turn.next() != null ? turn.next() : before;
        return SupportedLocales.of(call == null ? "es" : call.language());
    }
}
