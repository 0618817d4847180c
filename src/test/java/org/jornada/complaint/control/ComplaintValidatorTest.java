package org.jornada.complaint.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jornada.platform.control.FieldError;
import org.jornada.complaint.entity.Category;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.VisaType;
import org.junit.jupiter.api.Test;

class ComplaintValidatorTest {

    private final ComplaintValidator validator = new ComplaintValidator(
            Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC));

    private static ComplaintDraft minimal() {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setCategories(List.of("UNPAID_HOURS"));
        draft.setNarrative("No nos pagan las horas de espera.");
        return draft;
    }

    private static Set<String> fields(ComplaintValidator.Result result) {
        return result.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void acceptsACategoryAndANarrativeAlone() {
        var result = validator.validate(minimal());
        assertTrue(result.isValid());
        assertEquals(VisaType.UNKNOWN, result.complaint().facts().visaType());
        assertEquals("es", result.complaint().facts().language());
    }

    @Test
    void requiresAtLeastOneKnownCategoryAndANarrative() {
        ComplaintDraft draft = new ComplaintDraft();
        draft.setNarrative("   ");
        assertEquals(Set.of("categories", "narrative"), fields(validator.validate(draft)));
        draft.setCategories(List.of("WAGE_THEFT"));
        var result = validator.validate(draft);
        assertEquals("error.categories.unknown", result.errors().get(0).messageKey());
    }

    @Test
    void refusesANarrativeOverTwentyThousandCharacters() {
        ComplaintDraft draft = minimal();
        draft.setNarrative("a".repeat(20_000));
        assertTrue(validator.validate(draft).isValid());
        draft.setNarrative("a".repeat(20_001));
        assertEquals(Set.of("narrative"), fields(validator.validate(draft)));
    }

    @Test
    void checksMonthsAreWellFormedInOrderAndNotInTheFuture() {
        ComplaintDraft draft = minimal();
        draft.setStartedOn("2026-13");
        draft.setEndedOn("2027-01");
        assertEquals(Set.of("startedOn", "endedOn"), fields(validator.validate(draft)));
        draft.setStartedOn("2026-06");
        draft.setEndedOn("2026-05");
        assertEquals(Set.of("endedOn"), fields(validator.validate(draft)));
        draft.setEndedOn("2026-11");
        var result = validator.validate(draft);
        assertTrue(result.isValid());
        assertEquals(YearMonth.of(2026, 6), result.complaint().facts().startedOn());
    }

    @Test
    void aContactNeedsAPlausibleValueAndExplicitConsent() {
        ComplaintDraft draft = minimal();
        draft.setContactChannel("WHATSAPP");
        assertEquals(Set.of("contact.value"), fields(validator.validate(draft)));
        draft.setContactValue("call me");
        assertEquals(Set.of("contact.value"), fields(validator.validate(draft)));
        draft.setContactValue("+52 1 55 1234 5678");
        assertEquals(Set.of("consentToContact"), fields(validator.validate(draft)));
        draft.setConsentToContact(true);
        assertTrue(validator.validate(draft).isValid());
        draft.setContactChannel("EMAIL");
        draft.setContactValue("no-at-sign");
        assertEquals(Set.of("contact.value"), fields(validator.validate(draft)));
    }

    @Test
    void choosingNoContactDropsAnyTypedValue() {
        ComplaintDraft draft = minimal();
        draft.setContactChannel("NONE");
        draft.setContactValue("+1 555 000 0000");
        var result = validator.validate(draft);
        assertTrue(result.isValid());
        assertNull(result.complaint().contactValue());
        assertFalse(result.complaint().consentToContact());
    }

    @Test
    void refusesUnknownStatesVisasAndLanguages() {
        ComplaintDraft draft = minimal();
        draft.setWorksiteState("XX");
        draft.setVisaType("H-1B");
        draft.setLanguage("fr");
        assertEquals(Set.of("worksiteState", "visaType", "language"), fields(validator.validate(draft)));
        draft.setWorksiteState("ga");
        draft.setVisaType("h-2b");
        draft.setLanguage("en");
        var result = validator.validate(draft);
        assertTrue(result.isValid());
        assertEquals("GA", result.complaint().facts().worksiteState());
        assertEquals(VisaType.H2B, result.complaint().facts().visaType());
    }

    @Test
    void coercionOrDangerMakesTheCaseUrgent() {
        ComplaintDraft draft = minimal();
        assertFalse(complaintOf(draft).isUrgent());
        draft.setCategories(List.of("UNPAID_HOURS", "DOCUMENTS_TAKEN"));
        assertTrue(complaintOf(draft).isUrgent());
        draft.setCategories(List.of("UNPAID_HOURS"));
        draft.setInDanger(true);
        assertTrue(complaintOf(draft).isUrgent());
        assertTrue(Category.inGroup(org.jornada.complaint.entity.CategoryGroup.COERCION).stream()
                .allMatch(Category::isUrgent));
    }

    private Complaint complaintOf(ComplaintDraft draft) {
        var valid = validator.validate(draft).complaint();
        return new Complaint("hash", null, valid.facts(), new byte[] {1}, valid.contactChannel(), null, false,
                Instant.now());
    }
}
