package org.jornada.complaint.entity;

import java.util.Set;

/** A workflow move the case's current state does not allow; it names the allowed ones. */
public class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CaseState from;
    private final CaseState to;

    public IllegalTransitionException(CaseState from, CaseState to) {
        super("A case in " + from + " cannot move to " + to + "; allowed: " + from.next());
        this.from = from;
        this.to = to;
    }

    public CaseState from() {
        return from;
    }

    public CaseState to() {
        return to;
    }

    public Set<CaseState> allowed() {
        return from.next();
    }
}
