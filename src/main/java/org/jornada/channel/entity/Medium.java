package org.jornada.channel.entity;

/** How a message reached the portal, as advocates see it on the case ({@code "channel"}). */
public enum Medium {
    SMS, WHATSAPP
}
