package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an internal note on a case (sealed; the worker never sees it). The note and its
 * audit entry are one transaction; the case page runs it.
 */
@ApplicationScoped
public class AddCaseNote {

    public record Input(String text) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseDetails details;

    /** True when added, false when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public boolean run(StaffPrincipal who, long caseId, Input input) {
        if (input.text() == null || input.text().isBlank() || input.text().length() > CaseDetails.NOTE_MAX) {
            throw new Refused("note", "caseview.noteInvalid", CaseDetails.NOTE_MAX);
        }
        Optional<Complaint> complaint = access.workable(who, caseId, "add note");
        complaint.ifPresent(c -> details.addNote(who, c, input.text()));
        return complaint.isPresent();
    }
}
