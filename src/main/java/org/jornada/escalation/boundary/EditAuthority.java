package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.PlainText;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an ADMIN edits an authority, a seeded one or a local office: the days to wait for an
 * answer before a sent referral is due, whether its channels were checked on its own site, a note,
 * and its email address (the one referrals are mailed to; blank removes it). What the reference
 * says (its categories, the facts it asks for, its clocks) stays. Audited with what changed.
 */
@ApplicationScoped
public class EditAuthority {

    /** The editable facts; {@code email} blank: no email channel. */
    public record Input(@NotNull(message = "authority.responseDays.invalid") Integer responseDays, boolean verified,
            String note, String email) {
    }

    @Inject
    Authorities authorities;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** The authority as edited, or empty when there is none with this id. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<Authority> run(StaffPrincipal admin, long id, Input input) {
        audit.requireAdmin(admin, "edit authority " + id);
        validation.check(input);
        if (input.responseDays() < 1 || input.responseDays() > 365) {
            throw new Refused("responseDays", "authority.responseDays.invalid");
        }
        String note = input.note() == null ? null : PlainText.clean(input.note()).strip();
        if (note != null && note.length() > 1000) {
            throw new Refused("note", "referral.note.tooLong");
        }
        String email = input.email() == null ? "" : input.email().strip();
        if (!email.isEmpty() && !AddLocalOffice.plausible(ChannelKind.EMAIL, email)) {
            throw new Refused("email", "authority.channel.invalid");
        }
        Optional<Authority> found = authorities.find(id);
        found.ifPresent(a -> {
            String before = a.getResponseDays() + " days, verified " + a.isVerified() + ", email "
                    + a.email().orElse("none");
            a.edit(input.responseDays(), input.verified(), note == null || note.isEmpty() ? null : note,
                    email.isEmpty() ? null : email);
            audit.record(admin, AuditTrail.AUTHORITY_EDITED, null, a.getCode() + ": " + before + " -> "
                    + a.getResponseDays() + " days, verified " + a.isVerified() + ", email " + a.email().orElse("none"));
        });
        return found;
    }
}
