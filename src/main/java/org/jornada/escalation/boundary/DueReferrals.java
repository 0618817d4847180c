package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jornada.complaint.entity.Complaint;
import org.jornada.escalation.entity.Referral;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.QueueNotices;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The triage queue's side of referrals: how many sent referrals the authority has not answered
 * within its response days (a notice, linking supervisors to {@code /staff/referrals?state=DUE}),
 * and a badge on those cases. Computed when the queue is read, so no daily job has to run on one
 * node; an advocate sees only the cases they may work.
 */
@ApplicationScoped
public class DueReferrals implements QueueNotices {

    @Inject
    Referrals referrals;

    @Override
    public List<Notice> notices(StaffPrincipal who, Locale locale) {
        long due = mine(who).size();
        if (due == 0) {
            return List.of();
        }
        return List.of(new Notice(Messages.get(locale, "queue.referralsDue", due),
                who.seesAllCases() ? "/staff/referrals?state=" + ReferralsPage.DUE : null));
    }

    @Override
    public Set<Long> flagged(StaffPrincipal who) {
        return mine(who).stream().map(Referral::getComplaintId).collect(Collectors.toSet());
    }

    private List<Referral> mine(StaffPrincipal who) {
        if (!who.worksCases()) {
            return List.of();
        }
        List<Referral> due = referrals.due();
        if (who.seesAllCases()) {
            return due;
        }
        return due.stream().filter(r -> referrals.file(r.getComplaintId()).map(f -> f.getAssigneeId())
                .map(assignee -> assignee == who.staffId()).orElse(true)).toList();
    }
}
