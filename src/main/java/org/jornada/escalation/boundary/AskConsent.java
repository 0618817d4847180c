package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.complaint.entity.Complaint;
import org.jornada.escalation.entity.ConsentRequest;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: staff ask the worker whether an authority may get their name and how to reach them;
 * the worker sees the question on {@code /follow-up}. Asking again while a question to that
 * authority waits answers the waiting one. Permission, input rules, the question and its audit
 * entry in one transaction; the case page and {@code POST /api/v1/staff/cases/{id}/consent-requests}
 * run it.
 */
@ApplicationScoped
public class AskConsent {

    public record Input(@NotNull(message = "consent.authority.unknown") Long authorityId) {
    }

    @Inject
    CaseAccess access;

    @Inject
    Consents consents;

    @Inject
    Authorities authorities;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** The question (new, or the one already waiting), or empty when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<ConsentRequest> run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        Optional<Complaint> complaint = access.workable(who, caseId, "ask consent");
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        if (authorities.find(input.authorityId()).isEmpty()) {
            throw new Refused("authorityId", "consent.authority.unknown");
        }
        Optional<ConsentRequest> waiting = consents.latest(caseId, input.authorityId()).filter(ConsentRequest::isWaiting);
        if (waiting.isPresent()) {
            return waiting;
        }
        ConsentRequest asked = consents.ask(caseId, input.authorityId(), who.staffId());
        audit.record(who, AuditTrail.CONSENT_ASKED, caseId, "authority " + input.authorityId());
        return Optional.of(asked);
    }
}
