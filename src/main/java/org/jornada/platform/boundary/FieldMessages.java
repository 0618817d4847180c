package org.jornada.platform.boundary;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.Messages;

/**
 * Field errors of a worker page, in the page's language: one message per field, in the order the
 * fields appear, for the error summary at the top and the message beside each field.
 */
public class FieldMessages {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final Locale locale;

    public FieldMessages(Locale locale) {
        this.locale = locale;
    }

    public void add(FieldError error) {
        byField.merge(error.field(), Messages.get(locale, error.messageKey(), error.args()), (a, b) -> a + " " + b);
    }

    public void addAll(Collection<FieldError> errors) {
        errors.forEach(this::add);
    }

    public Map<String, String> getByField() {
        return byField;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The HTML id of the input a field's error links to. */
    public static String anchor(String field) {
        return field.replace('.', '-');
    }
}
