/**
 * Staff control: the sign-in's plain logic, without a container. Password hashes
 * ({@code PasswordHasher}, PBKDF2) and rules ({@code PasswordPolicy}), the second factor
 * ({@code Totp}, RFC 6238), one-time recovery codes ({@code RecoveryCodes}), the QR code as inline
 * SVG ({@code QrSvg}), and the staff member behind a request ({@code StaffPrincipal}).
 */
package org.jornada.staff.control;
