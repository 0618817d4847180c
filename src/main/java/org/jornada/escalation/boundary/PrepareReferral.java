package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.escalation.entity.Referral;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.boundary.Organization;
import org.jornada.platform.control.Conflict;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.PlainText;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an advocate prepares a referral of a verified case to one authority, anonymous or
 * named, with the evidence or without. A named referral needs the worker's latest answer for that
 * authority to be yes: a "no", or no answer, never becomes one. Refused (409, field
 * {@code organization}) while the organization's name, or both its phone and email, are not set:
 * the packet sends the authority to the worker through the organization and must say how. Permission, rules, the draft, its first timeline step
 * and the audit entry in one transaction.
 */
@ApplicationScoped
public class PrepareReferral {

    /** The case states a referral can start from: verified, or already escalated to another authority. */
    static final EnumSet<CaseState> REFERABLE = EnumSet.of(CaseState.VERIFIED, CaseState.ESCALATED);

    /** The authority, ANONYMOUS or NAMED, the evidence ATTACH or WITHHOLD (withheld when not said), a note to the approver. */
    public record Input(@NotNull(message = "consent.authority.unknown") Long authorityId,
            @NotNull(message = "referral.identity.invalid") Referral.Identity identity,
            Referral.EvidenceChoice evidence, String note) {
    }

    @Inject
    CaseAccess access;

    @Inject
    Consents consents;

    @Inject
    Authorities authorities;

    @Inject
    Referrals referrals;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @Inject
    Organization organization;

    @Inject
    org.jornada.casework.boundary.CaseWork work;

    /** The draft, or empty when there is no such case for this person. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<Referral> run(StaffPrincipal who, long caseId, Input input) {
        validation.check(input);
        Optional<Complaint> complaint = access.workable(who, caseId, "prepare referral");
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        if (!REFERABLE.contains(work.file(complaint.get()).getState())) {
            throw new Conflict("case", "referral.caseNotVerified");
        }
        // every packet tells the authority to reach the worker through the organization: it must say how
        Optional<String> missing = organization.missingForReferral();
        if (missing.isPresent()) {
            throw new Conflict("organization", "referral.organization." + missing.get());
        }
        if (authorities.find(input.authorityId()).isEmpty()) {
            throw new Refused("authorityId", "consent.authority.unknown");
        }
        if (input.identity() == Referral.Identity.NAMED && !consents.saidYes(caseId, input.authorityId())) {
            throw new Conflict("identity", "referral.noConsent");
        }
        String note = input.note() == null ? null : PlainText.clean(input.note()).strip();
        if (note != null && note.length() > 1000) {
            throw new Refused("note", "referral.note.tooLong");
        }
        Referral draft = referrals.add(new Referral(caseId, input.authorityId(), input.identity(),
                input.evidence() == null ? Referral.EvidenceChoice.WITHHOLD : input.evidence(),
                note == null || note.isEmpty() ? null : note, who.staffId(), referrals.now()), who.staffId());
        audit.record(who, AuditTrail.REFERRAL_PREPARED, caseId, "referral " + draft.getId() + " to authority "
                + input.authorityId() + " (" + input.identity() + ")");
        return Optional.of(draft);
    }
}
