package org.jornada.complaint.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.jornada.complaint.control.ComplaintDraft;
import org.jornada.platform.boundary.BodyRules;
import org.jornada.platform.boundary.TypeMessage;
import org.jornada.platform.control.FieldError;

/**
 * The body of {@code POST /api/v1/complaints} (docs/api.md), read by {@code ApiBodies.intake}: no
 * other field, each of its JSON type. What the values may be is the report form's rule too
 * ({@code ComplaintValidator}, run on the {@link #draft()}); a missing {@code language} is Spanish.
 */
@TypeMessage("error.field.type.string")
@JsonbPropertyOrder({"language", "visaType", "categories", "employerName", "recruiterName", "worksiteState",
        "startedOn", "endedOn", "narrative", "inDanger", "contact", "consentToContact", "recruitedIn",
        "wantsOrganizing"})
public record ComplaintBody(String language, String visaType,
        @TypeMessage("error.field.type.array") List<String> categories, String employerName, String recruiterName,
        String worksiteState, String startedOn, String endedOn, String narrative,
        @TypeMessage("error.field.type.boolean") Boolean inDanger,
        @TypeMessage("error.field.type.object") Contact contact,
        @TypeMessage("error.field.type.boolean") Boolean consentToContact, String recruitedIn,
        @TypeMessage("error.field.type.boolean") Boolean wantsOrganizing) implements BodyRules {

    /** More problem types than the form offers is not a report. */
    static final int MAX_CATEGORIES = 40;

    /** How the worker can be reached, if at all. */
    @TypeMessage("error.field.type.string")
    public record Contact(String channel, String value) {
    }

    @Override
    public List<FieldError> broken() {
        return categories != null && categories.size() > MAX_CATEGORIES
                ? List.of(new FieldError("categories", "error.categories.tooMany")) : List.of();
    }

    /** The complaint as the report form would have it, for the shared check. */
    public ComplaintDraft draft() {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setLanguage(language == null ? "es" : language);
        draft.setVisaType(visaType);
        draft.setCategories(categories == null ? List.of() : categories);
        draft.setEmployerName(employerName);
        draft.setRecruiterName(recruiterName);
        draft.setWorksiteState(worksiteState);
        draft.setRecruitedIn(recruitedIn);
        draft.setWantsOrganizing(Boolean.TRUE.equals(wantsOrganizing));
        draft.setStartedOn(startedOn);
        draft.setEndedOn(endedOn);
        draft.setNarrative(narrative);
        draft.setInDanger(Boolean.TRUE.equals(inDanger));
        draft.setConsentToContact(Boolean.TRUE.equals(consentToContact));
        if (contact != null) {
            draft.setContactChannel(contact.channel());
            draft.setContactValue(contact.value());
        }
        return draft;
    }
}
