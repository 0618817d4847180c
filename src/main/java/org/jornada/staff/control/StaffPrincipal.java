package org.jornada.staff.control;

import org.jornada.staff.entity.Role;

/**
 * The staff member behind a request, as the API and pages check roles against; {@code viaToken}
 * when the request came with a bearer token rather than a password-and-TOTP sign-in. Serializable:
 * the sign-in page keeps it in its view (the session) between password and first code, and sessions
 * are saved or replicated (issue #24: NotSerializableException at sign-in).
 */
public record StaffPrincipal(long staffId, String username, Role role, boolean viaToken)
        implements java.io.Serializable, org.jornada.platform.control.Actor {

    private static final long serialVersionUID = 1L;

    public StaffPrincipal(long staffId, String username, Role role) {
        this(staffId, username, role, false);
    }

    @Override
    public long actorId() {
        return staffId;
    }

    @Override
    public String actorName() {
        return username;
    }

    /** The roles that read cases, narratives and contacts. */
    public static boolean readsCases(Role role) {
        return role == Role.SUPERVISOR || role == Role.ADVOCATE;
    }

    /** Sees every case (SUPERVISOR); ADVOCATE sees assigned and unassigned ones; ADMIN and UNION none. */
    public boolean seesAllCases() {
        return role == Role.SUPERVISOR;
    }

    public boolean worksCases() {
        return role == Role.SUPERVISOR || role == Role.ADVOCATE;
    }

    public boolean readsAudit() {
        return role == Role.SUPERVISOR || role == Role.ADMIN;
    }
}
