package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an internal note on a case (sealed; the worker never sees it), marked or not "for the
 * referral" (then it goes into the referral packets, anonymous ones included). Run by the command
 * engine (the permission now comes before the text is read), which writes the NOTE_ADDED entry
 * (moved here from {@link CaseRecords#addNote}); the case page runs it.
 */
@ApplicationScoped
public class AddCaseNote extends CaseCommand<AddCaseNote.Input, Boolean> {

    /** The note; {@code forReferral}: it goes into the referral packets of the case. */
    public record Input(String text, boolean forReferral) {
    }

    @Inject
    CaseRecords details;

    public AddCaseNote() {
        super("add note");
    }

    /** True when added, false when there is no such case for this person. */
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        String text = call.input().text();
        if (text == null || text.isBlank() || text.length() > CaseRecords.NOTE_MAX) {
            throw new RefusedException("note", "caseview.noteInvalid", CaseRecords.NOTE_MAX);
        }
    }

    @Override
    public Boolean change(Call<StaffPrincipal, Input> call) {
        details.addNote(call.who(), access.open(call.who(), call.target()), call.input().text(), call.input().forReferral());
        return true;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Boolean result) {
        return Optional.of(new Entry(AuditTrail.NOTE_ADDED, call.target(),
                call.input().forReferral() ? "for the referral" : null));
    }

    @Override
    public Boolean absent() {
        return false;
    }
}
