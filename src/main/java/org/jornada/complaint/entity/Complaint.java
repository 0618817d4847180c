package org.jornada.complaint.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the worker said: the complaint a case is about. The narrative and contact are sealed
 * (AES-GCM) before they reach this entity; the receipt code is known only by its HMAC. What staff
 * do with the case (its state, assignee, hold, clocks) is casework's {@code CaseFile}, same id
 * (V30); the directory links staff make and the count of unread worker messages are still here.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = Complaint.BY_RECEIPT, query = "SELECT c FROM Complaint c WHERE c.receiptHash = :hash")
@NamedQuery(name = Complaint.BY_SUBMISSION, query = "SELECT c FROM Complaint c WHERE c.submissionKey = :key")
public class Complaint {
    // size: a JPA entity: every mapped column of the complaint table with its guarded accessors.

    public static final String BY_RECEIPT = "Complaint.byReceipt";
    public static final String BY_SUBMISSION = "Complaint.bySubmission";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "receipt_hash", nullable = false, unique = true, length = 64)
    private String receiptHash;

    @Column(name = "submission_key", unique = true, length = 64)
    private String submissionKey;

    @Column(nullable = false)
    private boolean urgent;

    @Column(name = "in_danger", nullable = false)
    private boolean inDanger;

    @Column(nullable = false, length = 5)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "visa_type", nullable = false, length = 10)
    private VisaType visaType;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "complaint_category", joinColumns = @JoinColumn(name = "complaint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "code", length = 40)
    private Set<Category> categories = EnumSet.noneOf(Category.class);

    @Column(name = "employer_name", length = 200)
    private String employerName;

    @Column(name = "recruiter_name", length = 200)
    private String recruiterName;

    /** {@link org.jornada.platform.control.NameKey} of the employer name: what the name filter and related cases match. */
    @Column(name = "employer_key", length = 300)
    private String employerKey;

    @Column(name = "recruiter_key", length = 300)
    private String recruiterKey;

    @Column(name = "worksite_state", length = 2)
    private String worksiteState;

    @Column(name = "started_on", length = 7)
    private String startedOn;

    @Column(name = "ended_on", length = 7)
    private String endedOn;

    @Column(name = "narrative_sealed", nullable = false)
    private byte[] narrativeSealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel", nullable = false, length = 10)
    private ContactChannel contactChannel;

    @Column(name = "contact_sealed")
    private byte[] contactSealed;

    @Column(name = "consent_to_contact", nullable = false)
    private boolean consentToContact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReportChannel channel = ReportChannel.WEB;

    @Enumerated(EnumType.STRING)
    @Column(name = "story_kind", nullable = false, length = 5)
    private StoryKind storyKind = StoryKind.TEXT;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "unread_messages", nullable = false)
    private int unreadMessages;

    /** The directory entries staff linked this case to (null until they do). */
    @Column(name = "employer_entity_id")
    private Long employerEntityId;

    @Column(name = "recruiter_entity_id")
    private Long recruiterEntityId;

    @Column(name = "contact_erased_at")
    private Instant contactErasedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    /** Where the worker was recruited: ISO 3166-2:MX ({@code MX-GUA}) or a country code, or null. */
    @Column(name = "recruited_in", length = 6)
    private String recruitedIn;

    /** The category groups touched, bit i for {@code CategoryGroup} ordinal i (the pattern views count by it). */
    @Column(name = "category_groups", nullable = false)
    private int categoryGroups;

    /** The worker asked to be contacted by a workers' organization (only with a contact they agreed to). */
    @Column(name = "wants_organizing", nullable = false)
    private boolean wantsOrganizing;

    @Version
    private long version;

    protected Complaint() {
        // JPA
    }

    /**
     * A new complaint. Urgency follows DESIGN.md: a COERCION category or the
     * worker saying they are in danger now.
     */
    public Complaint(String receiptHash, String submissionKey, ComplaintFacts facts, byte[] narrativeSealed,
            ContactChannel contactChannel, byte[] contactSealed, boolean consentToContact, Instant receivedAt) {
        if (facts.categories().isEmpty()) {
            throw new IllegalArgumentException("A complaint needs at least one category");
        }
        if (narrativeSealed == null) {
            throw new IllegalArgumentException("A complaint needs a narrative");
        }
        this.receiptHash = receiptHash;
        this.submissionKey = submissionKey;
        this.language = facts.language();
        this.visaType = facts.visaType();
        this.categories = EnumSet.copyOf(facts.categories());
        this.employerName = facts.employerName();
        this.recruiterName = facts.recruiterName();
        this.employerKey = org.jornada.platform.control.NameKey.stored(employerName);
        this.recruiterKey = org.jornada.platform.control.NameKey.stored(recruiterName);
        this.worksiteState = facts.worksiteState();
        this.startedOn = facts.startedOn() == null ? null : facts.startedOn().toString();
        this.endedOn = facts.endedOn() == null ? null : facts.endedOn().toString();
        this.inDanger = facts.inDanger();
        this.urgent = facts.inDanger() || categories.stream().anyMatch(Category::isUrgent);
        this.narrativeSealed = narrativeSealed;
        this.contactChannel = contactSealed == null ? ContactChannel.NONE : contactChannel;
        this.contactSealed = contactSealed;
        this.consentToContact = contactSealed != null && consentToContact;
        this.receivedAt = receivedAt;
        this.recruitedIn = facts.recruitedIn();
        this.categoryGroups = groupBits(categories);
        this.wantsOrganizing = facts.wantsOrganizing() && this.consentToContact;
    }

    /** The bit set of the groups these categories belong to. */
    public static int groupBits(java.util.Collection<Category> categories) {
        int bits = 0;
        for (Category c : categories) {
            bits |= 1 << c.group().ordinal();
        }
        return bits;
    }

    public int getCategoryGroups() {
        return categoryGroups;
    }

    public String getRecruitedIn() {
        return recruitedIn;
    }

    public boolean isWantsOrganizing() {
        return wantsOrganizing;
    }

    /**
     * Forgets how to reach the worker: the contact, the consent to use it, the wish to hear from a
     * workers' organization (it needs the contact). Retention after a case ends, or the worker's
     * own request from the follow-up page.
     */
    public void forgetContact(Instant at) {
        contactSealed = null;
        contactChannel = ContactChannel.NONE;
        consentToContact = false;
        wantsOrganizing = false;
        if (contactErasedAt == null) {
            contactErasedAt = at;
        }
    }

    /**
     * Keeps only what anonymous counts need (categories, month and state, visa, directory links):
     * the narrative becomes {@code emptyNarrative} (an empty text, sealed), the typed names, keys
     * and months worked go, the contact goes, and the receipt stops opening the case
     * ({@code unusableReceiptHash}, random).
     */
    public void anonymise(byte[] emptyNarrative, String unusableReceiptHash, Instant at) {
        forgetContact(at);
        narrativeSealed = emptyNarrative;
        receiptHash = unusableReceiptHash;
        submissionKey = null;
        employerName = null;
        recruiterName = null;
        employerKey = null;
        recruiterKey = null;
        startedOn = null;
        endedOn = null;
        inDanger = false;
        unreadMessages = 0;
        anonymisedAt = at;
    }

    public Instant getContactErasedAt() {
        return contactErasedAt;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** Staff link the case to the employer's directory entry (null unlinks). */
    public void linkEmployer(Long entryId) {
        this.employerEntityId = entryId;
    }

    public void linkRecruiter(Long entryId) {
        this.recruiterEntityId = entryId;
    }

    public Long getEmployerEntityId() {
        return employerEntityId;
    }

    public Long getRecruiterEntityId() {
        return recruiterEntityId;
    }

    public int getUnreadMessages() {
        return unreadMessages;
    }

    public Long getId() {
        return id;
    }

    /** The receipt's HMAC (never the receipt itself). */
    public String getReceiptHash() {
        return receiptHash;
    }

    public String getSubmissionKey() {
        return submissionKey;
    }

    public boolean isUrgent() {
        return urgent;
    }

    public boolean isInDanger() {
        return inDanger;
    }

    public String getLanguage() {
        return language;
    }

    public VisaType getVisaType() {
        return visaType;
    }

    public Set<Category> getCategories() {
        return Collections.unmodifiableSet(categories);
    }

    public String getEmployerName() {
        return employerName;
    }

    public String getRecruiterName() {
        return recruiterName;
    }

    public String getEmployerKey() {
        return employerKey;
    }

    public String getRecruiterKey() {
        return recruiterKey;
    }

    public String getWorksiteState() {
        return worksiteState;
    }

    public YearMonth getStartedOn() {
        return startedOn == null ? null : YearMonth.parse(startedOn);
    }

    public YearMonth getEndedOn() {
        return endedOn == null ? null : YearMonth.parse(endedOn);
    }

    public byte[] getNarrativeSealed() {
        return narrativeSealed;
    }

    public ReportChannel getChannel() {
        return channel;
    }

    public StoryKind getStoryKind() {
        return storyKind;
    }

    /** Marks a new report as told by voice: a STORY file is its story (issue #29; before it is stored). */
    public void toldByVoice() {
        storyKind = StoryKind.VOICE;
    }

    /** Marks a new report as come by message (before it is stored). */
    public void cameBy(ReportChannel how) {
        channel = how;
    }

    /** Whether the worker left a way to reach them that is still kept. */
    public boolean hasContact() {
        return contactChannel != ContactChannel.NONE && contactSealed != null;
    }

    public ContactChannel getContactChannel() {
        return contactChannel;
    }

    public byte[] getContactSealed() {
        return contactSealed;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
