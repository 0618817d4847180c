package org.jornada.complaint.boundary;

import org.jornada.complaint.entity.CaseState;

/**
 * Where a case is in the workflow, for the worker's follow-up (page and API): casework keeps it
 * (its {@code CaseFile}) and implements this, so that the follow-up does not depend on casework.
 */
public interface CaseProgress {

    /** The state of the case filed as {@code complaintId} (a stored case always has one). */
    CaseState stateOf(long complaintId);
}
