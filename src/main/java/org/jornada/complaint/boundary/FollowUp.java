package org.jornada.complaint.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.control.FollowUpTicket;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.MessageAuthor;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.evidence.boundary.EvidenceUploads;
import org.jornada.platform.boundary.ClientKeys;
import org.jornada.platform.boundary.FieldMessages;
import org.jornada.platform.boundary.Language;
import org.jornada.platform.control.DataCipher;

/**
 * The worker's follow-up page ({@code /follow-up}): the code is typed into a POST form, the case
 * then travels between the page's forms as a sealed, expiring ticket in a hidden field. Every POST
 * that shows the case ends in a redirect to a single-use view address ({@link FollowUpViews}), so
 * the history never holds a form that Back or reload could post again; that address opened a
 * second time shows "this view has ended" and the code form, never the case (issue 24).
 */
@Named
@RequestScoped
public class FollowUp {
    // size: one request-scoped bean behind the one follow-up page: every form on it (reply, file,
    // consent, erase) acts on the case its sealed ticket opened in init(); the page binds all of them.

    @Inject
    FollowUpAccess access;

    @Inject
    ComplaintIntake intake;

    @Inject
    MessageThread thread;

    @Inject
    EvidenceService evidence;

    @Inject
    ClientKeys clientKeys;

    @Inject
    HttpServletRequest request;

    @Inject
    Language language;

    @Inject
    DataCipher cipher;

    @Inject
    Clock clock;

    private FollowUpTicket tickets;
    private String code;
    private String ticket;
    private String reply;
    private Part file;
    /** A voice message for the advocate (issue #29): recorded in the page or from the phone's recorder. */
    private Part voice;
    private Complaint complaint;
    private List<MessageThread.Entry> messages;
    private String stateKey;
    private FieldMessages errors;
    private String notice;
    private List<WorkerQuestions.Question> waiting;
    private final List<FieldError> problems = new java.util.ArrayList<>();
    private boolean ended;

    @Inject
    FollowUpViews views;

    @Inject
    jakarta.enterprise.inject.Instance<WorkerQuestions> questions;

    @Inject
    jakarta.enterprise.inject.Instance<CaseNews> news;

    @Inject
    CaseErasure erasure;

    @Inject
    CaseProgress progress;

    @PostConstruct
    void init() {
        tickets = new FollowUpTicket(cipher, clock);
        errors = new FieldMessages(language.getLocale());
        // The case must be known before Faces processes a postback: the reply and upload forms
        // are only rendered (and so only processed) when a case is open.
        String raw = request.getParameter("ticket");
        if (raw == null) {
            raw = request.getParameter("ticket2");
        }
        if (raw == null) {
            raw = request.getParameter("ticket3");
        }
        if (raw == null) {
            raw = request.getParameter("ticket4");
        }
        if (raw != null) {
            Optional<Complaint> found = tickets.resolve(raw).flatMap(intake::find);
            if (found.isPresent()) {
                complaint = found.get();
            } else {
                errors.add(new FieldError("code", "followup.expired"));
            }
        } else if ("GET".equals(request.getMethod()) && request.getParameter("view") != null) {
            Optional<FollowUpViews.View> view = views.take(request.getParameter("view"));
            Optional<Complaint> shown = view.map(FollowUpViews.View::complaintId).flatMap(intake::find);
            if (view.isEmpty() || view.get().complaintId() != null && shown.isEmpty()) {
                ended = true;
            } else {
                complaint = shown.orElse(null);
                notice = view.get().notice();
                errors.addAll(view.get().problems());
            }
        }
    }

    private void problem(FieldError error) {
        problems.add(error);
        errors.add(error);
    }

