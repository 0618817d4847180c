package org.jornada.complaint.boundary;

import org.jornada.complaint.entity.Complaint;

/** A new complaint about to be stored, in the filing transaction. */
public record ComplaintFiled(Complaint complaint) {
}
