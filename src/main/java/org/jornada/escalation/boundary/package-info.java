/**
 * Escalation boundary (issue #11): the authorities and their local offices ({@code Authorities},
 * {@code AddLocalOffice}, {@code EditAuthority}, {@code /staff/admin/authorities}); where a case
 * could go ({@code CaseReferralOptions}, {@code CaseEscalationSection}); the worker's consent
 * ({@code AskConsent}, {@code Consents}, {@code ConsentWithdrawal}); referrals moved by the
 * commands {@code PrepareReferral} and {@code MoveReferral}, their packets
 * ({@code ReferralPackets}), mail ({@code ReferralMail}, {@code ReferralMailGate}) and pages; and
 * the hooks it implements for complaint and casework ({@code ReferralNews}, {@code DueReferrals}).
 */
package org.jornada.escalation.boundary;
