/**
 * Escalation control: plain logic without a container. Which authorities a case could go to,
 * nearest clock first ({@code AuthoritySuggestions}); the referral packet's facts
 * ({@code PacketFacts}), the answers to what an authority asks ({@code PacketAnswers}) and the
 * provisions cited ({@code LegalHooks}, reference section 6), laid out as PDF/A-2b
 * ({@code ReferralPacket}); the evidence ZIP with {@code SHA256SUMS} ({@code EvidenceArchive}); and
 * sentences for the worker ({@code WorkerWords}).
 */
package org.jornada.escalation.control;
