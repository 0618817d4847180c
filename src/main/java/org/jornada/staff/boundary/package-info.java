/**
 * Staff boundary: accounts and tokens ({@code StaffAccounts}) changed by admin commands
 * ({@code CreateStaffAccount}, {@code ChangeStaffRole}, {@code DisableStaffAccount},
 * {@code ResetStaffPassword}, {@code IssueApiToken}, {@code RevokeApiToken}) from
 * {@code /staff/admin/accounts} and the API; sign-in with password and TOTP ({@code SignIn},
 * {@code SignInPage}, {@code StaffAuthModule}); bearer tokens ({@code StaffTokenFilter}) and the
 * caller of each request ({@code CurrentStaff}); the append-only {@code AuditTrail} the other
 * features write to, read on {@code /staff/audit}.
 */
package org.jornada.staff.boundary;
