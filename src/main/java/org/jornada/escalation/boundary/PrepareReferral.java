package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Optional;
import org.jornada.casework.boundary.CaseCommand;
import org.jornada.complaint.entity.CaseState;
import org.jornada.escalation.entity.Referral;
import org.jornada.platform.boundary.Organization;
import org.jornada.platform.control.ConflictException;
import org.jornada.platform.control.PlainText;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: an advocate prepares a referral of a verified case to one authority, anonymous or
 * named, with the evidence or without. A named referral needs the worker's latest answer for that
 * authority to be yes: a "no", or no answer, never becomes one. Refused (409, field
 * {@code organization}) while the organization's name, or both its phone and email, are not set:
 * the packet sends the authority to the worker through the organization and must say how. Run by
 * the command engine: permission first (before the input is read), the input's rules, the draft
 * with its first timeline step, the audit entry.
 */
@ApplicationScoped
public class PrepareReferral extends CaseCommand<PrepareReferral.Input, Optional<Referral>> {

    /** The case states a referral can start from: verified, or already escalated to another authority. */
    static final EnumSet<CaseState> REFERABLE = EnumSet.of(CaseState.VERIFIED, CaseState.ESCALATED);

    /** The authority, ANONYMOUS or NAMED, the evidence ATTACH or WITHHOLD (withheld when not said), a note to the approver. */
    public record Input(@NotNull(message = "consent.authority.unknown") Long authorityId,
            @NotNull(message = "referral.identity.invalid") Referral.Identity identity,
            Referral.EvidenceChoice evidence, String note) {
    }

    @Inject
    Consents consents;

    @Inject
    Authorities authorities;

    @Inject
    Referrals referrals;

    @Inject
    Organization organization;

    @Inject
    org.jornada.casework.boundary.CaseHandling work;

    public PrepareReferral() {
        super("prepare referral");
    }

    /** The draft, or empty when there is no such case for this person. */
    public Optional<Referral> run(StaffPrincipal who, long caseId, Input input) {
        return commands.run(this, who, caseId, input);
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        checkNote(note(call.input()));
    }

    /** The longest note a referral keeps (its column, {@code Referral.note}). */
    public static final int NOTE_MAX = 1000;

    /** Refuses a note longer than {@link #NOTE_MAX}: on preparing, and on every move ({@link MoveReferral}). */
    static void checkNote(String note) {
        if (note != null && note.length() > NOTE_MAX) {
            throw new RefusedException("note", "referral.note.tooLong");
        }
    }

    @Override
    public Optional<Referral> change(Call<StaffPrincipal, Input> call) {
        long caseId = call.target();
        Input input = call.input();
        if (!REFERABLE.contains(work.file(access.open(call.who(), caseId)).getState())) {
            throw new ConflictException("case", "referral.caseNotVerified");
        }
        // every packet tells the authority to reach the worker through the organization: it must say how
        Optional<String> missing = organization.missingForReferral();
        if (missing.isPresent()) {
            throw new ConflictException("organization", "referral.organization." + missing.get());
        }
        if (authorities.find(input.authorityId()).isEmpty()) {
            throw new RefusedException("authorityId", "consent.authority.unknown");
        }
        if (input.identity() == Referral.Identity.NAMED && !consents.saidYes(caseId, input.authorityId())) {
            throw new ConflictException("identity", "referral.noConsent");
        }
        String note = note(input);
        long staffId = call.who().staffId();
        return Optional.of(referrals.add(new Referral(caseId, input.authorityId(), input.identity(),
                input.evidence() == null ? Referral.EvidenceChoice.WITHHOLD : input.evidence(),
                note == null || note.isEmpty() ? null : note, staffId, referrals.now()), staffId));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<Referral> draft) {
        return draft.map(d -> new Entry(AuditTrail.REFERRAL_PREPARED, call.target(), "referral " + d.getId()
                + " to authority " + call.input().authorityId() + " (" + call.input().identity() + ")"));
    }

    @Override
    public Optional<Referral> absent() {
        return Optional.empty();
    }

    /** The note to the approver as plain text, stripped; {@code null} when not given. */
    private static String note(Input input) {
        return input.note() == null ? null : PlainText.clean(input.note()).strip();
    }
}
