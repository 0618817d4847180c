/**
 * Casework boundary: what staff do with cases, each change a command that checks the permission
 * ({@code CaseAccess}), changes and audits in one transaction ({@code MoveCase},
 * {@code AssignCase}, {@code MessageWorker}, {@code LinkCases}, {@code LinkCaseToDirectory},
 * {@code CheckChecklistItem}, ...), over {@code CaseQueue}, {@code CaseHandling} and {@code CaseRecords}; the queue
 * ({@code QueuePage}, {@code /staff/queue}), the case page ({@code CasePage} and its sections,
 * {@code /staff/cases/{id}}), the staff API ({@code StaffCasesResource}), links made on arrival
 * ({@code AutoLinks}), and the hook other features implement ({@code PayClaimStart}); the queue
 * also reads the staff room's {@code QueueNotices}.
 */
package org.jornada.casework.boundary;
