package org.jornada.escalation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jornada.casework.boundary.CaseHandling;
import org.jornada.complaint.entity.CaseState;
import org.jornada.escalation.entity.Authority;
import org.jornada.escalation.entity.ChannelKind;
import org.jornada.escalation.entity.Referral;
import org.jornada.escalation.entity.ReferralEvent;
import org.jornada.escalation.entity.ReferralState;
import org.jornada.mail.boundary.MailDelivered;
import org.jornada.mail.boundary.MailStatus;
import org.jornada.mail.boundary.Outbox;
import org.jornada.mail.control.Letter;
import org.jornada.mail.entity.MailState;
import org.jornada.platform.boundary.Organization;
import org.jornada.platform.control.ConflictException;
import org.jornada.platform.control.Messages;
import org.jornada.staff.boundary.StaffAccounts;
import org.jornada.staff.control.StaffPrincipal;

/**
 * A referral by mail: the approved packet (and the evidence ZIP when attached) queued in the
 * outbox to the authority's email channel; when the server takes it, the referral becomes SENT and
 * its case ESCALATED in the same transaction as the outbox's record. With no server configured the
 * mail is written as an .eml file and the referral stays APPROVED: nothing left, and the timeline
 * says where the file is, so that the advocate sends it and records the filing.
 */
@ApplicationScoped
public class ReferralMail {

    static final String TOPIC = "referral:";

    @Inject
    Outbox outbox;

    @Inject
    Authorities authorities;

    @Inject
    Referrals referrals;

    @Inject
    Organization organization;

    @Inject
    StaffAccounts staff;

    @Inject
    CaseHandling work;


    static String topic(Referral referral) {
        return TOPIC + referral.getId();
    }

    public Optional<MailStatus> status(Referral referral) {
        return outbox.status(topic(referral));
    }

    /** A mail waiting or being sent: the referral cannot be recorded as filed meanwhile. */
    boolean pending(Referral referral) {
        return status(referral).map(s -> !s.state().isFinal()).orElse(false);
    }

    String language(Referral referral) {
        return authorities.find(referral.getAuthorityId()).map(Authority::getLanguage).orElse("en");
    }

    /** Takes the referral's mail back if it has not left; the state it was in (see {@link Outbox#withdraw}). */
    Optional<MailState> withdraw(Referral referral) {
        return outbox.withdraw(topic(referral), referrals.now());
    }

    /** Queues the mail; the timeline's note (to whom). 409 without an email channel or with a mail already out. */
    String queue(Referral referral, byte[] packet, byte[] evidenceZip, boolean caseHasFiles) {
        Authority authority = authorities.find(referral.getAuthorityId()).orElseThrow();
        String to = authority.getChannels().stream().filter(c -> c.getKind() == ChannelKind.EMAIL)
                .map(c -> c.getAddress()).findFirst().orElseThrow(() -> new ConflictException("channel", "referral.noEmail"));
        if (status(referral).filter(s -> !s.state().mayQueueAgain()).isPresent()) {
            throw new ConflictException("step", "referral.mailAlready");
        }
        Locale language = Locale.forLanguageTag(authority.getLanguage());
        String org = Optional.ofNullable(organization.getName()).orElse("Jornada");
        List<Letter.Attachment> attachments = new ArrayList<>();
        attachments.add(new Letter.Attachment("referral-" + referral.getId() + ".pdf", "application/pdf", packet));
        if (evidenceZip != null) {
            attachments.add(new Letter.Attachment("referral-" + referral.getId() + "-evidence.zip", "application/zip",
                    evidenceZip));
        }
        outbox.queue(topic(referral), new Letter(to,
                Messages.get(language, "referralmail.subject", referral.getComplaintId(), org),
                Messages.get(language, "referralmail.body", authority.name(language), org, referral.getPacketSha256(),
                        Messages.get(language, evidenceZip != null ? "referralmail.withEvidence"
                                : caseHasFiles ? "referralmail.withoutEvidence" : "referralmail.noEvidence")),
                attachments), referrals.now());
        return to;
    }

    /** The outbox took the mail off: SENT by the server, or written to a file (nothing sent). */
    void delivered(@Observes MailDelivered mail) {
        if (!mail.topic().startsWith(TOPIC)) {
            return;
        }
        Optional<Referral> found = referrals.find(Long.parseLong(mail.topic().substring(TOPIC.length())));
        if (found.isPresent() && !mail.written() && found.get().isNamed()
                && found.get().getState() == ReferralState.DRAFT) {
            // The worker's no stopped it while a node was already handing it to the server: it left.
            ReferralState from = found.get().leftWhileStopped(ChannelKind.EMAIL, mail.at());
            referrals.event(found.get(), ReferralEvent.Kind.SENT, found.get().getPreparedBy(), from, mail.messageId());
            return;
        }
        if (found.isEmpty() || found.get().getState() != ReferralState.APPROVED) {
            return;
        }
        Referral referral = found.get();
        long queuedBy = referrals.timeline(referral.getId()).stream()
                .filter(e -> e.getKind() == ReferralEvent.Kind.MAIL_QUEUED).reduce((a, b) -> b)
                .map(ReferralEvent::getStaffId).orElse(referral.getPreparedBy());
        if (mail.written()) {
            referrals.event(referral, ReferralEvent.Kind.MAIL_WRITTEN, queuedBy, referral.getState(), mail.fileName());
            return;
        }
        ReferralState from = referral.sent(ChannelKind.EMAIL, mail.at(), null);
        referrals.event(referral, ReferralEvent.Kind.SENT, queuedBy, from, mail.messageId());
        Optional<StaffPrincipal> who = staff.find(queuedBy)
                .map(a -> new StaffPrincipal(a.getId(), a.getUsername(), a.getRole()));
        referrals.complaint(referral.getComplaintId()).filter(c -> work.file(c).getState() == CaseState.VERIFIED && who.isPresent())
                .ifPresent(c -> work.transition(who.get(), c, CaseState.ESCALATED, "Referral " + referral.getId()
                        + " sent by mail"));
    }
}
