package org.jornada.channel.entity;

/** How an urgent notice travels: a mail through the outbox, or a text (SMS or WhatsApp) through a provider. */
public enum NoticeRoute {
    MAIL, TEXT
}
