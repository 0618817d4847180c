package org.jornada.escalation.entity;

/**
 * How an authority takes a referral. EMAIL can be sent from the portal; the others are filed by
 * the advocate (web form, phone, post, in person) with the downloaded packet, and recorded.
 */
public enum ChannelKind {
    EMAIL, WEB_FORM, PHONE, POST, IN_PERSON
}
