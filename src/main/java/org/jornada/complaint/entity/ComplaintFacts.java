package org.jornada.complaint.entity;

import java.time.YearMonth;
import java.util.Set;

/** The plain, non-secret facts of a complaint as the worker gave them, already validated. */
public record ComplaintFacts(String language, VisaType visaType, Set<Category> categories, String employerName,
        String recruiterName, String worksiteState, YearMonth startedOn, YearMonth endedOn, boolean inDanger) {
}
