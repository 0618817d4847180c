package org.jornada.complaint.control;

import org.jornada.platform.control.RecruitmentPlaces;
import org.jornada.platform.control.UsStates;
import org.jornada.platform.control.FieldError;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;
import org.jornada.complaint.entity.VisaType;

/**
 * Checks a {@link ComplaintDraft} the same way for the web form and the REST API and turns it
 * into a {@link ValidComplaint}, or into the list of field errors to show next to each field.
 */
public class ComplaintValidator {

    public static final int NARRATIVE_MAX = 20_000;
    public static final int NAME_MAX = 200;
    public static final int CONTACT_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().\\-]{7,25}$");
    private static final YearMonth EARLIEST = YearMonth.of(1990, 1);

    private final Clock clock;

    public ComplaintValidator(Clock clock) {
        this.clock = clock;
    }

    /** The outcome: either {@code complaint} or a non-empty {@code errors}. */
    public record Result(ValidComplaint complaint, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result validate(ComplaintDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        String language = "en".equals(draft.getLanguage()) ? "en" : "es";
        if (draft.getLanguage() != null && !Set.of("es", "en").contains(draft.getLanguage())) {
            errors.add(new FieldError("language", "error.language.unknown"));
        }
        VisaType visa = visa(draft, errors);
        Set<Category> categories = categories(draft, errors);
        String employer = name(draft.getEmployerName(), "employerName", errors);
        String recruiter = name(draft.getRecruiterName(), "recruiterName", errors);
        String state = worksiteState(draft, errors);
        YearMonth started = month(draft.getStartedOn(), "startedOn", errors);
        YearMonth ended = month(draft.getEndedOn(), "endedOn", errors);
        if (started != null && ended != null && ended.isBefore(started)) {
            errors.add(new FieldError("endedOn", "error.endedOn.beforeStart"));
        }
        String narrative = narrative(draft, errors);
        ContactChannel channel = channel(draft, errors);
        String contact = channel == ContactChannel.NONE ? null : contact(draft, channel, errors);
        String recruitedIn = recruitedIn(draft, errors);
        if (draft.isWantsOrganizing() && (contact == null || !draft.isConsentToContact())) {
            errors.add(new FieldError("wantsOrganizing", "error.wantsOrganizing.noContact"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, List.copyOf(errors));
        }
        ComplaintFacts facts = new ComplaintFacts(language, visa, categories, employer, recruiter, state, started,
                ended, draft.isInDanger(), recruitedIn, draft.isWantsOrganizing());
        return new Result(new ValidComplaint(facts, narrative, channel, contact, contact != null), List.of());
    }

    private static VisaType visa(ComplaintDraft draft, List<FieldError> errors) {
        if (blank(draft.getVisaType())) {
            return VisaType.UNKNOWN;
        }
        Optional<VisaType> known = VisaType.fromCode(draft.getVisaType());
        if (known.isEmpty()) {
            errors.add(new FieldError("visaType", "error.visaType.unknown"));
        }
        return known.orElse(VisaType.UNKNOWN);
    }

    private static Set<Category> categories(ComplaintDraft draft, List<FieldError> errors) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String code : draft.getCategories()) {
            Optional<Category> category = Category.fromCode(code);
            if (category.isEmpty()) {
                errors.add(new FieldError("categories", "error.categories.unknown", clip(code, 40)));
            } else {
                categories.add(category.get());
            }
        }
        if (categories.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("categories"))) {
            errors.add(new FieldError("categories", "error.categories.required"));
        }
        return categories;
    }

    private static String worksiteState(ComplaintDraft draft, List<FieldError> errors) {
        if (blank(draft.getWorksiteState())) {
            return null;
        }
        String state = draft.getWorksiteState().trim().toUpperCase();
        if (!UsStates.isKnown(state)) {
            errors.add(new FieldError("worksiteState", "error.worksiteState.unknown"));
            return null;
        }
        return state;
    }

    private static String narrative(ComplaintDraft draft, List<FieldError> errors) {
        String narrative = draft.getNarrative() == null ? "" : clean(draft.getNarrative()).strip();
        if (narrative.isEmpty() && !draft.isVoiceStory()) {
            // a voice note is a whole story (issue #29): then the written one may be empty
            errors.add(new FieldError("narrative", "error.narrative.required"));
        } else if (narrative.codePointCount(0, narrative.length()) > NARRATIVE_MAX) {
            errors.add(new FieldError("narrative", "error.narrative.tooLong", NARRATIVE_MAX));
        }
        return narrative;
    }

    private static ContactChannel channel(ComplaintDraft draft, List<FieldError> errors) {
        if (blank(draft.getContactChannel())) {
            return ContactChannel.NONE;
        }
        Optional<ContactChannel> known = ContactChannel.fromCode(draft.getContactChannel());
        if (known.isEmpty()) {
            errors.add(new FieldError("contact.channel", "error.contact.channel.unknown"));
        }
        return known.orElse(ContactChannel.NONE);
    }

    /** The contact for a chosen channel (null when none was given), and whether it may be used. */
    private static String contact(ComplaintDraft draft, ContactChannel channel, List<FieldError> errors) {
        String contact = blank(draft.getContactValue()) ? null : clean(draft.getContactValue()).strip();
        if (contact == null) {
            errors.add(new FieldError("contact.value", "error.contact.value.required"));
        } else if (contact.length() > CONTACT_MAX
                || (channel == ContactChannel.EMAIL ? !EMAIL.matcher(contact).matches()
                        : !PHONE.matcher(contact).matches())) {
            errors.add(new FieldError("contact.value",
                    channel == ContactChannel.EMAIL ? "error.contact.value.email" : "error.contact.value.phone"));
        } else if (!draft.isConsentToContact()) {
            errors.add(new FieldError("consentToContact", "error.consentToContact.required"));
        }
        return contact;
    }

    private static String recruitedIn(ComplaintDraft draft, List<FieldError> errors) {
        if (blank(draft.getRecruitedIn())) {
            return null;
        }
        String recruitedIn = RecruitmentPlaces.normalize(draft.getRecruitedIn());
        if (recruitedIn == null) {
            errors.add(new FieldError("recruitedIn", "error.recruitedIn.unknown"));
        }
        return recruitedIn;
    }

    private String name(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String name = clean(value).strip();
        if (name.length() > NAME_MAX) {
            errors.add(new FieldError(field, "error.name.tooLong", NAME_MAX));
            return null;
        }
        return name;
    }

    private YearMonth month(String value, String field, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        try {
            YearMonth month = YearMonth.parse(value.trim());
            if (month.isAfter(YearMonth.now(clock))) {
                errors.add(new FieldError(field, "error.month.future"));
                return null;
            }
            if (month.isBefore(EARLIEST)) {
                errors.add(new FieldError(field, "error.month.tooOld"));
                return null;
            }
            return month;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "error.month.format"));
            return null;
        }
    }

    /** Removes control characters other than line breaks and tabs. */
    static String clean(String text) {
        return org.jornada.platform.control.PlainText.clean(text);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String clip(String value, int max) {
        return value == null ? "" : value.length() <= max ? value : value.substring(0, max) + "…";
    }
}
