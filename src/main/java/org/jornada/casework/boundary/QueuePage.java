package org.jornada.casework.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jornada.platform.control.UsStates;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Category;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.boundary.QueueNotices;
import org.jornada.staff.boundary.StaffAccounts;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * {@code /staff/queue}: every case an advocate may work, urgent first (COERCION, "in danger now",
 * a clock under 14 days), with filters, search by employer or recruiter, and saved filters
 * ({@code ?saved=mine}, {@code urgent-unassigned}, {@code deadline-14}; supervisors also
 * {@code held}: complaints held apart as part of a burst from one client). Paged on the server.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A clock closer than this floats the case up and marks it. */
    public static final int SOON_DAYS = 14;

    @Inject
    transient CaseQueue queue;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient StaffAccounts directory;

    @Inject
    transient CaseRecords details;

    @Inject
    transient jakarta.enterprise.inject.Instance<QueueNotices> queueNotices;

    private transient List<QueueNotices.Notice> notices;
    private transient java.util.Set<Long> flagged;

    private String saved;
    /** A state's name, {@link #OPEN} (the default: every case not ended) or empty (any state). */
    private String state = OPEN;
    private boolean urgentOnly;
    private String text;
    private CaseQueue.Assignee assignee = CaseQueue.Assignee.ANY;
    private String category;
    private String worksiteState;
    private Integer deadlineDays;
    private boolean held;
    private Long entity;
    /** Complaints held in bursts and how many of them say urgent (supervisors), read once per view. */
    private long[] heldCounts = {0, 0};

    private final LazyDataModel<QueueRow> cases = new QueueTableModel(this);

    /** Applies a saved filter named in the address. */
    public void applySaved() {
        if (current.get().seesAllCases()) {
            heldCounts = queue.heldCounts();
        }
        if (entity != null && OPEN.equals(state)) {
            state = "";
        }
        if (saved == null) {
            return;
        }
        switch (saved) {
            case "mine" -> assignee = CaseQueue.Assignee.MINE;
            case "urgent-unassigned" -> {
                assignee = CaseQueue.Assignee.UNASSIGNED;
                urgentOnly = true;
            }
            case "deadline-14" -> deadlineDays = SOON_DAYS;
            case "held" -> held = true;
            default -> saved = null;
        }
    }

    CaseQueue.Filter filter(CaseQueue.Sort sort) {
        CaseState stateFilter = known(CaseState.class, state);
        Category categoryFilter = known(Category.class, category);
        // the cases behind a pattern view's number are every case it counted, ended ones too
        boolean openOnly = OPEN.equals(state) && entity == null;
        return new CaseQueue.Filter(stateFilter, urgentOnly ? Boolean.TRUE : null, text, assignee, categoryFilter,
                worksiteState, deadlineDays, sort, held, entity, openOnly);
    }

    /** The directory entry whose linked cases the queue shows ({@code ?entity=}, from a pattern view), or null. */
    public Long getEntity() {
        return entity;
    }

    public void setEntity(Long entity) {
        this.entity = entity;
    }

    /** The name of that entry, for the banner above the queue. */
    public String getEntityName() {
        return entity == null ? null : details.entryName(entity);
    }

    /** Other features' notices (due referrals, urgent notices that did not go out), read once per request. */
    public List<QueueNotices.Notice> getNotices() {
        if (notices == null) {
            java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
            notices = queueNotices.stream().flatMap(n -> n.notices(current.get(), locale).stream()).toList();
        }
        return notices;
    }

    /** Cases another feature flags (a referral due for a follow-up call), read once per request. */
    public java.util.Set<Long> getFlagged() {
        if (flagged == null) {
            flagged = queueNotices.stream().flatMap(n -> n.flagged(current.get()).stream())
                    .collect(java.util.stream.Collectors.toSet());
        }
        return flagged;
    }

    public boolean isSupervisor() {
        return current.get().seesAllCases();
    }

    public boolean isHeld() {
        return held;
    }

    public long getHeldCount() {
        return heldCounts[0];
    }

    public long getHeldUrgentCount() {
        return heldCounts[1];
    }

    /** The named constant, or null for empty or unknown input (a hand-made request gets no filter). */
    static <E extends Enum<E>> E known(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    static CaseQueue.Sort sort(Map<String, SortMeta> sortBy) {
        for (SortMeta meta : sortBy.values()) {
            boolean ascending = meta.getOrder() == SortOrder.ASCENDING;
            if ("receivedAt".equals(meta.getField())) {
                return ascending ? CaseQueue.Sort.OLDEST : CaseQueue.Sort.NEWEST;
            }
            if ("nearestDeadline".equals(meta.getField())) {
                return CaseQueue.Sort.DEADLINE;
            }
        }
        return CaseQueue.Sort.TRIAGE;
    }

    public void clear() {
        saved = null;
        state = OPEN;
        urgentOnly = false;
        text = null;
        assignee = CaseQueue.Assignee.ANY;
        category = null;
        worksiteState = null;
        deadlineDays = null;
    }

    public LazyDataModel<QueueRow> getCases() {
        return cases;
    }

    /** The state filter's default: the cases still open, not resolved, closed or marked duplicate. */
    public static final String OPEN = "OPEN";

    public List<String> getStates() {
        return Arrays.stream(CaseState.values()).map(Enum::name).toList();
    }

    public List<String> getCategoryCodes() {
        return Arrays.stream(Category.values()).map(Enum::name).toList();
    }

    public List<String> getUsStates() {
        return UsStates.CODES;
    }

    public CaseQueue.Assignee[] getAssignees() {
        return CaseQueue.Assignee.values();
    }

    public String getSaved() {
        return saved;
    }

    public void setSaved(String saved) {
        this.saved = saved;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public boolean isUrgentOnly() {
        return urgentOnly;
    }

    public void setUrgentOnly(boolean urgentOnly) {
        this.urgentOnly = urgentOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null || text.length() <= 200 ? text : text.substring(0, 200);
    }

    public CaseQueue.Assignee getAssignee() {
        return assignee;
    }

    public void setAssignee(CaseQueue.Assignee assignee) {
        this.assignee = assignee;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getWorksiteState() {
        return worksiteState;
    }

    public void setWorksiteState(String worksiteState) {
        this.worksiteState = worksiteState;
    }

    public Integer getDeadlineDays() {
        return deadlineDays;
    }

    public void setDeadlineDays(Integer deadlineDays) {
        this.deadlineDays = deadlineDays == null ? null : Math.max(0, Math.min(deadlineDays, 3650));
    }
}
