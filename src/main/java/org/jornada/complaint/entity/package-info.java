/**
 * Complaints as stored: what the worker said, with its categories, receipt hash, encrypted
 * narrative and contact, and the message thread with the anonymous worker; the workflow's states
 * ({@link org.jornada.complaint.entity.CaseState}), which the follow-up shows in plain words. The
 * case's working life itself is casework's.
 */
package org.jornada.complaint.entity;
