package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.channel.control.CallFlow.Call;
import org.jornada.channel.control.CallPart;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.channel.control.Phrase;
import org.jornada.channel.control.TextLanguage;
import org.jornada.complaint.boundary.CaseProgress;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.FollowUpAccess;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ComplaintDraft;
import org.jornada.complaint.control.ComplaintValidator;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.ReportChannel;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.SupportedLocales;

/**
 * The phone line's work on cases, in the caller's transaction, through the same complaint services
 * as the message channel: filing a call's report (its recording the story) through
 * {@code ComplaintIntake.fileByMessage}, looking a case up by the code typed on the keypad through
 * {@code FollowUpAccess} (wrong codes spend the web follow-up's limit, per call), its state in the
 * follow-up page's plain words and the advocates' latest replies, and a voice message on its thread.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CallCases {

    /** Replies read at most in one call (the newest, oldest first). */
    static final int REPLIES_READ = 3;
    /** A reply is read up to this many characters (the rest is on the follow-up page). */
    static final int REPLY_SAID_MAX = 1_500;

    @Inject
    ComplaintIntake intake;

    @Inject
    FollowUpAccess followUp;

    @Inject
    MessageThread thread;

    @Inject
    CaseProgress progress;

    @Inject
    OrgTime orgTime;

    @Inject
    Clock clock;

    public record Filed(long caseId, String grouped, boolean urgent) {
    }

    /** The case found (null when not), what to say, and whether the limit of wrong codes was reached. */
    public record Found(Long caseId, List<CallPart.Say> lines, boolean limited, long waitMinutes) {
    }

    /**
     * Files the call's report: {@code voice} (the cleaned recording) is its story; without it, the
     * narrative says in the case's language that the recording could not be fetched (or that none was
     * left), so the report is never lost.
     */
    Filed file(Call call, CleanedEvidence voice) {
        ComplaintDraft form = new ComplaintDraft();
        form.setLanguage(call.language());
        form.setCategories(List.of(call.category() == null ? "OTHER" : call.category().name()));
        Locale locale = SupportedLocales.of(call.language());
        if (voice != null) {
            form.setVoiceStory(true);
            form.setNarrative("");
        } else {
            form.setNarrative(Messages.get(locale, call.recording() != null ? "call.story.notFetched"
                    : "call.story.none"));
        }
        form.setInDanger(call.danger());
        ComplaintValidator.Result valid = new ComplaintValidator(clock).validate(form);
        if (!valid.isValid()) {
            throw new IllegalStateException("A call's report did not validate: " + valid.errors().stream()
                    .map(e -> e.field()).toList());
        }
        ComplaintIntake.Filed filed = intake.fileByMessage(ReportChannel.PHONE, valid.complaint(), List.of(), voice);
        long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();
        return new Filed(id, filed.receipt().grouped(), filed.urgent());
    }

    /** The case whose code was typed: its state and the advocates' latest replies, in the call's language. */
    Found hear(String callKey, String typed, Locale locale) {
        FollowUpAccess.Attempt attempt = followUp.open("call:" + callKey, typed);
        if (!attempt.found()) {
            return new Found(null, List.of(), attempt.limited(), attempt.limited() ? attempt.waitMinutes() : 0);
        }
        long id = attempt.complaint().getId();
        List<CallPart.Say> lines = new ArrayList<>();
        lines.add(new CallPart.Say(new Line("channel.lookup.state", new Phrase("state." + progress.stateOf(id).name()))));
        List<MessageThread.Entry> replies = thread.latest(id, 50).stream()
                .filter(e -> e.from() == MessageAuthor.ADVOCATE).toList();
        if (replies.isEmpty()) {
            lines.add(new CallPart.Say(new Line("call.noReplies")));
        }
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                .withZone(orgTime.getZone());
        for (MessageThread.Entry reply : replies.subList(Math.max(0, replies.size() - REPLIES_READ), replies.size())) {
            String text = reply.text();
            if (text.length() > REPLY_SAID_MAX) {
                text = text.substring(0, REPLY_SAID_MAX) + "…";
            }
            // the date in the call's language; the reply in the voice of the language it was written in
            lines.add(new CallPart.Say(new Line("call.reply", day.format(reply.at()))));
            lines.add(new CallPart.Say(new Line("call.reply.text", text), TextLanguage.of(text, locale.getLanguage())));
        }
        return new Found(id, lines, false, 0);
    }

    /** The worker's voice message on the case's thread, labelled in the case's language. */
    void postVoice(long caseId, CleanedEvidence voice) {
        Locale locale = intake.find(caseId).map(c -> SupportedLocales.of(c.getLanguage()))
                .orElse(SupportedLocales.DEFAULT);
        thread.postVoice(caseId, voice, Messages.get(locale, "message.voice"));
    }
}
