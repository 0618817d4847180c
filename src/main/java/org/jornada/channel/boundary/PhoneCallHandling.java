package org.jornada.channel.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.channel.control.CallFlow;
import org.jornada.channel.control.CallFlow.Heard;
import org.jornada.channel.control.CallFlow.Step;
import org.jornada.channel.control.CallPart;
import org.jornada.channel.control.ChannelSettings;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.channel.control.VoiceTwiml;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.evidence.control.UnsupportedEvidenceException;
import org.jornada.platform.control.SupportedLocales;

/**
 * Carries one verified step of a phone call through: the step ({@link PhoneCalls#begin}); for a
 * report or a voice message, the recording fetched from Twilio as MP3 ({@code RecordingUrl.mp3}, with
 * the account's credentials, at most {@link EvidenceLimits#MAX_BYTES}: 5 minutes at up to 256 kbit/s),
 * cleaned like any upload, and kept ({@link PhoneCalls#finish}); then Twilio's copy deleted. A
 * recording not yet ready is asked for again, {@link #FETCHES} times a second apart; one that cannot
 * be had does not lose the report (filed saying so, and Twilio's copy left for staff to fetch by
 * hand). Never logs a number, a key pressed or an address.
 */
@ApplicationScoped
public class PhoneCallHandling {

    private static final Logger LOG = Logger.getLogger(PhoneCallHandling.class.getName());
    static final int FETCHES = 3;

    @Inject
    PhoneCalls calls;

    @Inject
    ConversationKeys keys;

    @Inject
    TwilioMedia media;

    @Inject
    EvidenceService evidence;

    private ChannelSettings settings;

    @PostConstruct
    void init() {
        settings = ChannelSettings.read();
    }

    public ChannelSettings settings() {
        return settings;
    }

    /** The TwiML answer to a step posted at {@code at} (null: the call's first webhook). */
    public String answer(String callSid, Step at, Heard heard, Function<Step, String> url) {
        try {
            String key = keys.ofCall(callSid);
            PhoneCalls.Said said = calls.begin(key, at, heard);
            String recording = recordingOf(said.turn().effect());
            if (said.turn().effect() instanceof CallFlow.File || said.turn().effect() instanceof CallFlow.KeepMessage) {
                CleanedEvidence voice = recording == null ? null : fetch(recording);
                said = calls.finish(key, said, voice);
                if (voice != null) {
                    forgetCopy(recording);
                }
            }
            return VoiceTwiml.of(said.turn().parts(), said.locale(), url);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A call's step could not be answered: " + e.getClass().getSimpleName(), e);
            return VoiceTwiml.of(List.of(new CallPart.Say(new Line("call.error")), new CallPart.Hangup()),
                    SupportedLocales.DEFAULT, url);
        }
    }

    /** Twilio said the call ended (completed, busy, failed, no answer, canceled): forgotten now. */
    public void ended(String callSid) {
        calls.ended(keys.ofCall(callSid));
    }

    private static String recordingOf(CallFlow.Effect effect) {
        if (effect instanceof CallFlow.File file) {
            return file.call().recording();
        }
        return effect instanceof CallFlow.KeepMessage message ? message.recording() : null;
    }

    /** The recording, cleaned; null when it could not be had or cleaned. */
    private CleanedEvidence fetch(String recording) {
        for (int attempt = 1; attempt <= FETCHES; attempt++) {
            try {
                return evidence.clean(media.download(recording + ".mp3", EvidenceLimits.MAX_BYTES).bytes());
            } catch (UnsupportedEvidenceException | org.jornada.channel.control.MediaBytes.TooLargeException e) {
                LOG.warning("A call's recording could not be cleaned: " + e.getClass().getSimpleName());
                return null;
            } catch (IOException | RuntimeException e) {
                LOG.info("A call's recording could not be fetched (" + attempt + " of " + FETCHES + "): "
                        + e.getClass().getSimpleName());
                if (attempt < FETCHES && !pause()) {
                    return null;
                }
            }
        }
        return null;
    }

    private static boolean pause() {
        try {
            Thread.sleep(1000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Deletes Twilio's copy ({@code DELETE …/Recordings/RE….json}) once the recording is kept. */
    private void forgetCopy(String recording) {
        try {
            media.delete(recording + ".json");
        } catch (IOException | RuntimeException e) {
            LOG.warning("Twilio's copy of a call's recording was not deleted: " + e.getClass().getSimpleName());
        }
    }
}
