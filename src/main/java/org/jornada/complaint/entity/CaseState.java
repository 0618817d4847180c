package org.jornada.complaint.entity;

/**
 * The case workflow of DESIGN.md. Transitions are enforced by the casework feature; the worker's
 * follow-up page shows each state in plain words ({@code state.<NAME>} in the bundles).
 */
public enum CaseState {
    RECEIVED, TRIAGED, VERIFYING, VERIFIED, ESCALATED, RESOLVED, CLOSED, DUPLICATE
}
