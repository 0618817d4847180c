package org.jornada.platform.control;

/**
 * A command's first step, decided before its input is read: go on, refuse (the engine writes the
 * refusal to the audit trail in a transaction of its own and answers {@link PermissionDeniedException}), or answer
 * "no such thing" for a case or record that does not exist or is not this person's (the engine
 * answers the command's {@link Command#absent()} and tells nothing more).
 *
 * @param what the refused action as the audit trail words it ("move case", "disable staff 4")
 */
public record Permission(Kind kind, Long caseId, String what, String messageKey) {

    public enum Kind { GRANTED, REFUSED, ABSENT }

    private static final Permission GRANTED = new Permission(Kind.GRANTED, null, null, null);
    private static final Permission ABSENT = new Permission(Kind.ABSENT, null, null, null);

    public static Permission granted() {
        return GRANTED;
    }

    /** Nothing to act on for this person; answered as "not found". */
    public static Permission absent() {
        return ABSENT;
    }

    /** Refused with the staff pages' "not allowed" message. */
    public static Permission refused(Long caseId, String what) {
        return refused(caseId, what, "staff.forbidden");
    }

    public static Permission refused(Long caseId, String what, String messageKey) {
        return new Permission(Kind.REFUSED, caseId, what, messageKey);
    }

    /** Granted when {@code allowed}, else refused with the staff pages' "not allowed" message. */
    public static Permission only(boolean allowed, Long caseId, String what) {
        return allowed ? GRANTED : refused(caseId, what);
    }
}
