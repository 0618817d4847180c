package org.jornada.channel.entity;

/** Who carried a message: Twilio (SMS and WhatsApp), Meta's WhatsApp Cloud API, or an Android SMS gateway. */
public enum Provider {
    TWILIO, WHATSAPP_CLOUD, SMSGATE
}
