package org.jornada.platform.boundary;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bundle key {@link ApiBodies} names a field with when its JSON value is of the wrong type (a
 * word where a number goes, a list where a text goes). On a record component for that field; on the
 * record for all its fields that say nothing themselves. Without one, the field's {@code @NotNull}
 * message is used, or {@code error.field.invalid}.
 *
 * <pre>{@code
 * @TypeMessage("wage.error.type")
 * record Period(String from, @TypeMessage("wage.error.amount") BigDecimal hours) { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.TYPE})
public @interface TypeMessage {

    /** The bundle key of the message. */
    String value();
}
