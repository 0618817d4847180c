package org.jornada.casework.boundary;

import jakarta.faces.application.FacesMessage;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.Refused;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jornada.casework.entity.CaseChecklist;
import org.jornada.casework.entity.CaseLink;
import org.jornada.complaint.boundary.MessageThread;
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
 * {@link CaseDirectorySection}'s). Actions go to {@link CaseWork}
 * and {@link CaseDetails}, which enforce the rules and audit; this bean keeps the form state.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CaseWork work;

    @Inject
    transient CaseDetails details;

    @Inject
    transient CurrentStaff current;

    @Inject
    transient StaffAccounts directory;

    private Long id;
    private transient CaseWork.CaseView view;
    private String reply;
    private String note;
    private String target;
    private String reason;
    private Long assignTo;
    private String waiveRule;
    private String waiveReason;
    private Long linkTo;
    private transient Shown shown;



    @Inject
    transient LinkCases linkCases;
    private String linkKind = CaseLink.Kind.RELATED.name();

    /** Opens the case (audited) or answers 404 when it does not exist or is not this person's. */
    public void open() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<Complaint> found = id == null ? Optional.empty() : work.visible(me(), id);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
            return;
        }
        view = work.view(me(), found.get());
        shown = null;
    }

    /** What the page shows beside the case itself, read once per page load (never from a getter's query). */
    private record Shown(List<CaseDetails.Note> notes, CaseChecklist checklist, List<CaseDetails.CaseClock> clocks,
            List<CaseLink> links, List<Complaint> suggestions, List<StaffAccount> caseWorkers, String assigneeName) {
    }

    private Shown shown() {
        if (shown == null && getView() != null) {
            Complaint c = getView().complaint();
            Long assignee = c.getAssigneeId();
            shown = new Shown(details.notes(id), details.checklist(id), details.clocks(c), details.links(id),
                    details.suggestions(c), me().seesAllCases() ? directory.caseWorkers() : List.of(),
                    assignee == null ? null : directory.usernames(List.of(assignee)).get(assignee));
        }
        return shown;
    }

    StaffPrincipal me() {
        return current.get();
    }

    Complaint complaint() {
        return work.visible(me(), id).orElseThrow(() -> new IllegalStateException("case no longer visible"));
    }

    public CaseWork.CaseView getView() {
        if (view == null && id != null) {
            view = work.snapshot(complaint());
        }
        return view;
    }

    /** Done: the case page loads again with a GET (a refresh never repeats the change). */
    void refresh(String doneKey) {
        PageMessages.doneThenReload("/staff/cases/" + id, doneKey);
    }

    void say(FacesMessage.Severity severity, String key, Object... args) {
        PageMessages.say(severity, key, args);
    }

    public void sendReply() {
        Optional<String> problem = MessageThread.checkText(reply).map(e -> e.messageKey());
        if (problem.isPresent()) {
            say(FacesMessage.SEVERITY_ERROR, problem.get());
            return;
        }
        work.message(me(), complaint(), reply.strip());
        reply = null;
        refresh("caseview.replySent");
    }

    public void addNote() {
        if (note == null || note.isBlank() || note.length() > CaseDetails.NOTE_MAX) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.noteInvalid", CaseDetails.NOTE_MAX);
            return;
        }
        details.addNote(me(), complaint(), note);
        note = null;
        refresh("caseview.noteAdded");
    }

    public void move() {
        CaseState to = QueuePage.known(CaseState.class, target);
        if (to == null) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.pickState");
            return;
        }
        try {
            work.transition(me(), complaint(), to, reason == null ? null : reason.strip());
            reason = null;
            target = null;
            refresh("caseview.moved");
        } catch (IllegalTransitionException refused) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.moveRefused");
        } catch (IllegalArgumentException noReason) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.reasonNeeded");
        }
    }

    public void take() {
        work.assign(me(), complaint(), me().staffId());
        refresh("caseview.assigned");
    }

    /** Supervisors put a complaint held as part of a burst into the triage queue. */
    public void releaseFromHold() {
        if (!work.release(me(), complaint())) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.notHeld");
            return;
        }
        refresh("caseview.releasedFromHold");
    }

    public boolean isHeld() {
        return view != null && view.complaint().isHeld();
    }

    public void release() {
        work.assign(me(), complaint(), null);
        refresh("caseview.assigned");
    }

    /** Supervisors assign and reassign to anyone who works cases. */
    public void assign() {
        if (!me().seesAllCases() || assignTo == null || !work.assign(me(), complaint(), assignTo)) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.assignRefused");
            return;
        }
        refresh("caseview.assigned");
    }

    public void toggle(String item) {
        CaseChecklist.Item known = QueuePage.known(CaseChecklist.Item.class, item);
        if (known != null) {
            details.check(me(), complaint(), known, !details.checklist(id).has(known));
            refresh("caseview.checklistSaved");
        }
    }

    public void markNotApplicable() {
        if (waiveReason == null || waiveReason.isBlank() || waiveReason.length() > 1000) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.reasonNeeded");
            return;
        }
        try {
            details.markNotApplicable(me(), complaint(), waiveRule, waiveReason);
            waiveReason = null;
            refresh("caseview.clockWaived");
        } catch (RuntimeException alreadyOrUnknown) {
            say(FacesMessage.SEVERITY_ERROR, "caseview.clockRefused");
        }
    }

    public void link() {
        try {
            linkCases.run(me(), id, new LinkCases.Input(linkTo, QueuePage.known(CaseLink.Kind.class, linkKind), reason));
            linkTo = null;
            refresh("caseview.linked");
        } catch (Refused refused) {
            PageMessages.sayRefused(refused);
        }
    }


    public List<CaseDetails.Note> getNotes() {
        return shown().notes();
    }

    public CaseChecklist getChecklist() {
        return shown().checklist();
    }

    public CaseChecklist.Item[] getChecklistItems() {
        return CaseChecklist.Item.values();
    }

    public List<CaseDetails.CaseClock> getClocks() {
        return shown().clocks();
    }

    public List<CaseLink> getLinks() {
        return shown().links();
    }

    public List<Complaint> getSuggestions() {
        return shown().suggestions();
    }

    public List<String> getAllowedStates() {
        return getView().complaint().getState().next().stream().map(Enum::name).sorted().toList();
    }

    public List<StaffAccount> getCaseWorkers() {
        return shown().caseWorkers();
    }

    public String getAssigneeName() {
        return shown().assigneeName();
    }

    public boolean isMine() {
        Long assignee = getView().complaint().getAssigneeId();
        return assignee != null && assignee == me().staffId();
    }

    public boolean isSupervisor() {
        return me().seesAllCases();
    }

    public long daysLeft(LocalDate dueOn) {
        return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), dueOn);
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

    public String getWaiveRule() {
        return waiveRule;
    }

    public void setWaiveRule(String waiveRule) {
        this.waiveRule = waiveRule;
    }

    public String getWaiveReason() {
        return waiveReason;
    }

    public void setWaiveReason(String waiveReason) {
        this.waiveReason = waiveReason;
    }

    public Long getLinkTo() {
        return linkTo;
    }

    public void setLinkTo(Long linkTo) {
        this.linkTo = linkTo;
    }

    public String getLinkKind() {
        return linkKind;
    }

    public void setLinkKind(String linkKind) {
        this.linkKind = linkKind;
    }
}
