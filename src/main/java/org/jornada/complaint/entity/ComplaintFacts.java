package org.jornada.complaint.entity;

import java.time.YearMonth;
import java.util.Set;

/**
 * The plain, non-secret facts of a complaint as the worker gave them, already validated.
 * {@code recruitedIn}: where the worker was recruited (ISO 3166-2:MX or a country code), or null;
 * {@code wantsOrganizing}: the worker asked to be contacted by a workers' organization.
 */
public record ComplaintFacts(String language, VisaType visaType, Set<Category> categories, String employerName,
        String recruiterName, String worksiteState, YearMonth startedOn, YearMonth endedOn, boolean inDanger,
        String recruitedIn, boolean wantsOrganizing) {

    /** The facts without where the worker was recruited and without the organizing request. */
    public ComplaintFacts(String language, VisaType visaType, Set<Category> categories, String employerName,
            String recruiterName, String worksiteState, YearMonth startedOn, YearMonth endedOn, boolean inDanger) {
        this(language, visaType, categories, employerName, recruiterName, worksiteState, startedOn, endedOn, inDanger,
                null, false);
    }
}