    /**
     * Redirect-after-post: the outcome of this POST (the case, the notice, the problems) is stored
     * as a single-use view and the browser is sent to its address.
     */
    private String redirectToView() {
        String token = views.issue(complaint == null ? null : complaint.getId(), notice, problems);
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(request.getContextPath() + "/follow-up?view=" + token + "&lang=" + language.getCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        jakarta.faces.context.FacesContext.getCurrentInstance().responseComplete();
        return null;
    }

    /** The single-use view's address was opened again (Back, reload) or too late: the page says so and asks for the code. */
    public boolean isEnded() {
        return ended;
    }

    /** The header's language switch (a button of the code form): the form again, the code as typed, in the other language. */
    public String switchLanguage() {
        return null;
    }

    public String open() {
        if (code == null || code.isBlank()) {
            // nothing typed is no wrong code: it spends none of the client's allowance
            errors.add(new FieldError("code", "followup.code.empty"));
            return null;
        }
        var attempt = access.open(clientKeys.of(request), code);
        if (attempt.limited()) {
            errors.add(new FieldError("code", "followup.limited", attempt.waitMinutes()));
        } else if (!attempt.found()) {
            errors.add(new FieldError("code", "followup.notFound"));
        } else {
            code = null; // the page carries a sealed ticket from now on, not the code
            show(attempt.complaint());
            return redirectToView();
        }
        return null;
    }

    public String send() {
        if (complaint == null) {
            return null;
        }
        Optional<FieldError> problem = MessageThread.checkText(reply);
        if (problem.isPresent()) {
            problem(problem.get());
        } else {
            thread.post(complaint.getId(), MessageAuthor.WORKER, reply.strip());
            reply = null;
            notice = "followup.reply.sent";
        }
        show(complaint);
        return redirectToView();
    }

    public String upload() {
        if (complaint == null) {
            return null;
        }
        var uploads = EvidenceUploads.read(file == null ? List.of() : List.of(file), "file", 1, evidence);
        if (!uploads.anySent()) {
            problem(new FieldError("file", "error.file.required"));
        } else if (!uploads.errors().isEmpty()) {
            uploads.errors().forEach(this::problem);
        } else if (!addFile(uploads.files().get(0))) {
            // the database is full: answered 507 in place (a view could not be stored either)
            show(complaint);
            return null;
        }
        show(complaint);
        return redirectToView();
    }

    /** Posts the worker's voice message on the thread (issue #29). */
    public String sendVoice() {
        if (complaint == null) {
            return null;
        }
        var spoken = EvidenceUploads.readVoice(voice, "voice", evidence);
        if (!spoken.anySent()) {
            problem(new FieldError("voice", "error.voice.required"));
        } else if (!spoken.errors().isEmpty()) {
            spoken.errors().forEach(this::problem);
        } else if (thread.postVoice(complaint.getId(), spoken.files().get(0),
                org.jornada.platform.control.Messages.get(language.getLocale(), "message.voice")).isEmpty()) {
            problem(new FieldError("voice", "evidence.caseFull", org.jornada.evidence.control.EvidenceLimits.MAX_FILES_PER_CASE));
        } else {
            notice = "followup.voice.sent";
        }
        show(complaint);
        return redirectToView();
    }

    public Part getVoice() {
        return voice;
    }

    public void setVoice(Part voice) {
        this.voice = voice;
    }

    /** Adds the file to the case; false when the database could not store it (the page answers 507). */
    private boolean addFile(org.jornada.evidence.control.CleanedEvidence file) {
        try {
            if (evidence.addToCase(complaint.getId(), file).isEmpty()) {
                problem(new FieldError("file", "evidence.caseFull",
                        org.jornada.evidence.control.EvidenceLimits.MAX_FILES_PER_CASE));
            } else {
                notice = "followup.evidence.added";
            }
            return true;
        } catch (RuntimeException e) {
            if (!org.jornada.platform.control.StorageFull.is(e)) {
                throw e;
            }
            // rolled back: nothing of the file is stored; the case and the page stay as they were
            java.util.logging.Logger.getLogger(FollowUp.class.getName())
                    .warning("The database storage is full or read-only: an evidence upload was answered 507");
            errors.add(new FieldError("file", org.jornada.platform.control.StorageFull.MESSAGE));
            var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(org.jornada.platform.control.StorageFull.STATUS);
            external.setResponseHeader("Retry-After",
                    Integer.toString(org.jornada.platform.control.StorageFull.RETRY_AFTER_SECONDS));
            return false;
        }
    }

    private void show(Complaint found) {
        complaint = found;
        ticket = null;
        messages = null;
        stateKey = null;
        waiting = null;
    }

    /** What the case holds of what the worker sent: their voice note, and how many files. */
    public String getSent() {
        if (complaint == null) {
            return null;
        }
        var files = evidence.filesOf(complaint.getId());
        return org.jornada.platform.control.Messages.get(language.getLocale(),
                files.voiceStory() ? "followup.sent.voice" : "followup.sent.files", files.others());
    }

    /** What other features tell the worker about the case (sent to an authority, its outcome). */
    public List<String> getNews() {
        if (complaint == null || !news.isResolvable()) {
            return List.of();
        }
        return news.get().of(complaint.getId(), language.getLocale());
    }

    /** Questions other features put to the worker (an authority asking for their name), still unanswered. */
    public List<WorkerQuestions.Question> getQuestions() {
        if (waiting == null) {
            waiting = complaint == null || !questions.isResolvable() ? List.of()
                    : questions.get().waiting(complaint.getId(), language.getLocale());
        }
        return waiting;
    }

    /** The yeses the worker gave that still count: each can be taken back here. */
    public List<WorkerQuestions.Given> getGiven() {
        return complaint == null || !questions.isResolvable() ? List.of()
                : questions.get().given(complaint.getId(), language.getLocale());
    }

    /** The worker takes back a yes: that authority will not get their name from here on. */
    public String consentWithdraw() {
        if (complaint == null) {
            return null;
        }
        String authority = request.getParameter("authority");
        if (authority != null && authority.matches("\\d{1,18}") && questions.isResolvable()
                && questions.get().withdraw(complaint.getId(), Long.parseLong(authority))) {
            notice = "consent.withdrawn";
        }
        show(complaint);
        return redirectToView();
    }

    public String consentYes() {
        return answer(true);
    }

    public String consentNo() {
        return answer(false);
    }

    private String answer(boolean yes) {
        if (complaint == null) {
            return null;
        }
        String question = request.getParameter("question");
        if (question != null && question.matches("\\d{1,18}") && questions.isResolvable()
                && questions.get().answer(complaint.getId(), Long.parseLong(question), yes)) {
            notice = "consent.answered";
        }
        show(complaint);
        return redirectToView();
    }

    /** The worker deletes their contact: advocates can no longer reach them; the report stays. */
    public String eraseContact() {
        if (complaint == null) {
            return null;
        }
        if (!confirmed()) {
            return redirectToView();
        }
        erasure.eraseContact(complaint.getId(), CaseErasure.Why.WORKER_REQUEST, false);
        notice = "followup.erase.contactDone";
        show(intake.find(complaint.getId()).orElse(complaint));
        return redirectToView();
    }

    /**
     * The worker deletes the whole report: what they wrote, sent and attached, and their contact.
     * Only anonymous counts stay; the receipt code opens nothing any more.
     */
    public String eraseCase() {
        if (complaint == null) {
            return null;
        }
        if (!confirmed()) {
            return redirectToView();
        }
        erasure.anonymise(complaint.getId(), CaseErasure.Why.WORKER_REQUEST);
        views.forget(complaint.getId());
        complaint = null;
        ticket = null;
        notice = "followup.erase.caseDone";
        return redirectToView();
    }

    private boolean confirmed() {
        if (!"yes".equals(request.getParameter("understood"))) {
            problem(new FieldError("understood", "followup.erase.confirm"));
            show(complaint);
            return false;
        }
        return true;
    }

    /** Whether the case still has a contact the worker could delete. */
    public boolean isHasContact() {
        return complaint != null && complaint.getContactChannel() != org.jornada.complaint.entity.ContactChannel.NONE;
    }

    public boolean isOpen() {
        return complaint != null;
    }

    public String getStateKey() {
        if (stateKey == null && complaint != null) {
            stateKey = "state." + progress.stateOf(complaint.getId()).name();
        }
        return complaint == null ? null : stateKey;
    }

    public List<MessageThread.Entry> getMessages() {
        if (messages == null) {
            messages = complaint == null ? List.of() : thread.messages(complaint.getId());
        }
        return messages;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** A fresh sealed ticket for the open case, for the hidden fields of the page's forms. */
    public String getTicket() {
        if (ticket == null && complaint != null) {
            ticket = tickets.issue(complaint.getId());
        }
        return ticket;
    }

    /** The submitted ticket was already read in {@link #init()}. */
    public void setTicket(String ignored) {
        // nothing to do
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public java.util.Map<String, String> getErrors() {
        return errors.getByField();
    }

    public String getNotice() {
        return notice;
    }
}
