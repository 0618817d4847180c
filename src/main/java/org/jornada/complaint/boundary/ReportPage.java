package org.jornada.complaint.boundary;

import org.jornada.platform.control.NameSuggestions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jornada.complaint.control.ComplaintDraft;
import org.jornada.complaint.control.ComplaintValidator;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.evidence.boundary.EvidenceService;
import org.jornada.platform.boundary.ExitedForms;
import org.jornada.platform.boundary.FieldMessages;
import org.jornada.platform.boundary.Language;
import org.jornada.platform.control.DatabaseDown;
import org.jornada.platform.control.StorageFull;
import org.jornada.platform.control.SafeLog;

/**
 * The worker's complaint form ({@code /report}): a transient view backed by this request-scoped
 * bean, so no session exists. Validation errors re-render the form with everything typed (files
 * excepted); a filed report ends in a redirect to a single-use receipt view ({@link ReceiptViews},
 * issue 24), so Back or reload never posts the report again, the code never travels in a URL and
 * the history holds no page that shows it once the view was seen.
 */
@Named
@RequestScoped
public class ReportPage {
    // size: the fields report.xhtml binds and the submit flow around them; the choices it offers are
    // in ReportChoices and what other pages carry in is in CarriedValues.

    private static final Logger LOG = Logger.getLogger(ReportPage.class.getName());

    @Inject
    ComplaintIntake intake;

    @Inject
    FloodGuard flood;

    @Inject
    org.jornada.platform.boundary.ClientKeys clientKeys;

    @Inject
    EvidenceService evidence;

    @Inject
    org.jornada.evidence.boundary.HeldUploads heldUploads;

    @Inject
    Language language;

    @Inject
    Clock clock;

    @Inject
    NameSuggestions names;

    @Inject
    jakarta.enterprise.inject.Instance<ReportAttachment> attachments;

    private final CarriedValues carried = new CarriedValues();

    private final ComplaintDraft draft = new ComplaintDraft();
    private final Map<String, Object> selected = new LinkedHashMap<>();
    private List<Part> files = new ArrayList<>();
    /** The worker's voice note: recorded in the page, or from the phone's recorder (issue #29). */
    private Part voice;
    /** The key of the files held from an earlier sending (hidden field). */
    private String held;
    /** The plain checkbox "remove what was kept" (a request parameter: its fragment shows only when files are held). */
    static final String REMOVE_HELD = "removeHeld";
    private ReportUploads uploads;
    private String token;
    private String danger = "no";
    private FieldMessages errors;
    /** The message key of what the page says of files sent and not kept (null: all kept). */
    private String filesNotice;
    private ComplaintIntake.Filed filed;
    private boolean namesSearched;
    private List<String> employerChoices = List.of();
    private List<String> recruiterChoices = List.of();

    /** How many known names the search step offers per field. */
    static final int NAME_CHOICES = 6;
    /** Form fields of the search step's choices; empty means "keep what I wrote". */
    static final String EMPLOYER_CHOICE = "employerChoice";
    static final String RECRUITER_CHOICE = "recruiterChoice";

    public ReportPage() {
        for (CategoryGroup group : CategoryGroup.values()) {
            selected.put(group.name(), new String[0]);
        }
    }

