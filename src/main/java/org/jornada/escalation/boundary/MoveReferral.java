package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.jornada.casework.boundary.CaseAccess;
import org.jornada.casework.boundary.CaseWork;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.escalation.control.EvidenceArchive;
import org.jornada.platform.boundary.InputValidation;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.Conflict;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.Forbidden;
import org.jornada.platform.control.Refused;
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
 * Permission, the step's rules, the move, its timeline step and the audit entry in one transaction.
 */
@ApplicationScoped
public class MoveReferral {

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
     * supervisor who did not prepare it. The page offers only these; {@link #run} checks again.
     */
    public static boolean mayTake(StaffPrincipal who, Referral referral, Step step) {
        return !REVIEW.contains(step) || (who.seesAllCases() && referral.isSecondPerson(who.staffId()));
    }

    @Inject
    Referrals referrals;

    @Inject
    ReferralPackets packets;

    @Inject
    ReferralMail mail;

    @Inject
    CaseAccess access;

    @Inject
    CaseWork work;

    @Inject
    DataCipher cipher;

    @Inject
    OrgTime orgTime;

    @Inject
    AuditTrail audit;

    @Inject
    InputValidation validation;

    @Inject
    Consents consents;

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
        if (!mayTake(who, referral, input.step())) {
            throw audit.refused(who, referral.getComplaintId(), "review referral " + referralId, "referral.secondPerson");
        }
        if (!input.step().allowedIn(referral.getState())) {
            throw new Conflict("step", "referral.notNow");
        }
        boolean yes = referral.isNamed() && consents.saidYes(referral.getComplaintId(), referral.getAuthorityId());
        if (!Step.possible(referral, yes).contains(input.step())) {
            throw new Conflict(NAME_STEPS.contains(input.step()) ? "identity" : "step",
                    NAME_STEPS.contains(input.step()) ? "referral.consentWithdrawn" : "referral.notNow");
        }
        String note = Optional.ofNullable(input.note()).map(String::strip).filter(n -> !n.isEmpty()).orElse(null);
        if (note != null && note.length() > 1000) {
            throw new Refused("note", "referral.note.tooLong");
        }
        ReferralState from = referral.getState();
        ReferralEvent.Kind kind = input.step().kind();
        switch (input.step()) {
            case SUBMIT -> referral.submit();
            case APPROVE -> approve(who, referral, complaint.get());
            case RETURN -> {
                if (note == null) {
                    throw new Refused("note", "referral.returnNeedsComment");
                }
                referral.returnToPreparer(who.staffId());
            }
            case SEND -> {
                note = mail.queue(referral, packets.packet(referral, complaint.get()),
                        referral.isWithEvidence() ? packets.evidenceZip(complaint.get(),
                                java.util.Locale.forLanguageTag(mail.language(referral))) : null);
                kind = ReferralEvent.Kind.MAIL_QUEUED;
            }
            case FILE -> file(who, referral, complaint.get(), input);
            case ACKNOWLEDGE -> referral.acknowledged(reference(input.reference(), true));
            case RESPONSE -> {
                if (note == null) {
                    throw new Refused("note", "referral.response.needed");
                }
            }
            case OUTCOME -> outcome(who, referral, complaint.get(), input);
            case ANONYMISE -> referral.makeAnonymous();
            case DISREGARD -> {
                if (note == null) {
                    throw new Refused("note", "referral.disregard.needed");
                }
            }
        }
        referrals.event(referral, kind, who.staffId(), from, note);
        audit.record(who, AuditTrail.REFERRAL_MOVED, referral.getComplaintId(),
                "referral " + referralId + ": " + kind + " (" + from + " -> " + referral.getState() + ")");
        return Optional.of(referral);
    }

    /** Approved with the packet frozen as it stands now: what goes out is what the second person approved. */
    private void approve(StaffPrincipal who, Referral referral, Complaint complaint) {
        byte[] packet = packets.build(referral, complaint);
        referral.approve(who.staffId(), cipher.seal(packet, ReferralPackets.PURPOSE), EvidenceArchive.sha256(packet));
    }

    private void file(StaffPrincipal who, Referral referral, Complaint complaint, Input input) {
        if (input.channel() == null) {
            throw new Refused("channel", "referral.channel.needed");
        }
        if (mail.pending(referral)) {
            throw new Conflict("step", "referral.mailPending");
        }
        LocalDate today = LocalDate.now(orgTime.getZone());
        LocalDate filedOn = input.filedOn() == null ? today : input.filedOn();
        LocalDate prepared = referral.getPreparedAt().atZone(orgTime.getZone()).toLocalDate();
        if (filedOn.isAfter(today) || filedOn.isBefore(prepared)) {
            throw new Refused("filedOn", "referral.filedOn.invalid", prepared, today);
        }
        Instant at = filedOn.equals(today) ? referrals.now() : filedOn.atStartOfDay(orgTime.getZone()).toInstant();
        referral.sent(input.channel(), at, reference(input.reference(), false));
        escalate(who, referral, complaint);
    }

    /** The case becomes ESCALATED when its first referral leaves: the only way it can. */
    void escalate(StaffPrincipal who, Referral referral, Complaint complaint) {
        if (work.file(complaint).getState() == CaseState.VERIFIED) {
            work.transition(who, complaint, CaseState.ESCALATED, "Referral " + referral.getId() + " sent");
        }
    }

    private void outcome(StaffPrincipal who, Referral referral, Complaint complaint, Input input) {
        if (input.outcome() == null) {
            throw new Refused("outcome", "referral.outcome.needed");
        }
        if (input.outcome() == Referral.Outcome.BACK_WAGES_RECOVERED
                && (input.amount() == null || input.amount().signum() <= 0)) {
            throw new Refused("amount", "referral.amount.needed");
        }
        referral.outcome(input.outcome(), input.amount());
        if (input.resolveCase() && work.file(complaint).getState().canMoveTo(CaseState.RESOLVED)) {
            work.transition(who, complaint, CaseState.RESOLVED, "Outcome of referral " + referral.getId() + ": "
                    + input.outcome());
        }
    }

    /** The authority's reference: required when acknowledging, optional when filing; at most 120 characters. */
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
