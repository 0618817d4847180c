/**
 * Casework entities: the case's working life and what staff keep beside it. {@code CaseFile}
 * (table {@code case_file}, V30, one row per complaint) holds the state, assignee, hold and
 * nearest clock with the workflow's rules as methods (a move hands back its {@code Move}); the
 * moves along the workflow ({@code CaseEvent}, table {@code case_event}), the verification
 * checklist ({@code CaseChecklist}), internal notes sealed at rest ({@code CaseNote}), related and
 * duplicate links ({@code CaseLink}) and the clocks marked not applicable ({@code DeadlineWaiver}).
 * What the worker said stays in {@code complaint.entity.Complaint}.
 */
package org.jornada.casework.entity;
