package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jornada.complaint.boundary.MessageThread;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff write to the worker through the receipt channel (the worker reads it on
 * {@code /follow-up}). Run by the command engine (the permission now comes before the text is
 * read), which writes the MESSAGE_SENT entry (moved here from {@link CaseHandling#message}); the case
 * page and {@code POST /api/v1/staff/cases/{id}/messages} both run it.
 */
@ApplicationScoped
public class MessageWorker extends CaseCommand<MessageWorker.Input, Optional<MessageThread.Entry>> {

    public record Input(String text) {
    }

    @Inject
    CaseHandling work;

    public MessageWorker() {
        super("message worker");
    }

    /** The message as stored, or empty when there is no such case for this person. */
    public Optional<MessageThread.Entry> run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        MessageThread.checkText(call.input().text()).ifPresent(problem -> {
            throw new RefusedException(List.of(problem));
        });
    }

    @Override
    public Optional<MessageThread.Entry> change(Call<StaffPrincipal, Input> call) {
        return Optional.of(work.message(access.open(call.who(), call.target()), call.input().text().strip()));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<MessageThread.Entry> result) {
        return Optional.of(new Entry(AuditTrail.MESSAGE_SENT, call.target(), null));
    }

    @Override
    public Optional<MessageThread.Entry> absent() {
        return Optional.empty();
    }
}
