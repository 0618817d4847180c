package org.jornada.escalation.entity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a referral stands. DRAFT → SUBMITTED → APPROVED (by a supervisor who did not prepare it)
 * or RETURNED (with a comment) → SENT → ACKNOWLEDGED → OUTCOME; an outcome may come straight
 * after SENT.
 */
public enum ReferralState {
    DRAFT, SUBMITTED, RETURNED, APPROVED, SENT, ACKNOWLEDGED, OUTCOME;

    private static final Map<ReferralState, Set<ReferralState>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(APPROVED, RETURNED),
            RETURNED, EnumSet.of(SUBMITTED),
            APPROVED, EnumSet.of(SENT),
            SENT, EnumSet.of(ACKNOWLEDGED, OUTCOME),
            ACKNOWLEDGED, EnumSet.of(OUTCOME),
            OUTCOME, EnumSet.noneOf(ReferralState.class));

    public boolean canMoveTo(ReferralState target) {
        return NEXT.get(this).contains(target);
    }

    public Set<ReferralState> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }
}
