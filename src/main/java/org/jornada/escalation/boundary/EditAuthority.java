package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.platform.control.PlainText;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an ADMIN edits an authority, a seeded one or a local office: the days to wait for an
 * answer before a sent referral is due, whether its channels were checked on its own site, a note,
 * and its email address (the one referrals are mailed to; blank removes it). What the reference
 * says (its categories, the facts it asks for, its clocks) stays. Run by the command engine;
 * audited with what changed.
 */
@ApplicationScoped
public class EditAuthority implements Command<StaffPrincipal, EditAuthority.Input, Optional<EditAuthority.Edited>> {

    /** The editable facts; {@code email} blank: no email channel. */
    public record Input(@NotNull(message = "authority.responseDays.invalid") Integer responseDays, boolean verified,
            String note, String email) {
    }

    /** The authority as edited, and its facts as they were, for the audit entry. */
    record Edited(Authority authority, String before) {
    }

    @Inject
    Commands commands;

    @Inject
    Authorities authorities;

    /** The authority as edited, or empty when there is none with this id. */
    public Optional<Authority> run(StaffPrincipal admin, long id, Input input) {
        return commands.run(this, admin, id, input).map(Edited::authority);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        if (call.who().role() != Role.ADMIN) {
            return Permission.refused(null, "edit authority " + call.target());
        }
        return authorities.find(call.target()).isPresent() ? Permission.granted() : Permission.absent();
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        if (input.responseDays() < 1 || input.responseDays() > 365) {
            throw new RefusedException("responseDays", "authority.responseDays.invalid");
        }
        String note = note(input);
        if (note != null && note.length() > 1000) {
            throw new RefusedException("note", "referral.note.tooLong");
        }
        String email = email(input);
        if (!email.isEmpty() && !AddLocalOffice.plausible(ChannelKind.EMAIL, email)) {
            throw new RefusedException("email", "authority.channel.invalid");
        }
    }

    @Override
    public Optional<Edited> change(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        Authority a = authorities.find(call.target()).orElseThrow();
        String before = facts(a);
        String note = note(input);
        String email = email(input);
        a.edit(input.responseDays(), input.verified(), note == null || note.isEmpty() ? null : note,
                email.isEmpty() ? null : email);
        return Optional.of(new Edited(a, before));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<Edited> edited) {
        return edited.map(e -> new Entry(AuditTrail.AUTHORITY_EDITED, null,
                e.authority().getCode() + ": " + e.before() + " -> " + facts(e.authority())));
    }

    @Override
    public Optional<Edited> absent() {
        return Optional.empty();
    }

    /** What the audit entry tells of the authority, before and after. */
    private static String facts(Authority a) {
        return a.getResponseDays() + " days, verified " + a.isVerified() + ", email " + a.email().orElse("none");
    }

    private static String note(Input input) {
        return input.note() == null ? null : PlainText.clean(input.note()).strip();
    }

    private static String email(Input input) {
        return input.email() == null ? "" : input.email().strip();
    }
}
