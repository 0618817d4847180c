/**
 * Escalation (issue #11): the labor authorities a verified case can be referred to, the referral
 * packet, the worker's consent, a second approver, sending and tracking to an outcome. Uses
 * casework, complaint, evidence, directory, staff and platform (docs/architecture.md).
 */
package org.jornada.escalation;
