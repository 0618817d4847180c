package org.jornada.casework.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jornada.casework.entity.CaseFile;
import org.jornada.complaint.entity.Complaint;

/** One line of the staff queue ({@link QueuePage}): read once from the case, shown as is. */
public final class QueueRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final long id;
    private final String state;
    private final boolean urgent;
    private final boolean deadlineSoon;
    private final List<String> categories;
    private final String employer;
    private final String recruiter;
    private final String worksiteState;
    private final long ageDays;
    private final LocalDate nearestDeadline;
    private final String assignee;
    private final int unread;
    private final Instant receivedAt;
    private final String heldBurst;
    private final boolean voice;

    QueueRow(Complaint c, CaseFile f, String assignee, LocalDate today) {
        this.id = c.getId();
        this.heldBurst = f.getHeldBurst();
        this.state = f.getState().name();
        this.urgent = c.isUrgent();
        this.nearestDeadline = f.getNearestDeadline();
        this.deadlineSoon = nearestDeadline != null && !nearestDeadline.isAfter(today.plusDays(QueuePage.SOON_DAYS));
        this.categories = c.getCategories().stream().map(Enum::name).sorted().toList();
        this.employer = c.getEmployerName();
        this.recruiter = c.getRecruiterName();
        this.worksiteState = c.getWorksiteState();
        this.ageDays = Duration.between(c.getReceivedAt(), Instant.now()).toDays();
        this.assignee = assignee;
        this.unread = c.getUnreadMessages();
        this.receivedAt = c.getReceivedAt();
        this.voice = c.getStoryKind() == org.jornada.complaint.entity.StoryKind.VOICE;
    }

    /** Told by voice (issue #29): the queue marks it. */
    public boolean isVoice() {
        return voice;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public long getId() {
        return id;
    }

    public String getState() {
        return state;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isDeadlineSoon() {
        return deadlineSoon;
    }

    public List<String> getCategories() {
        return categories;
    }

    public String getEmployer() {
        return employer;
    }

    public String getRecruiter() {
        return recruiter;
    }

    public String getWorksiteState() {
        return worksiteState;
    }

    public long getAgeDays() {
        return ageDays;
    }

    public LocalDate getNearestDeadline() {
        return nearestDeadline;
    }

    public String getAssignee() {
        return assignee;
    }

    public int getUnread() {
        return unread;
    }

    public String getHeldBurst() {
        return heldBurst;
    }
}
