package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.channel.entity.OnCall;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an ADMIN changes an on-call entry (account, address, phone, language, days, hours,
 * active). Run by the command engine; audited with the entry before and after, never its address
 * or phone. An entry that does not exist answers empty.
 */
@ApplicationScoped
public class EditOnCall implements Command<StaffPrincipal, OnCallInput, Optional<EditOnCall.Edited>> {

    /** The entry as edited, and how the audit trail worded it before. */
    record Edited(OnCall entry, String before) {
    }

    @Inject
    Commands commands;

    @Inject
    OnCallRoster roster;

    /** The entry as edited, or empty when there is none with this id. */
    public Optional<OnCall> run(StaffPrincipal admin, long id, OnCallInput input) {
        return commands.run(this, admin, id, input).map(Edited::entry);
    }

    @Override
    public Permission permission(Call<StaffPrincipal, OnCallInput> call) {
        if (call.who().role() != Role.ADMIN) {
            return Permission.refused(null, "edit on-call entry " + call.target());
        }
        return roster.find(call.target()).isPresent() ? Permission.granted() : Permission.absent();
    }

    @Override
    public void check(Call<StaffPrincipal, OnCallInput> call) {
        roster.check(call.input());
    }

    @Override
    public Optional<Edited> change(Call<StaffPrincipal, OnCallInput> call) {
        OnCall entry = roster.find(call.target()).orElseThrow();
        String before = OnCallAudit.describe(entry);
        return Optional.of(new Edited(roster.edit(entry, call.input()), before));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, OnCallInput> call, Optional<Edited> edited) {
        return edited.map(e -> new Entry(AuditTrail.ON_CALL_EDITED, null, e.before() + " -> "
                + OnCallAudit.describe(e.entry())));
    }

    @Override
    public Optional<Edited> absent() {
        return Optional.empty();
    }
}
