package org.jornada.channel.control;

import java.io.IOException;
import org.jornada.channel.entity.Medium;

/**
 * Sends a text on its own (not as the answer to a webhook): through the WhatsApp Cloud API for
 * WhatsApp, through the Android SMS gateway for SMS. Used for advocates' replies inside
 * WhatsApp's window and for urgent notices to on-call staff.
 */
public interface TextSender {

    /** Whether a provider that can send {@code medium} on its own is configured. */
    boolean canSend(Medium medium);

    /** Sends {@code text} to {@code e164}; throws when the provider refused or could not be reached. */
    void send(Medium medium, String e164, String text) throws IOException;
}
