package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.JsonDepth;
import org.jornada.platform.control.CachedJsonProvider;
import org.jornada.platform.control.RefusedException;

/**
 * The API's JSON bodies as JSON-B records, both ways: the one reader of request bodies.
 * <p>
 * <b>Staff</b> ({@link #read}): no body reads as every field missing (the record's Bean Validation
 * constraints name them); a body that is not a JSON object is refused as {@code body}; a field of the
 * wrong type is refused by its name, with the message of its {@code @NotNull} constraint when it has one.
 * <p>
 * <b>Workers</b> ({@link #intake}): at most {@link #MAX_BYTES}, measured before parsing ({@link TooLargeException},
 * 413); no body, a body nested past {@link JsonDepth#MAX}, one that is not JSON or not an object is
 * refused as {@code body}; then every unknown field, every value of the wrong type ({@link TypeMessage}),
 * every broken constraint and every broken rule ({@link BodyRules}) of the record and of the records in
 * it is named in one {@link RefusedException}, by its path ({@code periods[1].hours}), in the record's order.
 * <p>
 * Answers are records written by JSON-B with every field present, {@code null} included, so a client
 * sees the same names every time.
 */
@ApplicationScoped
public class ApiBodies {

    /** Large enough for a 20,000-character narrative written entirely as JSON escapes. */
    public static final int MAX_BYTES = 256 * 1024;
    /** Nulls written; fields in lexicographic order (JSON-B's default), the same every time. */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    /** Only the fields that have a value: a body kept as it was meant. */
    private static final Jsonb KEPT = JsonbBuilder.create();
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    InputValidation validation;

    public ApiBodies() {
    }

    /** Outside a container (a unit test): with this validation. */
    public ApiBodies(InputValidation validation) {
        this.validation = validation;
    }

    /**
     * A staff body as a {@code type} record; {@link RefusedException} naming {@code body}, or naming every field
     * of the wrong type together with every other field the record's constraints refuse.
     */
    public <T extends Record> T read(String body, Class<T> type) {
        JsonObject json = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : object(body);
        try {
            return JSONB.fromJson(json.toString(), type);
        } catch (JsonbException wrongType) {
            List<FieldError> wrong = wrongFields(json, type);
            if (wrong.isEmpty()) {
                throw new RefusedException("body", "error.body.malformed");
            }
            JsonObjectBuilder rest = CachedJsonProvider.PROVIDER.createObjectBuilder(json);
            wrong.forEach(w -> rest.remove(w.field()));
            List<FieldError> all = new ArrayList<>(wrong);
            try {
                validation.problems(JSONB.fromJson(rest.build().toString(), type)).stream()
                        .filter(other -> wrong.stream().noneMatch(w -> w.field().equals(other.field())))
                        .forEach(all::add);
            } catch (JsonbException stillUnreadable) {
                // the wrong fields are named; nothing more to say
            }
            all.sort(Comparator.comparing(FieldError::field));
            throw new RefusedException(all);
        }
    }

    /** A worker's body, read strictly (see the class comment). */
    public <T extends Record> T intake(InputStream body, Class<T> type) {
        return intake(body, type, read -> List.of());
    }

    /**
     * The same, with the rules of a check that lives elsewhere ({@code more}: the complaint's, shared
     * with the report form) named in the same answer.
     */
    public <T extends Record> T intake(InputStream body, Class<T> type, Function<? super T, List<FieldError>> more) {
        return strict(parse(bytes(body)), type, more);
    }

