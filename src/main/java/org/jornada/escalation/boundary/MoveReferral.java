package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.platform.boundary.Commands;
import org.jornada.platform.control.Command;
import org.jornada.platform.control.ConflictException;
import org.jornada.platform.control.Permission;
import org.jornada.staff.boundary.AuditTrail;
import org.jornada.staff.control.StaffPrincipal;

/**
 * Use case: move a referral along its way. SUBMIT (the draft, or a returned one, goes for
 * approval); APPROVE (the packet frozen as approved) or RETURN with a comment, by a SUPERVISOR who
 * did not prepare it; SEND by mail (queued in the outbox: SENT once the server took it, through
 * {@link ReferralMail}); FILE (the advocate filed it on a web form, by phone, by post or by hand:
 * how, when, the reference given); then the authority's ACKNOWLEDGE (its reference), RESPONSE
 * (what it said, no move) and OUTCOME (it may resolve the case). A case becomes ESCALATED only
 * when a referral is sent or filed. A named referral takes SUBMIT, APPROVE, SEND and FILE only while
 * the worker's latest answer for its authority is yes (checked here at each step, and by the
 * outbox's gate before the mail leaves); without it, ANONYMISE makes it anonymous; one that left
 * named before the worker said no takes DISREGARD (what staff asked the authority, and how).
 * Run by the command engine: permission (a case this person works; approving and returning by a
 * second person), the step's rules, the move (the worker's yes checked again first, in the same
 * transaction), its timeline step and the engine's {@code REFERRAL_MOVED} entry; what each step
 * changes is {@link ReferralMoves}'s (a case made ESCALATED or RESOLVED writes its own
 * {@code STATE_CHANGED} entry there, through {@code CaseHandling.transition}).
 */
@ApplicationScoped
public class MoveReferral implements Command<StaffPrincipal, MoveReferral.Input, Optional<MoveReferral.Moved>> {

    /** A step, the state it moves the referral to (none for a response), and its timeline kind. */
    public enum Step {
        SUBMIT(ReferralState.SUBMITTED), APPROVE(ReferralState.APPROVED), RETURN(ReferralState.RETURNED),
        SEND(ReferralState.SENT), FILE(ReferralState.SENT), ACKNOWLEDGE(ReferralState.ACKNOWLEDGED),
        RESPONSE(null), OUTCOME(ReferralState.OUTCOME),
        /** A named draft (or returned one) made anonymous: the way on after the worker said no. */
        ANONYMISE(null),
        /** Staff asked the authority to disregard the name of a named referral that left before the worker's no. */
        DISREGARD(null);

        private final ReferralState target;

        Step(ReferralState target) {
            this.target = target;
        }

        public ReferralState target() {
            return target;
        }

        /** Whether a referral in this state can take this step (the worker's consent aside). */
        public boolean allowedIn(ReferralState state) {
            return switch (this) {
                case RESPONSE -> state == ReferralState.SENT || state == ReferralState.ACKNOWLEDGED;
                case ANONYMISE -> state == ReferralState.DRAFT || state == ReferralState.RETURNED;
                case DISREGARD -> state == ReferralState.SENT || state == ReferralState.ACKNOWLEDGED
                        || state == ReferralState.OUTCOME;
                default -> state.canMoveTo(target);
            };
        }

        /** The timeline's kind for this step. */
        ReferralEvent.Kind kind() {
            return switch (this) {
                case RESPONSE -> ReferralEvent.Kind.RESPONSE;
                case ANONYMISE -> ReferralEvent.Kind.ANONYMISED;
                case DISREGARD -> ReferralEvent.Kind.DISREGARD;
                default -> ReferralEvent.Kind.of(target);
            };
        }

        /** The steps a referral in this state can take next (the worker's consent aside). */
        public static List<Step> from(ReferralState state) {
            return Arrays.stream(values()).filter(s -> s.allowedIn(state)).toList();
        }

        /**
         * The steps this referral can take now, given whether the worker's latest answer for its
         * authority is yes: a named referral is submitted, approved, sent or filed only with that yes;
         * without it, it can be made anonymous; one that left named before the worker said no can
         * have the authority asked to disregard the name.
         */
        public static List<Step> possible(Referral referral, boolean workerSaysYes) {
            return from(referral.getState()).stream().filter(s -> switch (s) {
                case SUBMIT, APPROVE, SEND, FILE -> !referral.isNamed() || workerSaysYes;
                case ANONYMISE -> referral.isNamed();
                case DISREGARD -> referral.isNamed() && !workerSaysYes;
                default -> true;
            }).toList();
        }
    }

