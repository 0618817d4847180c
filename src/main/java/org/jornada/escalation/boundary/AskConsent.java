package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.casework.boundary.CaseCommand;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff ask the worker whether an authority may get their name and how to reach them;
 * the worker sees the question on {@code /follow-up}. Asking again while a question to that
 * authority waits answers the waiting one (no new audit entry then). Run by the command engine;
 * the case page and {@code POST /api/v1/staff/cases/{id}/consent-requests} run it.
 */
@ApplicationScoped
public class AskConsent extends CaseCommand<AskConsent.Input, Optional<AskConsent.Asked>> {

    public record Input(@NotNull(message = "consent.authority.unknown") Long authorityId) {
    }

    /** The question, and whether it was asked now (not one already waiting): only a new one is audited. */
    record Asked(ConsentRequest request, boolean isNew) {
    }

    @Inject
    Consents consents;

    @Inject
    Authorities authorities;

    public AskConsent() {
        super("ask consent");
    }

    /** The question (new, or the one already waiting), or empty when there is no such case for this person. */
    public Optional<ConsentRequest> run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input).map(Asked::request);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        if (authorities.find(call.input().authorityId()).isEmpty()) {
            throw new RefusedException("authorityId", "consent.authority.unknown");
        }
        // the worker is asked about "the phone, WhatsApp or email you gave us": never when there is none
        if (!access.open(call.who(), call.target()).hasContact()) {
            throw new RefusedException("authorityId", "consent.noContact");
        }
    }

    @Override
    public Optional<Asked> change(Call<StaffPrincipal, Input> call) {
        long caseId = call.target();
        Long authorityId = call.input().authorityId();
        Optional<ConsentRequest> waiting = consents.latest(caseId, authorityId).filter(ConsentRequest::isWaiting);
        return Optional.of(waiting.map(w -> new Asked(w, false))
                .orElseGet(() -> new Asked(consents.ask(caseId, authorityId, call.who().staffId()), true)));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<Asked> asked) {
        return asked.filter(Asked::isNew).map(a -> new Entry(AuditTrail.CONSENT_ASKED, call.target(),
                "authority " + call.input().authorityId()));
    }

    @Override
    public Optional<Asked> absent() {
        return Optional.empty();
    }
}
