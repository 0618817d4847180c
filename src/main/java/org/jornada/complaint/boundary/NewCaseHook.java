package org.jornada.complaint.boundary;

import org.jornada.complaint.entity.Complaint;

/**
 * Lets another feature fill in its part of a new case before it is stored (the legal clocks do).
 * Implementations are CDI beans; {@link NewComplaints} finds them once at start and calls them
 * directly, because a CDI event per complaint cost measurable CPU on the intake path.
 */
public interface NewCaseHook {

    /** Called on the filing thread, before the case is stored; must not block or fail. */
    void beforeStore(Complaint complaint);
}
