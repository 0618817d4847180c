package org.jornada.escalation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A case referred to one authority, from draft to the authority's outcome. Its moves are checked
 * here (the workflow, the second person, what each step needs); the commands add the permission
 * and the audit.
 */
@Entity
@Table(name = "referral")
public class Referral {

    public enum Identity { ANONYMOUS, NAMED }

    public enum Outcome { INVESTIGATION_OPENED, BACK_WAGES_RECOVERED, DECLINED, REFERRED_ON }

    /** The evidence files: attached to the packet (a ZIP with a manifest), or withheld. */
    public enum EvidenceChoice { ATTACH, WITHHOLD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "authority_id", nullable = false)
    private long authorityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 9)
    private Identity identity;

    @Column(name = "with_evidence", nullable = false)
    private boolean withEvidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReferralState state;

    @Column(name = "prepared_by", nullable = false)
    private long preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(name = "approved_by")
    private Long approvedBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "sent_how", length = 10)
    private ChannelKind sentHow;

    @Column(name = "authority_reference", length = 120)
    private String authorityReference;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private Outcome outcome;

    @Column(name = "outcome_amount", precision = 12, scale = 2)
    private BigDecimal outcomeAmount;

    @Column(length = 1000)
    private String note;

    @Column(name = "packet_sha256", length = 64)
    private String packetSha256;

    @Column(name = "packet_sealed")
    private byte[] packetSealed;

    protected Referral() {
        // JPA
    }

    public Referral(long complaintId, long authorityId, Identity identity, EvidenceChoice evidence, String note,
            long preparedBy, Instant now) {
        this.complaintId = complaintId;
        this.authorityId = authorityId;
        this.identity = identity;
        this.withEvidence = evidence == EvidenceChoice.ATTACH;
        this.note = note;
        this.state = ReferralState.DRAFT;
        this.preparedBy = preparedBy;
        this.preparedAt = now;
    }

    /** Moves along the workflow; the state it left. */
    private ReferralState move(ReferralState to) {
        if (!state.canMoveTo(to)) {
            throw new IllegalStateException("A referral in " + state + " cannot move to " + to);
        }
        ReferralState from = state;
        state = to;
        return from;
    }

    public ReferralState submit() {
        return move(ReferralState.SUBMITTED);
    }

    /** Whether this staff member may approve or return it: anyone but who prepared it. */
    public boolean isSecondPerson(long staffId) {
        return staffId != preparedBy;
    }

    /**
     * Approved by a second person, with the packet as they approved it (sealed) and its SHA-256:
     * what is sent or downloaded from now on is this packet, byte for byte.
     */
    public ReferralState approve(long supervisorId, byte[] sealedPacket, String sha256) {
        if (!isSecondPerson(supervisorId)) {
            throw new IllegalStateException("The preparer cannot approve");
        }
        ReferralState from = move(ReferralState.APPROVED);
        approvedBy = supervisorId;
        packetSealed = sealedPacket;
        packetSha256 = sha256;
        return from;
    }

    public ReferralState returnToPreparer(long supervisorId) {
        if (!isSecondPerson(supervisorId)) {
            throw new IllegalStateException("The preparer cannot return");
        }
        return move(ReferralState.RETURNED);
    }

    /** Not yet out of the portal's hands: a draft, waiting for approval, returned, or approved and not sent. */
    public boolean isUnsent() {
        return state == ReferralState.DRAFT || state == ReferralState.SUBMITTED || state == ReferralState.RETURNED
                || state == ReferralState.APPROVED;
    }

    public boolean isNamed() {
        return identity == Identity.NAMED;
    }

    /**
     * The worker said no to this authority after a yes: an unsent named referral goes back to a draft
     * and forgets its approval and its frozen packet (which carried the worker's contact). It cannot
     * move again until it is made anonymous or the worker says yes again (checked by the commands at
     * every step). Returns the state it left.
     */
    public ReferralState stopForWithdrawnConsent() {
        if (!isNamed() || !isUnsent()) {
            throw new IllegalStateException("Only an unsent named referral is stopped, not " + identity + " " + state);
        }
        ReferralState from = state;
        state = ReferralState.DRAFT;
        approvedBy = null;
        packetSealed = null;
        packetSha256 = null;
        return from;
    }

    /**
     * A mail a node was already handing to the server when the worker's no stopped the referral:
     * it left, and the referral says so (SENT), so that staff see it cannot be recalled.
     */
    public ReferralState leftWhileStopped(ChannelKind how, Instant at) {
        if (!isNamed() || state != ReferralState.DRAFT) {
            throw new IllegalStateException("Only a stopped named referral can have left meanwhile");
        }
        state = ReferralState.SENT;
        sentHow = how;
        sentAt = at;
        return ReferralState.DRAFT;
    }

    /** A named draft (or a returned one) made anonymous: the packet will carry nothing of the worker. */
    public void makeAnonymous() {
        if (!isNamed() || !(state == ReferralState.DRAFT || state == ReferralState.RETURNED)) {
            throw new IllegalStateException("Only a named draft or returned referral is made anonymous");
        }
        identity = Identity.ANONYMOUS;
    }

    /** Whether the authority can still answer it (a response or an acknowledgement on the timeline). */
    public boolean isWithAuthority() {
        return state == ReferralState.SENT || state == ReferralState.ACKNOWLEDGED;
    }

    /** Sent: how, when, and the reference the authority gave at once (a web form's number), if any. */
    public ReferralState sent(ChannelKind how, Instant at, String reference) {
        ReferralState from = move(ReferralState.SENT);
        sentHow = how;
        sentAt = at;
        authorityReference = reference;
        return from;
    }

    public ReferralState acknowledged(String reference) {
        ReferralState from = move(ReferralState.ACKNOWLEDGED);
        authorityReference = reference;
        return from;
    }

    /** The authority's outcome; back wages recovered need their amount. */
    public ReferralState outcome(Outcome result, BigDecimal amount) {
        if (result == Outcome.BACK_WAGES_RECOVERED && (amount == null || amount.signum() <= 0)) {
            throw new IllegalArgumentException("Back wages recovered need the amount");
        }
        ReferralState from = move(ReferralState.OUTCOME);
        outcome = result;
        outcomeAmount = result == Outcome.BACK_WAGES_RECOVERED ? amount : null;
        return from;
    }

    public Long getId() {
        return id;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public long getAuthorityId() {
        return authorityId;
    }

    public Identity getIdentity() {
        return identity;
    }

    public boolean isWithEvidence() {
        return withEvidence;
    }

    public EvidenceChoice getEvidence() {
        return withEvidence ? EvidenceChoice.ATTACH : EvidenceChoice.WITHHOLD;
    }

    public String getNote() {
        return note;
    }

    public String getPacketSha256() {
        return packetSha256;
    }

    /** The packet as approved, sealed; null before approval. */
    public byte[] getPacketSealed() {
        return packetSealed;
    }

    public ReferralState getState() {
        return state;
    }

    public long getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Long getApprovedBy() {
        return approvedBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public ChannelKind getSentHow() {
        return sentHow;
    }

    public String getAuthorityReference() {
        return authorityReference;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public BigDecimal getOutcomeAmount() {
        return outcomeAmount;
    }
}
