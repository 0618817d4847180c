/**
 * Mail entities: {@code OutboxMail}, one mail of the outbox (table {@code mail_outbox}, V14), its
 * MIME message sealed and its Message-ID kept from the first attempt to the last, one per topic;
 * and where it is ({@code MailState}: QUEUED, SENDING, SENT, WRITTEN, REJECTED, DROPPED).
 */
package org.jornada.mail.entity;
