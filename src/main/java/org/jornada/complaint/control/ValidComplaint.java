package org.jornada.complaint.control;

import org.jornada.complaint.entity.ComplaintFacts;
import org.jornada.complaint.entity.ContactChannel;

/** A complaint that passed validation: its facts plus the secrets that will be sealed. */
public record ValidComplaint(ComplaintFacts facts, String narrative, ContactChannel contactChannel,
        String contactValue, boolean consentToContact) {
}
