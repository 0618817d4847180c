package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.complaint.entity.Complaint;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff write to the worker through the receipt channel (the worker reads it on
 * {@code /follow-up}). The message and its audit entry are one transaction; the case page and
 * {@code POST /api/v1/staff/cases/{id}/messages} both run it.
 */
@ApplicationScoped
public class MessageWorker {

    public record Input(String text) {
    }

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    /** The message as stored, or empty when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<MessageThread.Entry> run(StaffPrincipal who, long caseId, Input input) {
        MessageThread.checkText(input.text()).ifPresent(problem -> {
            throw new Refused(List.of(problem));
        });
        Optional<Complaint> complaint = access.workable(who, caseId, "message worker");
        return complaint.map(c -> work.message(who, c, input.text().strip()));
    }
}
