package org.jornada.channel.control;

/**
 * A photo or voice note attached to a message, as the provider names it: a URL (Twilio
 * {@code MediaUrl0}) or a media id (Meta, the SMS gateway), with the type the provider claims
 * (checked again from the content before anything is stored).
 */
public record Media(String ref, String contentType) {
}
