package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jornada.channel.entity.UrgentNotice;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.QueueNotices;
import org.jornada.staff.control.StaffPrincipal;

/**
 * The triage queue's side of urgent notices: an urgent case of the last day whose notice to the
 * on-call staff failed, or is still pending two minutes after it was made, is said above the queue
 * of everyone who works cases, linking to the case, so that someone looks at it now. No badge: the
 * case is urgent, and urgent cases are at the top already.
 */
@ApplicationScoped
public class UrgentNoticeTrouble implements QueueNotices {

    /** Cases named one by one above the queue; more are counted in the last line. */
    static final int SHOWN = 5;

    @Inject
    UrgentNoticeBook book;

    @Inject
    Clock clock;

    @Override
    public List<Notice> notices(StaffPrincipal who, Locale locale) {
        if (!who.worksCases()) {
            return List.of();
        }
        Map<Long, Integer> byCase = new LinkedHashMap<>();
        for (UrgentNotice notice : book.troubled(Instant.now(clock))) {
            byCase.merge(notice.getComplaintId(), 1, Integer::sum);
        }
        List<Notice> notices = new java.util.ArrayList<>(byCase.entrySet().stream().limit(SHOWN)
                .map(e -> new Notice(Messages.get(locale, "queue.urgentNotice", Long.toString(e.getKey()), e.getValue()),
                        "/staff/cases/" + e.getKey())).toList());
        if (byCase.size() > SHOWN) {
            notices.add(new Notice(Messages.get(locale, "queue.urgentNoticeMore", byCase.size() - SHOWN), null));
        }
        return notices;
    }

    @Override
    public Set<Long> flagged(StaffPrincipal who) {
        return Set.of();
    }
}
