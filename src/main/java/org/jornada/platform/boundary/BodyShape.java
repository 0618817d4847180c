package org.jornada.platform.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.CachedJsonProvider;

/**
 * A JSON object held against a record, strictly: every field the record does not declare is
 * unknown, and every value not of its component's JSON type is wrong (a text for a text, true or
 * false for a yes/no, a whole number for a whole number, an object for a nested record, a list for a
 * list), each named by its path ({@code contact.phone}, {@code periods[1].hours}). What is left, the
 * wrong values taken out, is what JSON-B can read. Fields are ordered as JSON-B writes them: the
 * record's {@link JsonbPropertyOrder}, else by name.
 */
final class BodyShape {

    static final String UNKNOWN = "error.field.unknown";
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private final List<FieldError> unknown = new ArrayList<>();
    private final List<FieldError> wrong = new ArrayList<>();

    /** The unknown fields (as they come) and then the wrong ones (in the record's order). */
    List<FieldError> problems() {
        List<FieldError> all = new ArrayList<>(unknown);
        all.addAll(wrong);
        return all;
    }

    /** The fields of the wrong type: no later message replaces theirs. */
    List<FieldError> wrong() {
        return wrong;
    }

    /** The object as far as it fits {@code type}: unknown fields and wrong values left out. */
    JsonObject fit(JsonObject json, Class<?> type, String prefix) {
        Map<String, RecordComponent> components = components(type);
        for (String key : json.keySet()) {
            if (!components.containsKey(key)) {
                String shown = prefix + (key.length() > 60 ? key.substring(0, 60) + "…" : key);
                unknown.add(new FieldError(shown, UNKNOWN, shown));
            }
        }
        JsonObjectBuilder kept = CachedJsonProvider.PROVIDER.createObjectBuilder();
        for (RecordComponent c : components.values()) {
            JsonValue value = json.get(c.getName());
            if (value != null && value != JsonValue.NULL) {
                JsonValue fitted = fit(value, c.getGenericType(), prefix + c.getName(), messageOf(type, c));
                if (fitted != null) {
                    kept.add(c.getName(), fitted);
                }
            }
        }
        return kept.build();
    }

