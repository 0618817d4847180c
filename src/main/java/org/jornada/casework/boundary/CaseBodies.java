package org.jornada.casework.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.entity.CaseState;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.ReportChannel;
import org.jornada.complaint.entity.VisaType;
import org.jornada.directory.boundary.DirectoryIndex;
import org.jornada.directory.entity.EntityKind;
import org.jornada.complaint.entity.StoryKind;
import org.jornada.evidence.boundary.TranscriptBook;
import org.jornada.evidence.entity.Evidence;
import org.jornada.evidence.entity.EvidenceRole;

/**
 * What the staff case API answers, as records JSON-B writes ({@code ApiBodies}: every field
 * named, {@code null} included; times as ISO-8601 instants, days as ISO dates).
 */
public final class CaseBodies {

    private CaseBodies() {
    }

    /** A case in the queue. */
    public record Summary(long id, CaseState state, boolean urgent, List<String> categories, Instant receivedAt,
            String employerName, String recruiterName, String worksiteState, String heldBurst, Long assigneeId,
            LocalDate nearestDeadline, StoryKind storyKind) {

        static Summary of(CaseQueue.Row row, LocalDate nearestDeadline) {
            Complaint c = row.complaint();
            CaseFile f = row.file();
            return new Summary(c.getId(), f.getState(), c.isUrgent(), names(c.getCategories()), c.getReceivedAt(),
                    c.getEmployerName(), c.getRecruiterName(), c.getWorksiteState(), f.getHeldBurst(),
                    f.getAssigneeId(), nearestDeadline, c.getStoryKind());
        }
    }

    public record Queue(List<Summary> items, long total, boolean totalCapped) {
    }

    /** A case with what staff read (the view is audited): the summary's fields and the details. */
    public record Case(long id, CaseState state, boolean urgent, List<String> categories, Instant receivedAt,
            String employerName, String recruiterName, String worksiteState, String heldBurst, Long assigneeId,
            LocalDate nearestDeadline, String narrative, VisaType visaType, boolean inDanger, String language,
            List<MessageThread.Entry> messages, List<EvidenceItem> evidence, List<DeadlineItem> deadlines,
            List<String> allowedTransitions, List<Proposal> directoryProposals, Contact contact, String recruitedIn,
            boolean wantsOrganizing, List<LinkedEntity> entities, long messagesTotal, ReportChannel channel,
            Story story) {

        static Case of(CaseHandling.CaseView view, List<DirectoryIndex.Entry> proposals, LocalDate today) {
            Complaint c = view.complaint();
            CaseFile f = view.file();
            List<DeadlineItem> deadlines = view.clocks().stream().map(k -> DeadlineItem.of(k, today)).toList();
            return new Case(c.getId(), f.getState(), c.isUrgent(), names(c.getCategories()), c.getReceivedAt(),
                    c.getEmployerName(), c.getRecruiterName(), c.getWorksiteState(), f.getHeldBurst(),
                    f.getAssigneeId(), deadlines.stream().filter(DeadlineItem::applicable).map(DeadlineItem::dueOn).findFirst()
                            .orElse(null), view.narrative(),
                    c.getVisaType(), c.isInDanger(), c.getLanguage(), view.messages(),
                    view.evidence().stream().map(e -> EvidenceItem.of(e, view)).toList(), deadlines, MoveCase.allowedFrom(f.getState()),
                    proposals.stream().map(e -> new Proposal(e.id(), e.kind(), e.name())).toList(),
                    view.contact() == null ? null
                            : new Contact(c.getContactChannel(), view.contact(), c.isConsentToContact()),
                    c.getRecruitedIn(), c.isWantsOrganizing(), LinkedEntity.of(c), view.messageCount(), c.getChannel(),
                    Story.of(view));
        }
    }

    /** A directory entry the case counts for in the pattern views. */
    public record LinkedEntity(String role, long entityId) {
        static List<LinkedEntity> of(Complaint c) {
            List<LinkedEntity> linked = new java.util.ArrayList<>();
            if (c.getEmployerEntityId() != null) {
                linked.add(new LinkedEntity("EMPLOYER", c.getEmployerEntityId()));
            }
            if (c.getRecruiterEntityId() != null) {
                linked.add(new LinkedEntity("RECRUITER", c.getRecruiterEntityId()));
            }
            return linked;
        }
    }

    /**
     * A stored file: {@code role} says whether it is evidence, the spoken story or a voice message
     * ({@code messageId}); {@code transcript} its finished machine transcription, if any (issue #29).
     */
    public record EvidenceItem(long id, String sha256, String contentType, Instant capturedAt, EvidenceRole role,
            Long messageId, Transcript transcript) {

        static EvidenceItem of(Evidence e, CaseHandling.CaseView view) {
            return new EvidenceItem(e.getId(), e.getSha256(), e.getContentType(), e.getCapturedAt(), e.getRole(),
                    e.getMessageId(), Transcript.of(view.transcriptOf(e.getId())));
        }
    }

    /**
     * How the worker told the story (issue #29): in writing ({@code TEXT}: the narrative), or by
     * voice ({@code VOICE}: the recording {@code evidenceId}, the narrative then only what was also
     * written).
     */
    public record Story(StoryKind kind, Long evidenceId, String contentType, Transcript transcript) {

        static Story of(CaseHandling.CaseView view) {
            return view.voiceStory()
                    .map(e -> new Story(StoryKind.VOICE, e.getId(), e.getContentType(),
                            Transcript.of(view.transcriptOf(e.getId()))))
                    .orElseGet(() -> new Story(view.complaint().getStoryKind(), null, null, null));
        }
    }

    /** A machine transcription of a recording: always {@code machine: true}, to be checked against the recording. */
    public record Transcript(String text, String engine, boolean machine) {

        static Transcript of(TranscriptBook.Transcript t) {
            return t == null ? null : new Transcript(t.text(), t.engine(), true);
        }
    }

    /** A legal clock; {@code applicable} false with the reason once staff marked it not applicable. */
    public record DeadlineItem(String rule, LocalDate dueOn, String source, String explanation, long daysLeft,
            boolean warning, boolean applicable, String notApplicableReason) {

        static DeadlineItem of(CaseRecords.CaseClock clock, LocalDate today) {
            Deadline d = clock.deadline();
            return new DeadlineItem(d.rule(), d.dueOn(), d.source(), d.explanation(), d.daysLeft(today),
                    clock.isApplicable() && d.isWarning(today), clock.isApplicable(), clock.notApplicableReason());
        }
    }

    /** A directory entry the worker's words point at; staff confirm before anything is linked. */
    public record Proposal(long id, EntityKind kind, String name) {
    }

    public record Contact(ContactChannel channel, String value, boolean consentToContact) {
    }

    public record Moved(long id, CaseState state) {
    }

    public record Assigned(long id, Long assigneeId) {
    }

    public record Released(long id, boolean held) {
    }

    public record LinkedToDirectory(long id, EntityKind kind, Long entryId) {
    }

    /** Enum names, sorted: the order a client sees does not depend on the database. */
    static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }
}
