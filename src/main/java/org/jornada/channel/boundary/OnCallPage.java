package org.jornada.channel.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jornada.channel.entity.Medium;
import org.jornada.channel.entity.UrgentNotice;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.entity.StaffAccount;

/**
 * {@code /staff/admin/on-call} (ADMIN): the on-call list urgent reports are noticed to, the form
 * that adds an entry or edits one ({@code ?edit=ID}), removing one, and the newest notices with
 * their state. Every change is a command ({@link AddOnCall}, {@link EditOnCall}, {@link RemoveOnCall});
 * a refusal says why above the form and beside each field, with what was typed kept.
 */
@Named
@RequestScoped
public class OnCallPage {

    static final String PAGE = "/staff/admin/on-call";
    static final String FORM = "entry";

    @Inject
    OnCallRoster roster;

    @Inject
    UrgentNoticeBook book;

    @Inject
    StaffAccounts accounts;

    @Inject
    AddOnCall addOnCall;

    @Inject
    EditOnCall editOnCall;

    @Inject
    RemoveOnCall removeOnCall;

    @Inject
    CurrentStaff current;

    private Long editId;
    private Long removeId;
    private OnCallForm form = new OnCallForm();
    private List<OnCallRoster.Entry> shown;
    private List<StaffAccount> candidates;
    private List<UrgentNotice> notices;

    /** On the page's GET with {@code ?edit=ID}: the form filled with what the entry holds now. */
    public void loadEdit() {
        if (editId == null || FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        roster.entry(editId).ifPresent(form::fill);
    }

    public void add() {
        run(() -> addOnCall.run(current.get(), form.input()))
                .ifPresent(added -> PageMessages.doneThenReload(PAGE, "oncall.added"));
    }

    public void save() {
        run(() -> editOnCall.run(current.get(), editId == null ? -1 : editId, form.input()))
                .ifPresent(edited -> PageMessages.doneThenReload(PAGE, edited.isPresent() ? "oncall.saved"
                        : "oncall.notFound"));
    }

    public void remove() {
        run(() -> removeId != null && removeOnCall.run(current.get(), removeId))
                .ifPresent(removed -> PageMessages.doneThenReload(PAGE, removed ? "oncall.removed" : "oncall.notFound"));
    }

    /** Runs a command; a refusal is said above the form and again beside each field it names. */
    private static <T> Optional<T> run(Supplier<T> command) {
        return PageMessages.run(() -> {
            try {
                return command.get();
            } catch (RefusedException refused) {
                besideFields(refused);
                throw refused;
            }
        });
    }

    /** The form's components have the ids of the input's fields ({@code entry:email}). */
    private static void besideFields(RefusedException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        refused.errors().forEach(e -> faces.addMessage(FORM + ":" + e.field(), new FacesMessage(
                FacesMessage.SEVERITY_ERROR, Messages.get(faces.getViewRoot().getLocale(), e.messageKey(), e.args()),
                null)));
    }

    /** The table's rows, read once per request. */
    public List<OnCallRoster.Entry> getEntries() {
        if (shown == null) {
            shown = roster.entries();
        }
        return shown;
    }

    /** The accounts that may be on call: active advocates and supervisors. */
    public List<StaffAccount> getCandidates() {
        if (candidates == null) {
            candidates = accounts.caseWorkers();
        }
        return candidates;
    }

    /** The newest 50 notices, read once per request. */
    public List<UrgentNotice> getNotices() {
        if (notices == null) {
            notices = book.recent(50);
        }
        return notices;
    }

    /** Account names by on-call entry id, for the notices' table. */
    public Map<Long, String> getEntryNames() {
        Map<Long, String> names = new java.util.HashMap<>();
        getEntries().forEach(e -> names.put(e.id(), e.username()));
        return names;
    }

    public List<String> getDayNames() {
        return Arrays.stream(DayOfWeek.values()).map(Enum::name).toList();
    }

    public List<String> getMedia() {
        return Arrays.stream(Medium.values()).map(Enum::name).toList();
    }

    /** Editing an entry: {@code ?edit=ID}, or its form posted back (the bean learns the id only later). */
    public boolean isEditing() {
        if (editId != null) {
            return true;
        }
        String posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get(FORM + ":edit-id");
        return posted != null && !posted.isBlank();
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
    }

    public Long getRemoveId() {
        return removeId;
    }

    public void setRemoveId(Long removeId) {
        this.removeId = removeId;
    }

    public OnCallForm getForm() {
        return form;
    }

    /** The days as the page lists them, in the page's language. */
    public String days(List<DayOfWeek> days) {
        java.util.Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<String> names = new ArrayList<>();
        days.forEach(d -> names.add(d.getDisplayName(java.time.format.TextStyle.SHORT, locale)));
        return String.join(", ", names);
    }
}
