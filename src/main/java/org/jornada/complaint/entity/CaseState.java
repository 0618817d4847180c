package org.jornada.complaint.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The case workflow of DESIGN.md: {@code RECEIVED → TRIAGED → VERIFYING → VERIFIED → ESCALATED →
 * RESOLVED}, with {@code CLOSED} (not verified, withdrawn, out of scope) and {@code DUPLICATE}
 * (linked to its primary) as other ends. A closed or duplicate case can be reopened to TRIAGED.
 * The worker's follow-up page shows each state in plain words ({@code state.<NAME>}).
 */
public enum CaseState {
    RECEIVED, TRIAGED, VERIFYING, VERIFIED, ESCALATED, RESOLVED, CLOSED, DUPLICATE;

    private static final Map<CaseState, Set<CaseState>> NEXT = Map.of(
            RECEIVED, EnumSet.of(TRIAGED, CLOSED, DUPLICATE),
            TRIAGED, EnumSet.of(VERIFYING, CLOSED, DUPLICATE),
            VERIFYING, EnumSet.of(VERIFIED, TRIAGED, CLOSED, DUPLICATE),
            VERIFIED, EnumSet.of(ESCALATED, RESOLVED, CLOSED),
            ESCALATED, EnumSet.of(RESOLVED, CLOSED),
            RESOLVED, EnumSet.noneOf(CaseState.class),
            CLOSED, EnumSet.of(TRIAGED),
            DUPLICATE, EnumSet.of(TRIAGED));

    /** The states a case in this state may move to. */
    public Set<CaseState> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    public boolean canMoveTo(CaseState target) {
        return NEXT.get(this).contains(target);
    }

    /** Whether a case in this state passed verification (what "verified only" counts). */
    public boolean passedVerification() {
        return this == VERIFIED || this == ESCALATED || this == RESOLVED;
    }
}
