package org.jornada.complaint.entity;

/**
 * How a report reached the portal: the web form or the API ({@code WEB}), or a message
 * conversation by SMS or WhatsApp (issue #27), or a phone call (issue #29). Staff see it on the
 * case ({@code "channel"}).
 */
public enum ReportChannel {
    WEB, SMS, WHATSAPP, PHONE
}
