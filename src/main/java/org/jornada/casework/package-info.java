/**
 * Casework: the case's working life as one aggregate ({@code entity.CaseFile}: the workflow
 * advocates drive, assignment, holds, the nearest legal clock), the legal clocks of each case,
 * the triage queue, verification and the links between cases.
 */
package org.jornada.casework;
