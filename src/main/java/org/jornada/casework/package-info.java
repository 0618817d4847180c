/**
 * Casework: the workflow advocates drive, the legal clocks of each case (deadlines), and, to
 * come, the triage queue, assignment, verification and duplicate linking.
 */
package org.jornada.casework;
