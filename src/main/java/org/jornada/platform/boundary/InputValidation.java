package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.RefusedException;

/**
 * Checks a command's input record against its Jakarta Bean Validation constraints; a constraint's
 * {@code message} is the bundle key shown to the person. Throws {@link RefusedException} naming every field
 * that breaks a rule (sorted by field, so the answer is stable).
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public InputValidation() {
    }

    /** Outside a container (a unit test): with this validator. */
    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T input) {
        List<FieldError> errors = problems(input);
        if (!errors.isEmpty()) {
            throw new RefusedException(errors);
        }
        return input;
    }

    /** Every field that breaks a rule, sorted by field; empty when none does. */
    public <T> List<FieldError> problems(T input) {
        return validator.validate(input).stream()
                .sorted(Comparator.comparing((ConstraintViolation<T> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
    }
}
