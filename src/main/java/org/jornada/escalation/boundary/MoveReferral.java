package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.casework.boundary.CaseWork;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: move a referral along its way. SUBMIT (the draft, or a returned one, goes for
 * approval); APPROVE or RETURN with a comment (a SUPERVISOR who did not prepare it: the second
 * pair of eyes); SEND (the filing recorded: how, and the reference given if any; the case becomes
 * ESCALATED, the only way it can); ACKNOWLEDGE (the authority's reference); OUTCOME (investigation
 * opened, back wages recovered with the amount, declined, referred on; it may resolve the case).
 * Permission, the step's rules, the move, its timeline step and the audit entry in one transaction.
 */
@ApplicationScoped
public class MoveReferral {

    /** A step and the state it moves the referral to. */
    public enum Step {
        SUBMIT(ReferralState.SUBMITTED), APPROVE(ReferralState.APPROVED), RETURN(ReferralState.RETURNED),
        SEND(ReferralState.SENT), ACKNOWLEDGE(ReferralState.ACKNOWLEDGED), OUTCOME(ReferralState.OUTCOME);

        private final ReferralState target;

        Step(ReferralState target) {
            this.target = target;
        }

        public ReferralState target() {
            return target;
        }

        /** The steps a referral in this state can take next. */
        public static java.util.List<Step> from(ReferralState state) {
            return java.util.Arrays.stream(values()).filter(s -> state.canMoveTo(s.target)).toList();
        }
    }

    /** What a step needs: a comment to return, a channel to send, a reference, an outcome (and amount). */
    public record Input(@NotNull(message = "referral.step.invalid") Step step, String note, ChannelKind channel,
            String reference, Referral.Outcome outcome, BigDecimal amount, boolean resolveCase) {
    }

    @Inject
    Referrals referrals;

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    /** The referral as moved, or empty when there is no such referral on a case this person works. */
    @Transactional(dontRollbackOn = Forbidden.class)
    public Optional<Referral> run(StaffPrincipal who, long referralId, Input input) {
        validation.check(input);
        Optional<Referral> found = referrals.find(referralId);
        Optional<Complaint> complaint = found.flatMap(r -> access.workable(who, r.getComplaintId(), "move referral"));
        if (complaint.isEmpty()) {
            return Optional.empty();
        }
        Referral referral = found.get();
        if (!referral.getState().canMoveTo(input.step().target())) {
            throw new Refused("step", "referral.notNow");
        }
        String note = Optional.ofNullable(input.note()).map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (note != null && note.length() > 1000) {
            throw new Refused("note", "referral.note.tooLong");
        }
        ReferralState from = switch (input.step()) {
            case SUBMIT -> referral.submit();
            case APPROVE, RETURN -> review(who, referral, input.step(), note);
            case SEND -> send(who, referral, complaint.get(), input);
            case ACKNOWLEDGE -> referral.acknowledged(reference(input.reference(), true));
            case OUTCOME -> outcome(who, referral, complaint.get(), input);
        };
        referrals.event(referral, who.staffId(), from, note);
        audit.record(who, AuditTrail.REFERRAL_MOVED, referral.getComplaintId(),
                "referral " + referralId + ": " + from + " -> " + referral.getState());
        return Optional.of(referral);
    }

    private ReferralState review(StaffPrincipal who, Referral referral, Step step, String note) {
        if (!who.seesAllCases() || !referral.isSecondPerson(who.staffId())) {
            throw audit.refused(who, referral.getComplaintId(), "review referral " + referral.getId(),
                    "referral.secondPerson");
        }
        if (step == Step.RETURN && note == null) {
            throw new Refused("note", "referral.returnNeedsComment");
        }
        return step == Step.APPROVE ? referral.approve(who.staffId()) : referral.returnToPreparer(who.staffId());
    }

    private ReferralState send(StaffPrincipal who, Referral referral, Complaint complaint, Input input) {
        if (input.channel() == null) {
            throw new Refused("channel", "referral.channel.needed");
        }
        String reference = reference(input.reference(), false);
        ReferralState from = referral.sent(input.channel(), referrals.now(), reference);
        if (complaint.getState() == CaseState.VERIFIED) {
            work.transition(who, complaint, CaseState.ESCALATED, "Referral " + referral.getId() + " sent");
        }
        return from;
    }

    private ReferralState outcome(StaffPrincipal who, Referral referral, Complaint complaint, Input input) {
        if (input.outcome() == null) {
            throw new Refused("outcome", "referral.outcome.needed");
        }
        if (input.outcome() == Referral.Outcome.BACK_WAGES_RECOVERED
                && (input.amount() == null || input.amount().signum() <= 0)) {
            throw new Refused("amount", "referral.amount.needed");
        }
        ReferralState from = referral.outcome(input.outcome(), input.amount());
        if (input.resolveCase() && complaint.getState().canMoveTo(CaseState.RESOLVED)) {
            work.transition(who, complaint, CaseState.RESOLVED, "Outcome of referral " + referral.getId() + ": "
                    + input.outcome());
        }
        return from;
    }

    /** The authority's reference: required when acknowledging, optional when sending; at most 120 characters. */
    private static String reference(String given, boolean required) {
        String reference = given == null ? null : given.strip();
        if (reference == null || reference.isEmpty()) {
            if (required) {
                throw new Refused("reference", "referral.reference.needed");
            }
            return null;
        }
        if (reference.length() > 120) {
            throw new Refused("reference", "referral.reference.needed");
        }
        return reference;
    }
}
