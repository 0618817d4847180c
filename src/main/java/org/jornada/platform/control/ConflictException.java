package org.jornada.platform.control;

/**
 * A command refused because of the state things are in, not the input's form (a referral not yet
 * approved, a case not verified, a worker who said no): resources answer {@code 409} naming the
 * field and why; pages show the message like any refusal. Nothing was changed.
 */
public class ConflictException extends RefusedException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String field, String messageKey, Object... args) {
        super(field, messageKey, args);
    }
}
