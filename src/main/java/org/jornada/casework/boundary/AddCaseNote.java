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
 * Use case: an internal note on a case (sealed; the worker never sees it), marked or not "for the
 * referral" (then it goes into the referral packets, anonymous ones included). The note and its
 * audit entry are one transaction; the case page runs it.
 */
@ApplicationScoped
public class AddCaseNote {

    /** The note; {@code forReferral}: it goes into the referral packets of the case. */
    public record Input(String text, boolean forReferral) {
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
        complaint.ifPresent(c -> details.addNote(who, c, input.text(), input.forReferral()));
        return complaint.isPresent();
    }
}
