package org.jornada.escalation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.mail.boundary.MailStatus;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.CurrentStaff;
import org.jornada.staff.boundary.StaffAccounts;

/**
 * {@code /staff/referral?id=12}: one referral with its details, its mail and its timeline, for
 * whoever works its case. Its steps are taken on the case page, where the facts are.
 */
@Named
@RequestScoped
public class ReferralPage {

    @Inject
    Referrals referrals;

    @Inject
    Authorities authorities;

    @Inject
    ReferralMail mail;

    @Inject
    CaseAccess access;

    @Inject
    CurrentStaff current;

    @Inject
    StaffAccounts staff;

    @Inject
    Consents consents;

    @Inject
    ConsentNotices notices;

    private Long id;
    private Shown shown;

    /** What the page shows, read once. */
    public record Shown(Referral referral, String authority, MailStatus mail, List<Step> timeline,
            Map<Long, String> names, String consentNotice) {
    }

    /** A step of the timeline as shown: who by name. */
    public record Step(ReferralEvent event, String by) {
    }

    /** The referral, or null when there is none this person may see (the page says so). */
    public Shown getShown() {
        if (shown == null && id != null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            Optional<Referral> found = referrals.find(id)
                    .filter(r -> access.workable(current.get(), r.getComplaintId(), "referral page").isPresent());
            found.ifPresent(r -> {
                List<ReferralEvent> events = referrals.timeline(r.getId());
                Map<Long, String> names = staff.usernames(Stream.concat(events.stream().map(ReferralEvent::getStaffId),
                        Stream.of(r.getPreparedBy(), r.getApprovedBy() == null ? r.getPreparedBy() : r.getApprovedBy()))
                        .toList());
                String authority = authorities.find(r.getAuthorityId()).map(a -> a.name(locale)).orElse("?");
                shown = new Shown(r, authority, mail.status(r).orElse(null),
                        events.stream().map(e -> new Step(e, e.getStaffId() == ReferralEvent.WORKER
                                ? Messages.get(locale, "referral.byWorker") : names.getOrDefault(e.getStaffId(), "?")))
                                .toList(), names, notices.of(r, consents.of(r.getComplaintId()), authority, locale));
            });
        }
        return shown;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