    /** The value as far as it fits, or null (and the field named) when it does not. */
    private JsonValue fit(JsonValue value, Type type, String field, String message) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                wrong.add(new FieldError(field, message));
                return null;
            }
            return fit(value.asJsonObject(), raw, field + ".");
        }
        if (List.class.isAssignableFrom(raw)) {
            return value.getValueType() == JsonValue.ValueType.ARRAY
                    ? fitList(value.asJsonArray(), ((ParameterizedType) type).getActualTypeArguments()[0], field, message)
                    : refuse(field, message);
        }
        return fits(value, raw) ? value : refuse(field, message);
    }

    /**
     * A list: a record item that is not an object is named by its place ({@code periods[2]}) and read
     * as an empty one (the places after it keep their numbers); a wrong text or number in a list of
     * them names the list.
     */
    private JsonValue fitList(JsonArray items, Type element, String field, String message) {
        JsonArrayBuilder kept = CachedJsonProvider.PROVIDER.createArrayBuilder();
        boolean records = raw(element).isRecord();
        for (int i = 0; i < items.size(); i++) {
            JsonValue item = items.get(i);
            if (records) {
                JsonValue fitted = item == JsonValue.NULL ? refuse(field + "[" + i + "]", message)
                        : fit(item, element, field + "[" + i + "]", message);
                kept.add(fitted == null ? JsonValue.EMPTY_JSON_OBJECT : fitted);
            } else if (item == JsonValue.NULL || !fits(item, raw(element))) {
                return refuse(field, message);
            } else {
                kept.add(item);
            }
        }
        return kept.build();
    }

    private JsonValue refuse(String field, String message) {
        wrong.add(new FieldError(field, message));
        return null;
    }

    /** Whether a JSON value is one of the Java type's: no text read as a number, no number as a text. */
    static boolean fits(JsonValue value, Class<?> raw) {
        return switch (value.getValueType()) {
            case STRING -> raw == String.class || raw == Object.class
                    || raw.isEnum() && Arrays.stream(raw.getEnumConstants())
                            .anyMatch(e -> ((Enum<?>) e).name().equals(((JsonString) value).getString()))
                    || !raw.isEnum() && !isNumber(raw) && raw != Boolean.class && raw != boolean.class
                            && ApiBodies.readsAs(value, raw);
            case NUMBER -> raw == Object.class || isNumber(raw) && whole(raw, (JsonNumber) value);
            case TRUE, FALSE -> raw == Boolean.class || raw == boolean.class || raw == Object.class;
            default -> false;
        };
    }

    private static boolean isNumber(Class<?> raw) {
        return Number.class.isAssignableFrom(raw) || raw == long.class || raw == int.class || raw == double.class;
    }

    /** A whole number where one is asked for, in the type's range. */
    private static boolean whole(Class<?> raw, JsonNumber n) {
        try {
            if (raw == Long.class || raw == long.class) {
                n.bigDecimalValue().longValueExact();
            } else if (raw == Integer.class || raw == int.class) {
                n.bigDecimalValue().intValueExact();
            }
            return true;
        } catch (ArithmeticException notWhole) {
            return false;
        }
    }

    /** The message a wrong value of this component is named with. */
    static String messageOf(Class<?> type, RecordComponent component) {
        TypeMessage own = component.getAnnotation(TypeMessage.class);
        if (own != null) {
            return own.value();
        }
        TypeMessage ofRecord = type.getAnnotation(TypeMessage.class);
        if (ofRecord != null) {
            return ofRecord.value();
        }
        try {
            NotNull required = type.getDeclaredField(component.getName()).getAnnotation(NotNull.class);
            return required != null && !required.message().startsWith("{") ? required.message() : "error.field.invalid";
        } catch (NoSuchFieldException notPossible) {
            return "error.field.invalid";
        }
    }

    /** Each record's components by name, in order: worked out once per record type. */
    private static final ClassValue<Map<String, RecordComponent>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            return Collections.unmodifiableMap(ordered(type));
        }
    };

    /** The record's components in the order JSON-B writes them. */
    static Map<String, RecordComponent> components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    private static Map<String, RecordComponent> ordered(Class<?> type) {
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
        List<RecordComponent> all = new ArrayList<>(List.of(type.getRecordComponents()));
        if (order != null) {
            for (String name : order.value()) {
                all.stream().filter(c -> c.getName().equals(name)).findFirst().ifPresent(c -> byName.put(name, c));
            }
        }
        all.stream().sorted(Comparator.comparing(RecordComponent::getName)).forEach(c -> byName.putIfAbsent(c.getName(), c));
        return byName;
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    }

    /**
     * Where a field comes in the record's order, to sort problems by: each name's place among its
     * record's fields, each list item's number; a field the record does not have first.
     */
    static List<Integer> rank(Class<?> type, String field) {
        List<Integer> rank = new ArrayList<>();
        Type at = type;
        Matcher m = SEGMENT.matcher(field);
        while (m.find()) {
            Class<?> raw = raw(at);
            if (m.group(2) != null) {
                rank.add(Integer.parseInt(m.group(2)));
                at = List.class.isAssignableFrom(raw) && at instanceof ParameterizedType p ? p.getActualTypeArguments()[0]
                        : Object.class;
                continue;
            }
            if (!raw.isRecord()) {
                rank.add(-1);
                break;
            }
            List<String> names = new ArrayList<>(components(raw).keySet());
            int place = names.indexOf(m.group(1));
            rank.add(place);
            if (place < 0) {
                break;
            }
            at = components(raw).get(m.group(1)).getGenericType();
        }
        return rank;
    }

    /** Compares two ranks place by place; a shorter one (the record itself) first. */
    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
