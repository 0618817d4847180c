/**
 * Staff accounts, roles, sign-in with a second factor, and the audit trail. For now: the roles.
 */
package org.jornada.staff;
