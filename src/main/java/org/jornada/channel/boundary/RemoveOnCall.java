package org.jornada.channel.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.Permission;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;
import org.jornada.staff.entity.Role;

/**
 * Use case: an ADMIN takes an entry off the on-call list. Its notices go with it, and its mails
 * still waiting in the outbox are taken back ({@link UrgentNoticeBook#forget}). Run by the command
 * engine; audited with what the entry was. Answers false when there is no such entry.
 */
@ApplicationScoped
public class RemoveOnCall implements Command<StaffPrincipal, Void, String> {

    @Inject
    Commands commands;

    @Inject
    OnCallRoster roster;

    @Inject
    UrgentNoticeBook notices;

    /** Whether there was such an entry (now removed). */
    public boolean run(StaffPrincipal admin, long id) {
        return commands.run(this, admin, id, null) != null;
    }

    @Override
    public Permission permission(Call<StaffPrincipal, Void> call) {
        if (call.who().role() != Role.ADMIN) {
            return Permission.refused(null, "remove on-call entry " + call.target());
        }
        return roster.find(call.target()).isPresent() ? Permission.granted() : Permission.absent();
    }

    @Override
    public String change(Call<StaffPrincipal, Void> call) {
        var entry = roster.find(call.target()).orElseThrow();
        String was = OnCallAudit.describe(entry);
        notices.forget(entry.getId());
        roster.remove(entry);
        return was;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Void> call, String was) {
        return Optional.of(new Entry(AuditTrail.ON_CALL_REMOVED, null, was));
    }

    @Override
    public String absent() {
        return null;
    }
}
