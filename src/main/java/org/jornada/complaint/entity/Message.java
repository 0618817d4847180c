package org.jornada.complaint.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message of the receipt channel between the anonymous worker and advocates; text sealed. */
@Entity
@Table(name = "complaint_message")
@NamedQuery(name = Message.OF_COMPLAINT,
        query = "SELECT m FROM Message m WHERE m.complaintId = :complaintId ORDER BY m.sentAt, m.id")
public class Message {

    public static final String OF_COMPLAINT = "Message.ofComplaint";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MessageAuthor author;

    @Column(name = "text_sealed", nullable = false)
    private byte[] textSealed;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected Message() {
        // JPA
    }

    public Message(Long complaintId, MessageAuthor author, byte[] textSealed, Instant sentAt) {
        this.complaintId = complaintId;
        this.author = author;
        this.textSealed = textSealed;
        this.sentAt = sentAt;
    }

    public Long getId() {
        return id;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public MessageAuthor getAuthor() {
        return author;
    }

    public byte[] getTextSealed() {
        return textSealed;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
