package org.jornada.platform.control;

/**
 * One problem with one field of what a worker sent: the field's API name and the bundle key of
 * the message, with arguments for the message.
 */
public record FieldError(String field, String messageKey, Object... args) {
}