    /**
     * {@code /report?category=UNPAID_HOURS}: the form opens with that problem ticked (a
     * know-your-rights page or the wage check sends the worker here, issue #14); anything that is
     * not a category is ignored; {@code ?recruiter=&employer=} fills those names in (the job check's
     * "report this recruiter", {@code NamesPrefill}). Only on the first view: a sent form keeps what
     * the worker chose.
     */
    @jakarta.annotation.PostConstruct
    void preselect() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        carried.carry(faces.getExternalContext().getRequestParameterMap(), attachments);
        if (faces.isPostback()) {
            return;
        }
        org.jornada.complaint.control.NamesPrefill.fill(faces.getExternalContext().getRequestParameterMap(), draft);
        String[] wanted = faces.getExternalContext().getRequestParameterValuesMap().get("category");
        if (wanted == null) {
            return;
        }
        Map<String, List<String>> byGroup = new LinkedHashMap<>();
        for (String code : wanted) {
            for (Category category : Category.values()) {
                if (category.name().equals(code)) {
                    byGroup.computeIfAbsent(category.group().name(), g -> new ArrayList<>()).add(category.name());
                }
            }
        }
        byGroup.forEach((group, codes) -> selected.put(group, codes.toArray(new String[0])));
    }

    public List<CarriedValues.Carried> getCarried() {
        return carried.all();
    }

    /** The notices of what was brought and could not be kept on the case (the receipt says so). */
    public List<CarriedValues.Carried> getNotKept() {
        return carried.notKept();
    }

    /**
     * The search step (works without JavaScript): the same form again, everything typed kept,
     * with the known names like the employer and recruiter typed to choose from.
     */
    public String findNames() {
        errors = new FieldMessages(language.getLocale());
        applyChoices();
        employerChoices = names.employersLike(draft.getEmployerName(), NAME_CHOICES);
        recruiterChoices = names.recruitersLike(draft.getRecruiterName(), NAME_CHOICES);
        namesSearched = true;
        uploads = ReportUploads.read(heldUploads, evidence, held, removeHeld(), voice, files);
        errors.addAll(uploads.errors());
        comeBack();
        return null;
    }

    /**
     * The header's language switch (a button of this form, {@link Language#SWITCH}): the form again,
     * in the other language, with what was typed, chosen and attached (held as after a question).
     */
    public String switchLanguage() {
        errors = new FieldMessages(language.getLocale());
        applyChoices();
        uploads = ReportUploads.read(heldUploads, evidence, held, removeHeld(), voice, files);
        errors.addAll(uploads.errors());
        comeBack();
        return null;
    }

    /** A name chosen in the search step replaces what was typed (it can only be a name). */
    private void applyChoices() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        String employer = params.get(EMPLOYER_CHOICE);
        if (employer != null && !employer.isBlank()) {
            draft.setEmployerName(employer);
        }
        String recruiter = params.get(RECRUITER_CHOICE);
        if (recruiter != null && !recruiter.isBlank()) {
            draft.setRecruiterName(recruiter);
        }
    }

    public String submit() {
        errors = new FieldMessages(language.getLocale());
        applyChoices();
        draft.setLanguage(language.getCode());
        draft.setInDanger("yes".equals(danger));
        draft.setCategories(chosenCategories());
        uploads = ReportUploads.read(heldUploads, evidence, held, removeHeld(), voice, files);
        draft.setVoiceStory(uploads.voiceStory());
        var result = new ComplaintValidator(clock).validate(draft);
        errors.addAll(result.errors());
        errors.addAll(uploads.errors());
        if (!errors.isEmpty()) {
            comeBack();
            return null;
        }
        if (token == null || !token.matches("[A-Za-z0-9_-]{22}")) {
            token = newToken();
        }
        FloodGuard.Admission admission = flood.admit(clientKeys.of(
                (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()));
        if (admission.refused()) {
            // everything typed stays on the page, the files held for the next sending
            errors.add(new FieldError("form", "complaint.tooMany", Math.max(1, (admission.retryAfter().toSeconds() + 59) / 60)));
            comeBack();
            return null;
        }
        try {
            filed = intake.fileOnce(result.complaint(), token, uploads.files(), admission.heldBurst(), uploads.voice());
        } catch (RuntimeException e) {
            Optional<ComplaintIntake.Filed> earlier = earlierSubmission();
            if (earlier.isEmpty()) {
                comeBack();
                notFiled(e, uploads.anyFiles());
                return null;
            }
            filed = earlier.get();
            uploads.filed();
            return redirectToReceipt();
        }
        uploads.filed();
        carried.keep(intake, filed);
        return redirectToReceipt();
    }

    /** The form comes back with a question: the files sent are held for the next sending, or the page asks for them again. */
    private void comeBack() {
        uploads.holdForNextSending();
        held = uploads.key();
        filesNotice = uploads.notKept();
    }

    private static boolean removeHeld() {
        return "yes".equals(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(REMOVE_HELD));
    }

    /** The categories ticked, from every group's select-many. */
    private List<String> chosenCategories() {
        List<String> categories = new ArrayList<>();
        for (Object chosen : selected.values()) {
            // Faces stores a select-many bound to a Map value as an array (or a collection)
            if (chosen instanceof Object[] array) {
                for (Object code : array) {
                    categories.add(String.valueOf(code));
                }
            } else if (chosen instanceof java.util.Collection<?> collection) {
                collection.forEach(code -> categories.add(String.valueOf(code)));
            }
        }
        return categories;
    }

    /** The report was not filed (nothing stored): storage full (507), database down (503), or a bug (500). */
    private void notFiled(RuntimeException e, boolean filesSent) {
        if (StorageFull.is(e)) {
            // rolled back whole: no case without its files; the worker may send it without them
            LOG.warning("The database storage is full or read-only: the report form was answered 507");
            errors.add(new FieldError("form", filesSent ? "problem.storageFull.files" : StorageFull.MESSAGE));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(StorageFull.STATUS);
            external.setResponseHeader("Retry-After", Integer.toString(StorageFull.RETRY_AFTER_SECONDS));
            return;
        }
        if (DatabaseDown.is(e)) {
            // nothing stored; everything typed stays on the page, and the answer says when to try again
            LOG.warning("The database cannot be reached: the report form was answered 503");
            errors.add(new FieldError("form", "problem.unavailable"));
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.setResponseStatus(503);
            external.setResponseHeader("Retry-After", Integer.toString(DatabaseDown.RETRY_AFTER_SECONDS));
            return;
        }
        LOG.log(Level.SEVERE, "Filing a complaint failed: {0}", SafeLog.describe(e));
        errors.add(new FieldError("form", "problem.serverError"));
    }

    @Inject
    ReceiptViews receipts;

    /** Redirect-after-post: the receipt is stored as a single-use view and the browser sent to its address. */
    private String redirectToReceipt() {
        List<ReceiptViews.Carried> shown = carried.all().stream()
                .map(c -> new ReceiptViews.Carried(c.getField(), c.getNotice(), !carried.notKept().contains(c))).toList();
        String view = receipts.issue(filed, shown);
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = (jakarta.servlet.http.HttpServletRequest) external.getRequest();
        try {
            external.redirect(request.getContextPath() + "/receipt?view=" + view + "&lang=" + language.getCode());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
        return null;
    }

    /** The case this form's token already filed (an answer lost after the commit), if the database can say. */
    private Optional<ComplaintIntake.Filed> earlierSubmission() {
        try {
            return intake.earlierSubmission(token);
        } catch (RuntimeException unreachable) {
            return Optional.empty();
        }
    }

    private static String newToken() {
        return org.jornada.platform.control.PerThreadRandom.urlToken();
    }

    /** The one-time token of this form, made when the empty form is shown. */
    public String getToken() {
        if (token == null) {
            token = newToken();
        }
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ComplaintDraft getDraft() {
        return draft;
    }

    public Map<String, Object> getSelected() {
        return selected;
    }

    public List<Part> getFiles() {
        return files;
    }

    public void setFiles(List<Part> files) {
        this.files = files;
    }

    /**
     * When this form was first shown, in milliseconds (kept through every sending): a form opened before
     * the quick exit is answered with the empty form (platform.boundary.ExitedForms).
     */
    public String getSince() {
        return ExitedForms.since(FacesContext.getCurrentInstance().getExternalContext());
    }

    /** The hidden field's name, the one {@link ExitedForms} reads. */
    public String getSinceField() {
        return ExitedForms.SINCE;
    }

    public String getHeld() {
        return held;
    }

    public void setHeld(String held) {
        this.held = held;
    }

    /** Whether a voice note is held for this form (it goes with the report). */
    public boolean isHeldVoice() {
        return uploads != null && uploads.heldVoice();
    }

    /** How many other files are held for this form. */
    public int getHeldFiles() {
        return uploads == null ? 0 : uploads.heldFiles();
    }

    public Part getVoice() {
        return voice;
    }

    public void setVoice(Part voice) {
        this.voice = voice;
    }

    public String getDanger() {
        return danger;
    }

    public void setDanger(String danger) {
        this.danger = danger;
    }

    public Map<String, String> getErrors() {
        return errors == null ? Map.of() : errors.getByField();
    }

    public boolean isNamesSearched() {
        return namesSearched;
    }

    public List<String> getEmployerChoices() {
        return employerChoices;
    }

    public List<String> getRecruiterChoices() {
        return recruiterChoices;
    }

    public String getFilesNotice() {
        return filesNotice;
    }

    /** Whether the worker took back what was held, on the sending that brought this page. */
    public boolean isHeldRemoved() {
        return uploads != null && uploads.removed();
    }

    public ComplaintIntake.Filed getFiled() {
        return filed;
    }

    /** Whether the hotline and 911 come first on the receipt (danger now, or a COERCION category). */
    public boolean isUrgent() {
        return filed != null && filed.urgent();
    }
}
