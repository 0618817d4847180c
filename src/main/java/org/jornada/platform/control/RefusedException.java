package org.jornada.platform.control;

import java.util.List;

/**
 * A use-case command refused its input: the fields and why (bundle keys). Nothing was changed.
 * Pages show the messages; resources answer {@code 400} naming the fields.
 */
public class RefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public RefusedException(List<FieldError> errors) {
        super(errors.isEmpty() ? "refused" : errors.get(0).field() + ": " + errors.get(0).messageKey(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public RefusedException(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
