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
 * the reference (unverified ones marked), and the form to add a local office ({@link AddLocalOffice}).
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

    private String code;
    private String name;
    private String parentCode;
    private String language = "en";
    private List<String> categories = List.of();
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
        this.categories = categories == null ? List.of() : categories;
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
