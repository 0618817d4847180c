/**
 * Escalation entities: the labor authorities ({@code Authority}, seeded by V11 from the reference,
 * reached through each {@code Channel} of a {@code ChannelKind}); the worker's answers on sharing
 * their name ({@code ConsentRequest}); referrals ({@code Referral}, whose moves are checked here,
 * with its {@code ReferralState} and its {@code ReferralEvent} timeline).
 */
package org.jornada.escalation.entity;
