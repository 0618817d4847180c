package org.jornada.escalation.control;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jornada.casework.control.Deadline;
import org.jornada.complaint.entity.Category;
import org.jornada.escalation.entity.Authority;

/**
 * Which authorities a case could be referred to: those that take at least one of its categories,
 * the one with the nearest legal clock of its own on this case first (a referral that cannot wait
 * comes first), then the one that takes more of the case's categories, then by code. Each comes
 * with why: the categories it takes and that clock.
 */
public final class AuthoritySuggestions {

    private AuthoritySuggestions() {
    }

    /** A suggested authority, the case's categories it takes, and its nearest clock on the case. */
    public record Suggestion(Authority authority, Set<Category> matched, Optional<Deadline> nearestClock) {
    }

    public static List<Suggestion> rank(List<Authority> authorities, Set<Category> caseCategories,
            List<Deadline> caseClocks) {
        return authorities.stream().map(a -> suggestion(a, caseCategories, caseClocks))
                .filter(s -> !s.matched().isEmpty())
                .sorted(Comparator.<Suggestion, java.time.LocalDate>comparing(
                                s -> s.nearestClock().map(Deadline::dueOn).orElse(java.time.LocalDate.MAX))
                        .thenComparing(s -> -s.matched().size())
                        .thenComparing(s -> s.authority().getCode()))
                .toList();
    }

    private static Suggestion suggestion(Authority authority, Set<Category> caseCategories, List<Deadline> caseClocks) {
        Set<Category> matched = EnumSet.noneOf(Category.class);
        caseCategories.stream().filter(authority::takes).forEach(matched::add);
        List<String> rules = authority.clockRules();
        Optional<Deadline> nearest = caseClocks.stream().filter(d -> rules.contains(d.rule()))
                .min(Comparator.comparing(Deadline::dueOn));
        return new Suggestion(authority, matched, nearest);
    }
}
