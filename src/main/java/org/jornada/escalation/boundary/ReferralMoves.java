package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.jornada.casework.boundary.CaseHandling;
import org.jornada.complaint.entity.CaseState;
import org.jornada.complaint.entity.Complaint;
import org.jornada.escalation.control.EvidenceArchive;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.platform.boundary.OrgTime;
import org.jornada.platform.control.ConflictException;
import org.jornada.platform.control.DataCipher;
import org.jornada.platform.control.RefusedException;
import org.jornada.staff.control.StaffPrincipal;

/**
 * What each of {@link MoveReferral}'s steps changes, in that command's transaction once its
 * permission and the worker's consent were checked: the packet frozen on approval, the mail queued
 * on sending, the filing recorded, the outcome (the case ESCALATED or RESOLVED through
 * {@code CaseHandling.transition}, which writes its own entry). Only {@link MoveReferral} uses it.
 */
@ApplicationScoped
public class ReferralMoves {

    /** The timeline's kind for the step taken and the note it keeps. */
    public record Done(ReferralEvent.Kind kind, String note) {
    }

    @Inject
    Referrals referrals;

    @Inject
    ReferralPackets packets;

    @Inject
    ReferralMail mail;

    @Inject
    org.jornada.casework.boundary.CaseRecords details;

    @Inject
    CaseHandling work;

    @Inject
    DataCipher cipher;

    @Inject
    OrgTime orgTime;

    /** Takes the step on a referral that may take it; {@code note} is the input's, stripped, or null. */
    public Done take(StaffPrincipal who, Referral referral, Complaint complaint, MoveReferral.Input input,
            String note) {
        ReferralEvent.Kind kind = input.step().kind();
        switch (input.step()) {
            case SUBMIT -> referral.submit();
            case APPROVE -> approve(who, referral, complaint);
            case RETURN -> {
                if (note == null) {
                    throw new RefusedException("note", "referral.returnNeedsComment");
                }
                referral.returnToPreparer(who.staffId());
            }
            case SEND -> {
                // "the evidence is attached" only when there is some: an empty ZIP told the authority otherwise
                boolean files = !details.evidence(complaint.getId()).isEmpty();
                note = mail.queue(referral, packets.packet(referral, complaint),
                        referral.isWithEvidence() && files ? packets.evidenceZip(complaint,
                                java.util.Locale.forLanguageTag(mail.language(referral))) : null, files);
                kind = ReferralEvent.Kind.MAIL_QUEUED;
            }
            case FILE -> file(who, referral, complaint, input);
            case ACKNOWLEDGE -> referral.acknowledged(reference(input.reference(), true));
            case RESPONSE -> {
                if (note == null) {
                    throw new RefusedException("note", "referral.response.needed");
                }
            }
            case OUTCOME -> outcome(who, referral, complaint, input);
            case ANONYMISE -> referral.makeAnonymous();
            case DISREGARD -> {
                if (note == null) {
                    throw new RefusedException("note", "referral.disregard.needed");
                }
            }
        }
        return new Done(kind, note);
    }

    /** Approved with the packet frozen as it stands now: what goes out is what the second person approved. */
    private void approve(StaffPrincipal who, Referral referral, Complaint complaint) {
        byte[] packet = packets.build(referral, complaint);
        referral.approve(who.staffId(), cipher.seal(packet, ReferralPackets.PURPOSE), EvidenceArchive.sha256(packet));
    }

    private void file(StaffPrincipal who, Referral referral, Complaint complaint, MoveReferral.Input input) {
        if (input.channel() == null) {
            throw new RefusedException("channel", "referral.channel.needed");
        }
        if (mail.pending(referral)) {
            throw new ConflictException("step", "referral.mailPending");
        }
        LocalDate today = LocalDate.now(orgTime.getZone());
        LocalDate filedOn = input.filedOn() == null ? today : input.filedOn();
        LocalDate prepared = referral.getPreparedAt().atZone(orgTime.getZone()).toLocalDate();
        if (filedOn.isAfter(today) || filedOn.isBefore(prepared)) {
            throw new RefusedException("filedOn", "referral.filedOn.invalid", prepared, today);
        }
        Instant at = filedOn.equals(today) ? referrals.now() : filedOn.atStartOfDay(orgTime.getZone()).toInstant();
        referral.sent(input.channel(), at, reference(input.reference(), false));
        escalate(who, referral, complaint);
    }

    /** The case becomes ESCALATED when its first referral leaves: the only way it can. */
    private void escalate(StaffPrincipal who, Referral referral, Complaint complaint) {
        if (work.file(complaint).getState() == CaseState.VERIFIED) {
            work.transition(who, complaint, CaseState.ESCALATED, "Referral " + referral.getId() + " sent");
        }
    }

    private void outcome(StaffPrincipal who, Referral referral, Complaint complaint, MoveReferral.Input input) {
        if (input.outcome() == null) {
            throw new RefusedException("outcome", "referral.outcome.needed");
        }
        if (input.outcome() == Referral.Outcome.BACK_WAGES_RECOVERED
                && (input.amount() == null || input.amount().signum() <= 0)) {
            throw new RefusedException("amount", "referral.amount.needed");
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
                throw new RefusedException("reference", "referral.reference.needed");
            }
            return null;
        }
        if (reference.length() > 120) {
            throw new RefusedException("reference", "referral.reference.needed");
        }
        return reference;
    }
}
