package org.jornada.platform.control;

import java.util.List;

/**
 * A use-case command refused its input: the fields and why (bundle keys). Nothing was changed.
 * Pages show the messages; resources answer {@code 400} naming the fields.
 */
public class Refused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public Refused(List<FieldError> errors) {
        super(errors.isEmpty() ? "refused" : errors.get(0).field() + ": " + errors.get(0).messageKey(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public Refused(String field, String messageKey, Object... args) {
        this(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
