package org.jornada.escalation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.entity.Category;
import org.jornada.escalation.entity.Authority;
import org.junit.jupiter.api.Test;

class AuthoritySuggestionsTest {

    private static Authority authority(String code, Set<Category> categories, String... clocks) {
        return Authority.of(code, code, code, categories, "en", List.of(), List.of(clocks), true, "test", Instant.EPOCH);
    }

    private static final Authority WHD = authority("WHD", EnumSet.of(Category.UNPAID_HOURS, Category.LATE_PAY,
            Category.RETALIATION), "FLSA", "FLSA_WILLFUL");
    private static final Authority EEOC = authority("EEOC", EnumSet.of(Category.DISCRIMINATION, Category.RETALIATION),
            "EEOC", "EEOC_FEPA");
    private static final Authority SWA = authority("SWA", EnumSet.of(Category.UNPAID_HOURS, Category.LATE_PAY));
    private static final Authority CONSULATE = authority("MX_CONSULATE", EnumSet.of(Category.UNPAID_HOURS));
    private static final Authority OSHA = authority("OSHA", EnumSet.of(Category.PESTICIDES));

    private static List<String> codes(List<AuthoritySuggestions.Suggestion> suggestions) {
        return suggestions.stream().map(s -> s.authority().getCode()).toList();
    }

    @Test
    void theAuthorityWhoseClockRunsOutFirstComesFirst() {
        List<Deadline> clocks = List.of(new Deadline("FLSA", LocalDate.of(2028, 5, 1), "x", "x"),
                new Deadline("EEOC", LocalDate.of(2026, 12, 20), "x", "x"));
        List<AuthoritySuggestions.Suggestion> ranked = AuthoritySuggestions.rank(List.of(WHD, SWA, EEOC, OSHA),
                EnumSet.of(Category.UNPAID_HOURS, Category.DISCRIMINATION), clocks);
        assertEquals(List.of("EEOC", "WHD", "SWA"), codes(ranked), "OSHA takes none of the case's categories");
        assertEquals(LocalDate.of(2026, 12, 20), ranked.get(0).nearestClock().orElseThrow().dueOn());
        assertEquals(EnumSet.of(Category.DISCRIMINATION), ranked.get(0).matched());
    }

    @Test
    void withoutAClockTheOneThatTakesMoreOfTheCaseComesFirst() {
        List<AuthoritySuggestions.Suggestion> ranked = AuthoritySuggestions.rank(List.of(CONSULATE, SWA),
                EnumSet.of(Category.UNPAID_HOURS, Category.LATE_PAY), List.of());
        assertEquals(List.of("SWA", "MX_CONSULATE"), codes(ranked));
    }

    @Test
    void withNoClockRunningAndTheSameMatchesTheCodeDecides() {
        List<AuthoritySuggestions.Suggestion> ranked = AuthoritySuggestions.rank(List.of(SWA, WHD),
                EnumSet.of(Category.UNPAID_HOURS), List.of());
        assertEquals(List.of("SWA", "WHD"), codes(ranked), "a tie: by code");
    }
}
