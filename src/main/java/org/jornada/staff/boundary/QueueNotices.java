package org.jornada.staff.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jornada.staff.control.StaffPrincipal;

/**
 * What another feature asks the triage queue to show (escalation: referrals the authority has not
 * answered in time; channel: urgent notices that did not reach the on-call staff): a notice above
 * the queue and a badge on the cases concerned. The queue (casework) reads it and the features
 * answer it; it lives in staff, a room all of them may use, so that casework depends on none of
 * them (channel may not use casework).
 */
public interface QueueNotices {

    /** A line above the queue: its words, and where it leads (a path, or null). */
    record Notice(String text, String href) {
    }

    List<Notice> notices(StaffPrincipal who, Locale locale);

    /** The cases this person works that need the same attention, for a badge in their rows. */
    Set<Long> flagged(StaffPrincipal who);
}