    /** The steps that act on the worker's name when the referral is named: the worker's yes is checked at each. */
    static final EnumSet<Step> NAME_STEPS = EnumSet.of(Step.SUBMIT, Step.APPROVE, Step.SEND, Step.FILE);

    /** What a step needs: a comment to return, a channel and date to record a filing, a reference, an outcome. */
    public record Input(@NotNull(message = "referral.step.invalid") Step step, String note, ChannelKind channel,
            LocalDate filedOn, String reference, Referral.Outcome outcome, BigDecimal amount, boolean resolveCase) {

        public static Input of(Step step, String note) {
            return new Input(step, note, null, null, null, null, null, false);
        }
    }

    /** The steps a supervisor who did not prepare the referral takes. */
    private static final EnumSet<Step> REVIEW = EnumSet.of(Step.APPROVE, Step.RETURN);

    /**
     * Whether this person may take this step on this referral: approving and returning are for a
     * supervisor who did not prepare it. The page offers only these; the command checks again.
     */
    public static boolean mayTake(StaffPrincipal who, Referral referral, Step step) {
        return !REVIEW.contains(step) || (who.seesAllCases() && referral.isSecondPerson(who.staffId()));
    }

    /** The referral as moved, the state it left, and the timeline's kind for the step (a SEND is MAIL_QUEUED). */
    record Moved(Referral referral, ReferralState from, ReferralEvent.Kind kind) {
    }

    @Inject
    Commands commands;

    @Inject
    Referrals referrals;

    @Inject
    ReferralMoves moves;

    @Inject
    CaseAccess access;

    @Inject
    Consents consents;

    /** The referral as moved, or empty when there is no such referral on a case this person works. */
    public Optional<Referral> run(StaffPrincipal who, long referralId, Input input) {
        return commands.run(this, who, referralId, input).map(Moved::referral);
    }

    /**
     * A referral on a case this person works (absent otherwise, telling nothing more); approving
     * and returning refused, audited, unless by a supervisor who did not prepare it.
     */
    @Override
    public Permission permission(Call<StaffPrincipal, Input> call) {
        Optional<Referral> found = referrals.find(call.target());
        if (found.isEmpty()) {
            return Permission.absent();
        }
        Referral referral = found.get();
        Permission onCase = access.permission(call.who(), referral.getComplaintId(), "move referral");
        Step step = call.input() == null ? null : call.input().step();
        if (onCase.kind() == Permission.Kind.GRANTED && !mayTake(call.who(), referral, step)) {
            return Permission.refused(referral.getComplaintId(), "review referral " + call.target(),
                    "referral.secondPerson");
        }
        return onCase;
    }

    @Override
    public void check(Call<StaffPrincipal, Input> call) {
        PrepareReferral.checkNote(note(call.input()));
    }

    /**
     * The move, once the step fits the referral's state and, for a named referral, the worker's
     * latest answer for its authority is still yes (read here, in the move's transaction).
     */
    @Override
    public Optional<Moved> change(Call<StaffPrincipal, Input> call) {
        Referral referral = referrals.find(call.target()).orElseThrow();
        Input input = call.input();
        if (!input.step().allowedIn(referral.getState())) {
            throw new ConflictException("step", "referral.notNow");
        }
        boolean yes = referral.isNamed() && consents.saidYes(referral.getComplaintId(), referral.getAuthorityId());
        if (!Step.possible(referral, yes).contains(input.step())) {
            throw new ConflictException(NAME_STEPS.contains(input.step()) ? "identity" : "step",
                    NAME_STEPS.contains(input.step()) ? "referral.consentWithdrawn" : "referral.notNow");
        }
        ReferralState from = referral.getState();
        ReferralMoves.Done done = moves.take(call.who(), referral, access.open(call.who(), referral.getComplaintId()),
                input, note(input));
        referrals.event(referral, done.kind(), call.who().staffId(), from, done.note());
        return Optional.of(new Moved(referral, from, done.kind()));
    }

    @Override
    public Optional<Entry> audit(Call<StaffPrincipal, Input> call, Optional<Moved> moved) {
        return moved.map(m -> new Entry(AuditTrail.REFERRAL_MOVED, m.referral().getComplaintId(), "referral "
                + call.target() + ": " + m.kind() + " (" + m.from() + " -> " + m.referral().getState() + ")"));
    }

    @Override
    public Optional<Moved> absent() {
        return Optional.empty();
    }

    /** The note as given, stripped; {@code null} when blank. */
    private static String note(Input input) {
        return Optional.ofNullable(input.note()).map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
    }
}
