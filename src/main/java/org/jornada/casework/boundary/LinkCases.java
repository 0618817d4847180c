package org.jornada.casework.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.casework.entity.CaseLink;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.complaint.entity.IllegalTransitionException;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: link a case to another one the staff member may also work, as related or as its
 * duplicate. A duplicate also moves the case to DUPLICATE; the move and the link are one
 * transaction (before, a refused link could leave the case moved). Run by the command engine (the
 * permission now comes before the input is read), which writes no entry of its own:
 * {@link CaseRecords#link} writes CASE_LINKED (it is also a fixture in StaffWorkIT) and
 * {@link CaseHandling#transition} the move's STATE_CHANGED, as on every move.
 */
@ApplicationScoped
public class LinkCases extends CaseCommand<LinkCases.Input, Void> {

    /** The other case, how they are linked, and (for a duplicate) why. */
    public record Input(@NotNull(message = "caseview.linkRefused") Long otherId,
            @NotNull(message = "caseview.linkRefused") CaseLink.Kind kind,
            String reason) {
        // reason's length is checked in check(): Payara's OpenAPI scanner fails on @Size on a record
        // component (NullPointerException in ApplicationProcessor.visitSize, Payara 6.2025.10)
    }

    @Inject
    CaseHandling work;

    @Inject
    CaseRecords details;

    public LinkCases() {
        super("link cases");
    }

    public void run(StaffPrincipal who, long caseId, Input input) {
        commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        if (input.reason() != null && input.reason().length() > 1000) {
            throw new RefusedException("reason", "caseview.reasonTooLong", 1000);
        }
        if (input.otherId().equals(call.target()) || work.visible(call.who(), input.otherId()).isEmpty()) {
            throw new RefusedException("otherId", "caseview.linkRefused");
        }
    }

    @Override
    public Void change(Call<StaffPrincipal, Input> call) {
        Input input = call.input();
        Complaint complaint = access.open(call.who(), call.target());
        if (input.kind() == CaseLink.Kind.DUPLICATE) {
            try {
                work.transition(call.who(), complaint, CaseState.DUPLICATE, input.reason() == null
                        || input.reason().isBlank() ? "Duplicate of case " + input.otherId() : input.reason().strip());
            } catch (IllegalTransitionException refused) {
                throw new RefusedException("kind", "caseview.moveRefused");
            }
        }
        details.link(call.who(), complaint, input.otherId(), input.kind());
        return null;
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Void result) {
        return Optional.empty();
    }

    /** No such case for this person: refused as a link to nothing, as before. */
    @Override
    public Void absent() {
        throw new RefusedException("id", "caseview.linkRefused");
    }
}