    /** A worker's body already held as text (a page's inputs, a calculation carried in a form). */
    public <T extends Record> T intake(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new RefusedException("body", "error.body.empty");
        }
        return strict(object(body), type, read -> List.of());
    }

    private <T extends Record> T strict(JsonObject json, Class<T> type, Function<? super T, List<FieldError>> more) {
        BodyShape shape = new BodyShape();
        JsonObject fitted = shape.fit(json, type, "");
        T body;
        try {
            body = JSONB.fromJson(fitted.toString(), type);
        } catch (RuntimeException unreadable) {
            // every value fits its component by now: what is left is JSON-B's own limit (an exponent it will not read)
            throw new RefusedException("body", "error.body.malformed");
        }
        List<FieldError> later = new ArrayList<>(validation.problems(body));
        rules(body, "", later);
        later.addAll(more.apply(body));
        List<FieldError> errors = new ArrayList<>(shape.problems());
        Set<String> wrong = shape.wrong().stream().map(FieldError::field).collect(Collectors.toSet());
        for (FieldError e : later) {
            if (!wrong.contains(e.field()) && errors.stream().noneMatch(o -> o.field().equals(e.field())
                    && o.messageKey().equals(e.messageKey()))) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> BodyShape.compare(BodyShape.rank(type, a.field()), BodyShape.rank(type, b.field())));
            throw new RefusedException(errors);
        }
        return body;
    }

    /** The rules of the record and of every record in it, each field named by its path. */
    private static void rules(Object value, String prefix, List<FieldError> into) {
        if (value instanceof BodyRules rules) {
            rules.broken().forEach(e -> into.add(new FieldError(prefix + e.field(), e.messageKey(), e.args())));
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (RecordComponent c : value.getClass().getRecordComponents()) {
            Object part;
            try {
                c.getAccessor().setAccessible(true);
                part = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException notPossible) {
                throw new IllegalStateException(notPossible);
            }
            if (part instanceof Record) {
                rules(part, prefix + c.getName() + ".", into);
            } else if (part instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record item) {
                        rules(item, prefix + c.getName() + "[" + i + "].", into);
                    }
                }
            }
        }
    }

    /** At most {@link #MAX_BYTES}, counted before anything is parsed. */
    private static byte[] bytes(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw JsonDepth.isTooDeep(e) ? tooDeep() : new RefusedException("body", "error.body.malformed");
        }
        if (bytes.length > MAX_BYTES) {
            throw new TooLargeException();
        }
        if (bytes.length == 0) {
            throw new RefusedException("body", "error.body.empty");
        }
        if (!JsonDepth.within(bytes, JsonDepth.MAX)) {
            // before the parser, whose recursion a deep body would take past a small thread stack
            throw tooDeep();
        }
        return bytes;
    }

    private static JsonObject parse(byte[] bytes) {
        JsonValue value;
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (RuntimeException malformed) {
            throw new RefusedException("body", "error.body.malformed");
        }
        return asObject(value);
    }

    /** A body held as text: nested at most {@link JsonDepth#MAX} deep (counted first), JSON, an object. */
    static JsonObject object(String body) {
        if (!JsonDepth.within(body, JsonDepth.MAX)) {
            throw tooDeep();
        }
        JsonValue value;
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (RuntimeException malformed) {
            throw new RefusedException("body", "error.body.malformed");
        }
        return asObject(value);
    }

    private static JsonObject asObject(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RefusedException("body", "error.body.notObject");
        }
        return value.asJsonObject();
    }

    /** The refusal of a body nested past {@link JsonDepth#MAX}: 400 naming {@code body}, saying the limit. */
    public static RefusedException tooDeep() {
        return new RefusedException("body", "error.body.tooDeep", JsonDepth.MAX);
    }

    /** Which of the record's fields JSON-B could not read, each on its own. */
    private static List<FieldError> wrongFields(JsonObject json, Class<? extends Record> type) {
        List<FieldError> wrong = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = json.get(component.getName());
            if (value != null && value != JsonValue.NULL && !readsAs(value, component.getGenericType())) {
                wrong.add(new FieldError(component.getName(), BodyShape.messageOf(type, component)));
            }
        }
        return wrong;
    }

    /**
     * Whether JSON-B reads this value as that type. A list where one value is wanted, or an object
     * where a plain value is wanted, never does: JSON-B read {@code ["ADMIN"]} as an enum without
     * complaint, and the body was then called broken JSON instead of naming the field.
     */
    static boolean readsAs(JsonValue value, java.lang.reflect.Type type) {
        Class<?> raw = type instanceof java.lang.reflect.ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        boolean many = raw.isArray() || java.util.Collection.class.isAssignableFrom(raw);
        boolean plain = raw.isPrimitive() || raw.isEnum() || raw == String.class || raw == Boolean.class
                || Number.class.isAssignableFrom(raw) || java.time.temporal.Temporal.class.isAssignableFrom(raw);
        if (value.getValueType() == JsonValue.ValueType.ARRAY && (plain || raw.isRecord())
                || value.getValueType() == JsonValue.ValueType.OBJECT && (many || plain)) {
            return false;
        }
        try {
            JSONB.fromJson(value.toString(), type);
            return true;
        } catch (JsonbException notThisType) {
            return false;
        }
    }

    /** The record as JSON, every field named. */
    public static String json(Object body) {
        return JSONB.toJson(body);
    }

    /** A body record as a JSON object with only the fields that have a value (a calculation kept on a case). */
    public static JsonObject kept(Object body) {
        try (JsonReader reader = CachedJsonProvider.PROVIDER.createReader(new StringReader(KEPT.toJson(body)))) {
            return reader.readObject();
        }
    }

    /** An answer: the record as JSON with this status. */
    public static Response answer(int status, Object body) {
        return Response.status(status).type(JSON).entity(json(body)).build();
    }

    public static Response ok(Object body) {
        return answer(200, body);
    }
}
