package org.jornada.complaint.entity;

/** The groups of complaint categories, in the order the complaint form shows them (DESIGN.md). */
public enum CategoryGroup {
    RECRUITMENT, WAGES, HOUSING, TRANSPORT, HEALTH_SAFETY, COERCION, DISCRIMINATION, RETALIATION, OTHER
}
