package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jornada.channel.control.Dialogue.Draft;
import org.jornada.channel.control.Dialogue.Line;
import org.jornada.channel.control.Inbound;
import org.jornada.channel.control.Phrase;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.MessageCase;
import org.jornada.complaint.boundary.CaseErasure;
import org.jornada.complaint.boundary.CaseProgress;
import org.jornada.complaint.boundary.ComplaintIntake;
import org.jornada.complaint.boundary.FollowUpAccess;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.control.ComplaintDraft;
import org.jornada.complaint.control.ComplaintValidator;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.complaint.entity.ReceiptCode;
import org.jornada.complaint.entity.ReportChannel;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.control.CleanedEvidence;
import org.jornada.evidence.control.EvidenceLimits;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.Messages;

/**
 * The channel's work on cases, in the inbox's transaction: filing a finished conversation through
 * the same intake as the web form, looking a case up by its code (spending the web follow-up's
 * limit for wrong codes, per conversation), adding the worker's messages and files, and giving the
 * advocates' replies not yet given in the chat.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MessageCases {

    /** Replies shown at most in one answer (the rest wait for the next message). */
    static final int REPLIES_AT_ONCE = 3;
    /** The start of a long reply given by SMS (the case page tells advocates). */
    static final int SMS_REPLY_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    ComplaintIntake intake;

    @Inject
    FollowUpAccess followUp;

    @Inject
    MessageThread thread;

    @Inject
    CaseProgress progress;

    @Inject
    EvidenceService evidence;

    @Inject
    OrgTime orgTime;

    @Inject
    CaseErasure erasure;

    @Inject
    Clock clock;

    public record Filed(long caseId, List<Line> lines) {
    }

    /** The case found (null when not), and what to say. */
    public record Found(Long caseId, List<Line> lines) {
    }

    int maxFileMegabytes() {
        return EvidenceLimits.MAX_BYTES / (1024 * 1024);
    }

    Filed file(Inbound in, Draft draft, List<CleanedEvidence> files, Instant now) {
        ComplaintDraft form = new ComplaintDraft();
        form.setLanguage(draft.language());
        form.setCategories(List.of(draft.category().name()));
        form.setEmployerName(draft.employer());
        form.setWorksiteState(draft.state());
        Locale locale = Locale.forLanguageTag(draft.language());
        form.setNarrative(draft.account() != null ? draft.account()
                : Messages.get(locale, "channel.account.mediaOnly"));
        form.setInDanger(draft.danger());
        if (draft.wantsNotice()) {
            form.setContactChannel((in.medium() == Medium.WHATSAPP ? ContactChannel.WHATSAPP : ContactChannel.PHONE)
                    .name());
            form.setContactValue(in.number());
            form.setConsentToContact(true);
        }
        ComplaintValidator.Result valid = new ComplaintValidator(clock).validate(form);
        if (!valid.isValid()) {
            throw new IllegalStateException("A finished conversation did not validate: " + valid.errors().stream()
                    .map(e -> e.field()).toList());
        }
        List<CleanedEvidence> fitting = files.subList(0, Math.min(files.size(), EvidenceLimits.MAX_FILES_PER_CASE));
        ComplaintIntake.Filed filed = intake.fileByMessage(
                in.medium() == Medium.WHATSAPP ? ReportChannel.WHATSAPP : ReportChannel.SMS, valid.complaint(), fitting);
        long id = intake.findByReceipt(filed.receipt()).orElseThrow().getId();
        em.persist(new MessageCase(id, in.provider(), in.medium(), draft.wantsNotice(), now));
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("channel.filed", filed.receipt().grouped()));
        if (filed.urgent()) {
            lines.add(new Line("channel.filed.urgent"));
        }
        if (!fitting.isEmpty()) {
            lines.add(new Line("channel.filed.media", fitting.size()));
        }
        lines.add(new Line("channel.case.help"));
        return new Filed(id, lines);
    }

    Found lookUp(Inbound in, String conversationKey, ReceiptCode code, Instant now) {
        FollowUpAccess.Attempt attempt = followUp.open("channel:" + conversationKey, code.digits());
        if (!attempt.found()) {
            return new Found(null, List.of(attempt.limited() ? new Line("channel.limited", attempt.waitMinutes())
                    : new Line("channel.notFound")));
        }
        long id = attempt.complaint().getId();
        MessageCase known = em.find(MessageCase.class, id);
        if (known == null) {
            known = new MessageCase(id, in.provider(), in.medium(), false, now);
            known.repliesGivenUpto(Instant.EPOCH);
            em.persist(known);
        }
        known.heardFrom(in.provider(), in.medium(), now);
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("channel.lookup.state", new Phrase("state." + progress.stateOf(id).name())));
        lines.addAll(replies(known, true));
        lines.add(new Line("channel.lookup.next"));
        return new Found(id, lines);
    }

    List<Line> post(Inbound in, long caseId, String text, List<CleanedEvidence> files, Instant now) {
        List<Line> lines = new ArrayList<>();
        if (!text.isBlank()) {
            int length = Math.min(text.codePointCount(0, text.length()), MessageThread.TEXT_MAX);
            thread.post(caseId, MessageAuthor.WORKER, text.substring(0, text.offsetByCodePoints(0, length)));
            lines.add(new Line("channel.posted"));
        }
        int added = 0;
        for (CleanedEvidence file : files) {
            if (evidence.addToCase(caseId, file).isPresent()) {
                added++;
            }
        }
        if (added > 0) {
            lines.add(new Line("channel.media.added", added));
        }
        MessageCase known = em.find(MessageCase.class, caseId);
        if (known != null) {
            known.heardFrom(in.provider(), in.medium(), now);
            lines.addAll(replies(known, false));
        }
        return lines;
    }

    /** The advocates' replies not yet given in the chat, oldest first, at most {@link #REPLIES_AT_ONCE}. */
    private List<Line> replies(MessageCase known, boolean sayNone) {
        Instant upto = known.getRepliesUpto() == null ? Instant.EPOCH : known.getRepliesUpto();
        List<MessageThread.Entry> unread = thread.latest(known.getComplaintId(), 50).stream()
                .filter(e -> e.from() == MessageAuthor.ADVOCATE && e.at().isAfter(upto)).toList();
        List<Line> lines = new ArrayList<>();
        if (unread.isEmpty()) {
            if (sayNone) {
                lines.add(new Line("channel.lookup.noReplies"));
            }
            return lines;
        }
        int atOnce = known.getMedium() == Medium.SMS ? 1 : REPLIES_AT_ONCE;
        List<MessageThread.Entry> shown = unread.subList(0, Math.min(atOnce, unread.size()));
        ZoneId zone = orgTime.getZone();
        boolean cut = false;
        for (MessageThread.Entry reply : shown) {
            String text = reply.text();
            if (known.getMedium() == Medium.SMS && text.length() > SMS_REPLY_MAX) {
                // an SMS answer is at most 3 segments: the start of a long reply, and where to read it all
                int end = text.lastIndexOf(' ', SMS_REPLY_MAX);
                text = text.substring(0, end > SMS_REPLY_MAX / 2 ? end : SMS_REPLY_MAX) + "...";
                cut = true;
            }
            lines.add(new Line("channel.lookup.reply", DateTimeFormatter.ofPattern("d/M").format(reply.at().atZone(zone)),
                    text));
        }
        if (cut) {
            lines.add(new Line("channel.reply.cut"));
        }
        known.repliesGivenUpto(shown.get(shown.size() - 1).at());
        return lines;
    }

    /**
     * {@code SALIR}/{@code STOP} on a case's conversation: nothing more is sent on its own, and the
     * number, if it is the case's contact, is erased as the worker's own request (as on the
     * follow-up page). True when a number was erased.
     */
    boolean forgetNumber(long caseId, String number) {
        MessageCase known = em.find(MessageCase.class, caseId);
        if (known != null) {
            known.stopNotices();
        }
        Complaint complaint = intake.find(caseId).orElse(null);
        if (complaint == null || complaint.getContactSealed() == null || !number.equals(intake.contactOf(complaint))) {
            return false;
        }
        return erasure.eraseContact(caseId, CaseErasure.Why.WORKER_REQUEST, false);
    }

    /** A worker's erased contact ends what the channel could send on its own. */
    void contactErased(@Observes(during = jakarta.enterprise.event.TransactionPhase.IN_PROGRESS)
            CaseErasure.ContactErased erased) {
        MessageCase known = em.find(MessageCase.class, erased.caseId());
        if (known != null) {
            known.stopNotices();
        }
    }
}
