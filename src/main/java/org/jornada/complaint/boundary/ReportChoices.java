package org.jornada.complaint.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.CategoryGroup;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;
import org.jornada.platform.boundary.Language;
import org.jornada.platform.control.Messages;
import org.jornada.platform.control.UsStates;

/**
 * The choices the complaint form ({@code /report}, {@link ReportPage}) offers, in the page's
 * language: the categories by group with their labels, visa types, US states, where the worker
 * was recruited, contact channels. Nothing of what the worker typed.
 */
@Named
@RequestScoped
public class ReportChoices {

    @Inject
    Language language;

    public List<CategoryGroup> getGroups() {
        return List.of(CategoryGroup.values());
    }

    public List<Category> categoriesOf(CategoryGroup group) {
        return Category.inGroup(group);
    }

    /** Where the worker may say they were recruited: the Mexican states, then other countries, in the page's language. */
    public List<jakarta.faces.model.SelectItem> getRecruitmentGroups() {
        java.util.Locale locale = language.getLocale();
        jakarta.faces.model.SelectItemGroup mexico = new jakarta.faces.model.SelectItemGroup(
                org.jornada.platform.control.Messages.get(locale, "report.recruitedIn.mexico"));
        mexico.setSelectItems(org.jornada.platform.control.RecruitmentPlaces.MX_STATES.stream()
                .map(code -> new jakarta.faces.model.SelectItem(code,
                        org.jornada.platform.control.Messages.get(locale, "mxstate." + code)))
                .toArray(jakarta.faces.model.SelectItem[]::new));
        jakarta.faces.model.SelectItemGroup other = new jakarta.faces.model.SelectItemGroup(
                org.jornada.platform.control.Messages.get(locale, "report.recruitedIn.other"));
        other.setSelectItems(org.jornada.platform.control.RecruitmentPlaces.FORM_COUNTRIES.stream()
                .map(code -> new jakarta.faces.model.SelectItem(code,
                        org.jornada.platform.control.RecruitmentPlaces.countryName(code, locale)))
                .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel))
                .toArray(jakarta.faces.model.SelectItem[]::new));
        return List.of(mexico, other);
    }

    public List<String> getStates() {
        return UsStates.CODES;
    }

    public List<VisaType> getVisaTypes() {
        return List.of(VisaType.H2A, VisaType.H2B, VisaType.OTHER, VisaType.UNKNOWN);
    }

    public List<ContactChannel> getContactChannels() {
        return List.of(ContactChannel.values());
    }

    /** A category's label for its checkbox: the name, then a one-line example (HTML, escaped). */
    public String categoryLabel(Category category) {
        java.util.Locale locale = language.getLocale();
        return escape(Messages.get(locale, "cat." + category.name())) + "<span class=\"hint\">"
                + escape(Messages.get(locale, "cat." + category.name() + ".ex")) + "</span>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
