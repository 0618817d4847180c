package org.jornada.staff.control;

import org.jornada.staff.entity.Role;

/** The staff member behind a request, as the API and pages check roles against. */
public record StaffPrincipal(long staffId, String username, Role role) {

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
