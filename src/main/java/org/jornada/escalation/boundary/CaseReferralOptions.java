package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.casework.boundary.CaseRecords;
import org.jornada.escalation.control.AuthoritySuggestions;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Where a case could go: the authorities that take its categories, ranked by the legal clocks
 * still running on it (clocks marked not applicable do not count). Read by the case page's
 * escalation panel and the API; the reading is audited.
 */
@ApplicationScoped
public class CaseReferralOptions {

    @Inject
    CaseAccess access;

    @Inject
    CaseRecords details;

    @Inject
    Authorities authorities;

    @Inject
    AuditTrail audit;

    /** The suggestions, or empty when there is no such case for this person. */
    public Optional<List<AuthoritySuggestions.Suggestion>> suggestions(StaffPrincipal who, long caseId) {
        return access.workable(who, caseId, "authorities for case").map(complaint -> {
            audit.record(who, AuditTrail.AUTHORITIES_READ, caseId, "suggestions");
            return AuthoritySuggestions.rank(authorities.all(), complaint.getCategories(),
                    details.clocks(complaint).stream().filter(CaseRecords.CaseClock::isApplicable)
                            .map(CaseRecords.CaseClock::deadline).toList());
        });
    }

    /** Why it was suggested, in words: the case's categories it takes, and its nearest clock. */
    public static String reason(AuthoritySuggestions.Suggestion s, Locale locale) {
        String takes = s.matched().stream().map(c -> Messages.get(locale, "cat." + c.name()))
                .collect(Collectors.joining("; "));
        return s.nearestClock().map(d -> Messages.get(locale, "escalation.reason.clock", takes, clockName(d, locale),
                d.dueOn())).orElseGet(() -> Messages.get(locale, "escalation.reason", takes));
    }

    /** The clock's short name in the reader's language ("FLSA (2 años)"), its code if the bundles lack it. */
    private static String clockName(org.jornada.casework.control.Deadline d, Locale locale) {
        String key = "deadline.name." + d.rule();
        String name = Messages.get(locale, key, d.args().toArray());
        return name.equals(key) ? d.rule() : name;
    }
}
