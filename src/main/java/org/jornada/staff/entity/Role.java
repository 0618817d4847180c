package org.jornada.staff.entity;

/**
 * Staff roles. ADVOCATE works cases assigned to them and the unassigned queue; SUPERVISOR sees
 * all cases, approves escalations and reads the audit trail; ADMIN manages staff and settings;
 * UNION sees aggregate patterns only, never a case.
 */
public enum Role {
    ADVOCATE, SUPERVISOR, ADMIN, UNION;

    /** The role names as Jakarta Security groups use them. */
    public static final String[] NAMES = {"ADVOCATE", "SUPERVISOR", "ADMIN", "UNION"};
}
