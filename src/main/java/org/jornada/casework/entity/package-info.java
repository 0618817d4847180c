/**
 * Casework entities: what staff keep beside a complaint. The moves along the workflow
 * ({@code CaseEvent}, table {@code case_event}), the verification checklist
 * ({@code CaseChecklist}), internal notes sealed at rest ({@code CaseNote}), related and duplicate
 * links ({@code CaseLink}) and the clocks marked not applicable ({@code DeadlineWaiver}). The case
 * itself is {@code complaint.entity.Complaint}.
 */
package org.jornada.casework.entity;
