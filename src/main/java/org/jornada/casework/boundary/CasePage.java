package org.jornada.casework.boundary;

import jakarta.faces.application.FacesMessage;
import org.jornada.platform.boundary.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.StaffAccount;

/**
 * {@code /staff/cases/{id}}: everything the worker sent (decrypted for staff), the workflow,
 * assignment, the verification checklist, messages with the worker and internal notes, legal
 * clocks (mark one not applicable), related and duplicate cases (the directory links are
 * {@link CaseDirectorySection}'s). Actions go to {@link CaseHandling}
 * and {@link CaseRecords}, which enforce the rules and audit; this bean keeps the form state.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {
    // size: the form state and actions case.xhtml binds (reply, note, move, assign, checklist); the
    // sections with logic of their own are already apart (CaseDirectorySection, CaseLinksSection, ...).

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseHandling work;

    @Inject
    transient CaseRecords details;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient StaffAccounts directory;

    /** How many notes and messages the page shows before "show more". */
    static final int SHOWN = 20;

    private Long id;
    private String messagesAsked;
    private String notesAsked;
    private String referralsAsked;
    private String reply;
    private String note;

    private boolean noteForReferral;
    private String target;
    private String reason;
    private Long assignTo;

    @Inject
    transient org.jornada.platform.boundary.RequestMemo memo;



    @Inject
    transient MoveCase moveCase;

    @Inject
    transient AssignCase assignCase;

    @Inject
    transient MessageWorker messageWorker;

    @Inject
    transient AddCaseNote addNote;

    @Inject
    transient ReleaseHeldCase releaseHeld;

    @Inject
    transient CheckChecklistItem checkItem;



    /** Opens the case (audited) or answers 404 when it does not exist or is not this person's. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<Complaint> found = id == null ? Optional.empty() : work.visible(me(), id);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        memo.put("casePage.view", work.view(me(), found.get(), messagesLimit()));
    }

    private int messagesLimit() {
        return org.jornada.platform.control.ListWindow.limit(messagesAsked, SHOWN);
    }

    /**
     * What the page shows beside the case itself, read once per request (never from a getter's
     * query, never kept in the view: see {@link org.jornada.platform.boundary.RequestMemo}): the
     * newest notes and how many there are.
     */
    private record Shown(List<CaseRecords.Note> notes, long noteCount, CaseChecklist checklist,
            List<StaffAccount> caseWorkers, String assigneeName) {
    }

    private Shown shown() {
        if (getView() == null) {
            return null;
        }
        return memo.get("casePage.shown", () -> {
            Long assignee = getView().file().getAssigneeId();
            return new Shown(details.notes(id, org.jornada.platform.control.ListWindow.limit(notesAsked, SHOWN)),
                    details.noteCount(id), details.checklist(id),
                    me().seesAllCases() ? directory.caseWorkers() : List.of(),
                    assignee == null ? null : directory.usernames(List.of(assignee)).get(assignee));
        });
    }

    StaffPrincipal me() {
        return current.get();
    }

    Complaint complaint() {
        return work.visible(me(), id).orElseThrow(() -> new IllegalStateException("case no longer visible"));
    }

    public CaseHandling.CaseView getView() {
        if (id == null) {
            if (FacesContext.getCurrentInstance().isPostback()) {
                // the view came back without its bean (the session dropped it): expired, not a fault
                throw new jakarta.faces.application.ViewExpiredException("case page without its case",
                        FacesContext.getCurrentInstance().getViewRoot().getViewId());
            }
            return null;
        }
        return memo.get("casePage.view", () -> work.snapshot(complaint(), messagesLimit()));
    }

    /** Done: the case page loads again with a GET (a refresh never repeats the change). */
    void refresh(String doneKey) {
        PageMessages.doneThenReload("/staff/cases/" + id, doneKey);
    }

    void say(FacesMessage.Severity severity, String key, Object... args) {
        PageMessages.say(severity, key, args);
    }

    public void sendReply() {
        done(() -> messageWorker.run(me(), id, new MessageWorker.Input(reply)).isPresent(), "caseview.replySent");
    }

    public void addNote() {
        done(() -> addNote.run(me(), id, new AddCaseNote.Input(note, noteForReferral)), "caseview.noteAdded");
    }

    public void move() {
        try {
            done(() -> moveCase.run(me(), id, new MoveCase.Input(QueuePage.known(CaseState.class, target), reason)),
                    "caseview.moved");
        } catch (IllegalTransitionException refused) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.moveRefused");
        }
    }

    public void take() {
        done(() -> assignCase.run(me(), id, new AssignCase.Input(me().staffId())), "caseview.assigned");
    }

    /** Supervisors put a complaint held as part of a burst into the triage queue. */
    public void releaseFromHold() {
        PageMessages.run(() -> releaseHeld.run(me(), id)).ifPresent(outcome -> {
            switch (outcome) {
                case RELEASED -> refresh("caseview.releasedFromHold");
                case NOT_HELD -> say(FacesMessage.SEVERITY_ERROR, "caseview.notHeld");
                default -> say(FacesMessage.SEVERITY_ERROR, "staff.caseNotFound");
            }
        });
    }

    public boolean isHeld() {
        return getView() != null && getView().file().isHeld();
    }

    public void release() {
        done(() -> assignCase.run(me(), id, new AssignCase.Input(null)), "caseview.assigned");
    }

    /** Supervisors assign and reassign to anyone who works cases. */
    public void assign() {
        if (assignTo == null) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.assignRefused");
            return;
        }
        done(() -> assignCase.run(me(), id, new AssignCase.Input(assignTo)), "caseview.assigned");
    }

    public void toggle(String item) {
        CaseChecklist.Item known = QueuePage.known(CaseChecklist.Item.class, item);
        boolean done = known != null && !shown().checklist().has(known);
        // The last item done verifies a case not yet verified (CheckChecklistItem): the message says so.
        var before = getView().file();
        boolean verifies = done && !before.isHeld() && java.util.EnumSet.of(org.jornada.complaint.entity.CaseState.RECEIVED,
                org.jornada.complaint.entity.CaseState.TRIAGED, org.jornada.complaint.entity.CaseState.VERIFYING)
                .contains(before.getState()) && java.util.Arrays.stream(CaseChecklist.Item.values())
                        .filter(i -> i != known).allMatch(shown().checklist()::has);
        done(() -> checkItem.run(me(), id, new CheckChecklistItem.Input(known, done)),
                verifies ? "caseview.checklistVerified" : "caseview.checklistSaved");
    }

    /**
     * Runs a case command: done, the page loads again with the message; refused, the page says
     * why with what was typed kept; no such case for this person, it says so.
     */
    public void done(java.util.function.Supplier<Boolean> command, String doneKey) {
        PageMessages.run(command).ifPresent(found -> {
            if (found) {
                refresh(doneKey);
            } else {
                say(FacesMessage.SEVERITY_ERROR, "staff.caseNotFound");
            }
        });
    }

    /** The newest notes, newest first. */
    public List<CaseRecords.Note> getNotes() {
        return shown().notes();
    }

    public org.jornada.platform.control.ListWindow getNotesWindow() {
        return new org.jornada.platform.control.ListWindow(shown().notes().size(), shown().noteCount());
    }

    /** The newest messages of the thread (oldest of them first) and how many there are. */
    public org.jornada.platform.control.ListWindow getMessagesWindow() {
        return new org.jornada.platform.control.ListWindow(getView().messages().size(), getView().messageCount());
    }

    public String getMessagesAsked() {
        return messagesAsked;
    }

    public void setMessagesAsked(String messagesAsked) {
        this.messagesAsked = messagesAsked;
    }

    public String getReferralsAsked() {
        return referralsAsked;
    }

    public void setReferralsAsked(String referralsAsked) {
        this.referralsAsked = referralsAsked;
    }

    public String getNotesAsked() {
        return notesAsked;
    }

    public void setNotesAsked(String notesAsked) {
        this.notesAsked = notesAsked;
    }

    public CaseChecklist getChecklist() {
        return shown().checklist();
    }

    public CaseChecklist.Item[] getChecklistItems() {
        return CaseChecklist.Item.values();
    }

    public List<String> getAllowedStates() {
        return MoveCase.allowedFrom(getView().file().getState());
    }

    public List<StaffAccount> getCaseWorkers() {
        return shown().caseWorkers();
    }

    public String getAssigneeName() {
        return shown().assigneeName();
    }

    public boolean isMine() {
        Long assignee = getView().file().getAssigneeId();
        return assignee != null && assignee == me().staffId();
    }

    public boolean isSupervisor() {
        return me().seesAllCases();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    /** Where a worker was recruited, in the page's language: a Mexican state or a country. */
    public String placeName(String code) {
        java.util.Locale locale = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return org.jornada.platform.control.RecruitmentPlaces.isMexicanState(code)
                ? org.jornada.platform.control.Messages.get(locale, "mxstate." + code) + ", "
                        + org.jornada.platform.control.RecruitmentPlaces.countryName("MX", locale)
                : org.jornada.platform.control.RecruitmentPlaces.countryName(code, locale);
    }

    public boolean isNoteForReferral() {
        return noteForReferral;
    }

    public void setNoteForReferral(boolean noteForReferral) {
        this.noteForReferral = noteForReferral;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getAssignTo() {
        return assignTo;
    }

    public void setAssignTo(Long assignTo) {
        this.assignTo = assignTo;
    }

}
