package org.jornada.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Staff's word on a pair of directory entries in the recruitment chain (table {@code chain_link},
 * V33): LINKED (a link no file shows) or UNLINKED (a link some source shows is wrong, hidden
 * whatever the data says). One row per pair, the lower id first; the latest decision stands.
 */
@Entity
@Table(name = "chain_link")
public class ChainDecision {

    public enum Decision { LINKED, UNLINKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_a", nullable = false)
    private long entryA;

    @Column(name = "entry_b", nullable = false)
    private long entryB;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Decision decision;

    @Column(length = 500)
    private String note;

    @Column(name = "decided_by")
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ChainDecision() {
        // JPA
    }

    public ChainDecision(long one, long other, Decision decision, String note, Long decidedBy, Instant at) {
        this.entryA = Math.min(one, other);
        this.entryB = Math.max(one, other);
        decide(decision, note, decidedBy, at);
    }

    /** A later decision on the same pair replaces this one. */
    public final void decide(Decision decision, String note, Long decidedBy, Instant at) {
        this.decision = decision;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
        this.decidedBy = decidedBy;
        this.decidedAt = at;
    }

    /** The same decision on another pair (a merge moved one end). */
    public ChainDecision movedTo(long one, long other) {
        return new ChainDecision(one, other, decision, note, decidedBy, decidedAt);
    }

    /** The entry at the other end from {@code entryId}. */
    public long other(long entryId) {
        return entryA == entryId ? entryB : entryA;
    }

    public long getEntryA() {
        return entryA;
    }

    public long getEntryB() {
        return entryB;
    }

    public Decision getDecision() {
        return decision;
    }
}
