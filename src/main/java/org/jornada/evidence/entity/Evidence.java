package org.jornada.evidence.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One evidence file of a complaint: the cleaned bytes sealed with AES-GCM, the SHA-256 of those
 * cleaned bytes, the type decided from the content, and the capture date read before cleaning.
 */
@Entity
@Table(name = "evidence")
@NamedQuery(name = Evidence.COUNT_OF_COMPLAINT, query = "SELECT COUNT(e) FROM Evidence e WHERE e.complaintId = :complaintId")
public class Evidence {

    public static final String COUNT_OF_COMPLAINT = "Evidence.countOfComplaint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "captured_at")
    private Instant capturedAt;

    @Column(name = "metadata_removed", nullable = false)
    private boolean metadataRemoved;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_sealed", nullable = false)
    private byte[] contentSealed;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EvidenceRole role = EvidenceRole.EVIDENCE;

    @Column(name = "message_id")
    private Long messageId;

    protected Evidence() {
        // JPA
    }

    public Evidence(Long complaintId, String sha256, String contentType, long sizeBytes, Instant capturedAt,
            boolean metadataRemoved, byte[] contentSealed, Instant receivedAt) {
        this.complaintId = complaintId;
        this.sha256 = sha256;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.capturedAt = capturedAt;
        this.metadataRemoved = metadataRemoved;
        this.contentSealed = contentSealed;
        this.receivedAt = receivedAt;
    }

    /** This file is the case's spoken story, or a voice message on its thread (V34). */
    public Evidence as(EvidenceRole role, Long messageId) {
        this.role = role;
        this.messageId = messageId;
        return this;
    }

    public EvidenceRole getRole() {
        return role;
    }

    public Long getMessageId() {
        return messageId;
    }

    /** A recording (the staff's page plays it). */
    public boolean isAudio() {
        return contentType.startsWith("audio/");
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getSha256() {
        return sha256;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public boolean isMetadataRemoved() {
        return metadataRemoved;
    }

    public byte[] getContentSealed() {
        return contentSealed;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
