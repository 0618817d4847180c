package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.jornada.complaint.entity.Category;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.platform.boundary.PageMessages;
import org.jornada.staff.boundary.CurrentStaff;

/**
 * {@code /staff/admin/authorities} (ADMIN): the authorities cases are referred to, as seeded from
 * the reference (unverified ones marked), the form to add a local office ({@link AddLocalOffice}), and
 * the form to edit one ({@code ?edit=ID}, {@link EditAuthority}).
 */
@Named
@RequestScoped
public class AuthoritiesPage {

    static final String PAGE = "/staff/admin/authorities";

    @Inject
    Authorities authorities;

    @Inject
    AddLocalOffice addLocalOffice;

    @Inject
    CurrentStaff current;

    @Inject
    EditAuthority editAuthority;

    private Long editId;
    private Integer editDays;
    private boolean editVerified;
    private String editNote;
    private String editEmail;

    private String code;
    private String name;
    private String parentCode;
    private String language = "en";
    private List<String> categories = new java.util.ArrayList<>();
    private String channelKind = ChannelKind.EMAIL.name();
    private String channelAddress;
    private List<Authority> shown;

    public void add() {
        List<Category> chosen = categories.stream().map(Category::fromCode).flatMap(java.util.Optional::stream).toList();
        ChannelKind kind = Arrays.stream(ChannelKind.values()).filter(k -> k.name().equals(channelKind)).findFirst()
                .orElse(null);
        List<AddLocalOffice.ChannelInput> channels = channelAddress == null || channelAddress.isBlank() ? List.of()
                : List.of(new AddLocalOffice.ChannelInput(kind, channelAddress));
        PageMessages.run(() -> addLocalOffice.run(current.get(), new AddLocalOffice.Input(code, name, chosen, channels,
                language, parentCode))).ifPresent(added -> PageMessages.doneThenReload(PAGE, "authorities.added", code));
    }

    /** On the page's GET with {@code ?edit=ID}: the edit form filled with what the authority holds now. */
    public void loadEdit() {
        if (editId == null || jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        authorities.find(editId).ifPresent(a -> {
            editDays = a.getResponseDays();
            editVerified = a.isVerified();
            editNote = a.getNote();
            editEmail = a.email().orElse(null);
        });
    }

    /** The authority being edited, if any. */
    public Authority getEditing() {
        return editId == null ? null : authorities.find(editId).orElse(null);
    }

    public void save() {
        PageMessages.run(() -> editAuthority.run(current.get(), editId == null ? -1 : editId,
                new EditAuthority.Input(editDays, editVerified, editNote, editEmail)))
                .ifPresent(edited -> PageMessages.doneThenReload(PAGE, edited.isPresent() ? "authorities.edited"
                        : "authority.notFound"));
    }

    public Long getEditId() {
        return editId;
    }

    public void setEditId(Long editId) {
        this.editId = editId;
    }

    public Integer getEditDays() {
        return editDays;
    }

    public void setEditDays(Integer editDays) {
        this.editDays = editDays;
    }

    public boolean isEditVerified() {
        return editVerified;
    }

    public void setEditVerified(boolean editVerified) {
        this.editVerified = editVerified;
    }

    public String getEditNote() {
        return editNote;
    }

    public void setEditNote(String editNote) {
        this.editNote = editNote;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public void setEditEmail(String editEmail) {
        this.editEmail = editEmail;
    }

    /** Read once per request. */
    public List<Authority> getAuthorities() {
        if (shown == null) {
            shown = authorities.all();
        }
        return shown;
    }

    public List<Authority> getParents() {
        return getAuthorities().stream().filter(a -> a.getParentId() == null).toList();
    }

    public List<String> getCategoryCodes() {
        return Arrays.stream(Category.values()).map(Enum::name).toList();
    }

    public List<String> getChannelKinds() {
        return Arrays.stream(ChannelKind.values()).map(Enum::name).toList();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(categories);
    }

    public String getChannelKind() {
        return channelKind;
    }

    public void setChannelKind(String channelKind) {
        this.channelKind = channelKind;
    }

    public String getChannelAddress() {
        return channelAddress;
    }

    public void setChannelAddress(String channelAddress) {
        this.channelAddress = channelAddress;
    }
}
