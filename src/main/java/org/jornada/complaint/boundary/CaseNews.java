package org.jornada.complaint.boundary;

import java.util.List;
import java.util.Locale;

/**
 * What other features tell the worker about their case on {@code /follow-up}, in plain words
 * (escalation: "sent to the Wage and Hour Division", later the outcome). Implemented there, so
 * that the follow-up does not depend on it.
 */
public interface CaseNews {

    /** Sentences for the worker, oldest first; the authority's name only, nothing about staff. */
    List<String> of(long complaintId, Locale locale);

    /** Where the case went: the authority's name, the day it was sent, and the outcome's words once known. */
    record Sent(String authority, java.time.LocalDate sentOn, String outcome) {
    }

    /** The case's sent referrals, oldest first. */
    List<Sent> sent(long complaintId, Locale locale);
}
