package org.jornada.rights.boundary;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * A figure a worker gives the wage check (dollars, hours, pieces): not negative, at most a million,
 * at most four decimals; else {@code wage.error.amount}. Composed of the standard constraints and
 * targeted at fields only, so that on a record component it lands on the field and never on the
 * canonical constructor's parameter, where Payara's OpenAPI scanner fails on {@code @DecimalMax} and
 * {@code @PositiveOrZero}
 * (docs/architecture.md, "Request bodies").
 */
@PositiveOrZero
@Digits(integer = 7, fraction = 4)
@DecimalMax("1000000")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Amount {

    String message() default "wage.error.amount";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The same rule as a test, for the rules that compare a figure with another. */
    final class Rule {
        private static final BigDecimal MAX = new BigDecimal("1000000");

        private Rule() {
        }

        static boolean holds(BigDecimal value) {
            return value != null && value.signum() >= 0 && value.compareTo(MAX) <= 0 && value.scale() <= 4;
        }
    }
}
