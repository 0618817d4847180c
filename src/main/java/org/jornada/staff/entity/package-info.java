/**
 * Staff entities: staff accounts ({@code StaffAccount}) with their {@code Role} (ADVOCATE,
 * SUPERVISOR, ADMIN, UNION), bearer tokens stored as hashes ({@code ApiToken}), recovery codes
 * ({@code RecoveryCode}), and the lines of the append-only audit trail ({@code AuditEntry}).
 */
package org.jornada.staff.entity;
