package org.jornada.platform.control;

/**
 * Where the command engine writes its audit entries; the staff room's append-only trail answers
 * it. A refusal is written in a transaction of its own, so that it stays when the command's
 * transaction (or a caller's around it) rolls back.
 */
public interface AuditLog {

    /** An entry in the command's transaction. */
    void record(Actor who, String action, Long caseId, String detail);

    /** {@code who} was refused {@code what}: an access-denied entry, committed whatever follows. */
    void refusal(Actor who, Long caseId, String what);
}
