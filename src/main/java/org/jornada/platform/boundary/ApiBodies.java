package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jornada.platform.control.FieldError;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.Refused;

/**
 * The staff API's bodies as JSON-B records, both ways. A request body becomes a command's input
 * record: no body reads as every field missing (the record's Bean Validation constraints name
 * them); a body that is not a JSON object is refused as {@code body}; a field of the wrong type
 * (a number for a role, a word for an id) is refused by its name, with the message of its
 * {@code @NotNull} constraint when it has one. Answers are records written by JSON-B with every
 * field present, {@code null} included, so a client sees the same names every time.
 */
@ApplicationScoped
public class ApiBodies {

    /** Nulls written; fields in lexicographic order (JSON-B's default), the same every time. */
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));
    private static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    @Inject
    InputValidation validation;

    /**
     * The body as a {@code type} record; {@link Refused} naming {@code body}, or naming every field
     * of the wrong type together with every other field the record's constraints refuse.
     */
    public <T extends Record> T read(String body, Class<T> type) {
        JsonObject json = JsonFields.object(body);
        try {
            return JSONB.fromJson(json.toString(), type);
        } catch (JsonbException wrongType) {
            List<FieldError> wrong = wrongFields(json, type);
            if (wrong.isEmpty()) {
                throw new Refused("body", "error.body.malformed");
            }
            JsonObjectBuilder rest = Jsons.PROVIDER.createObjectBuilder(json);
            wrong.forEach(w -> rest.remove(w.field()));
            List<FieldError> all = new ArrayList<>(wrong);
            try {
                validation.problems(JSONB.fromJson(rest.build().toString(), type)).stream()
                        .filter(other -> wrong.stream().noneMatch(w -> w.field().equals(other.field())))
                        .forEach(all::add);
            } catch (JsonbException stillUnreadable) {
                // the wrong fields are named; nothing more to say
            }
            all.sort(java.util.Comparator.comparing(FieldError::field));
            throw new Refused(all);
        }
    }

    /** Which of the record's fields JSON-B could not read, each on its own. */
    private static List<FieldError> wrongFields(JsonObject json, Class<? extends Record> type) {
        List<FieldError> wrong = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = json.get(component.getName());
            if (value == null || value == JsonValue.NULL) {
                continue;
            }
            try {
                JSONB.fromJson(value.toString(), component.getGenericType());
            } catch (JsonbException notThisType) {
                wrong.add(new FieldError(component.getName(), messageOf(type, component)));
            }
        }
        return wrong;
    }

    /** The field's {@code @NotNull} message (a constraint on a record component lands on its field). */
    private static String messageOf(Class<? extends Record> type, RecordComponent component) {
        try {
            NotNull required = type.getDeclaredField(component.getName()).getAnnotation(NotNull.class);
            return required != null && !required.message().startsWith("{") ? required.message() : "error.field.invalid";
        } catch (NoSuchFieldException notPossible) {
            return "error.field.invalid";
        }
    }

    /** The record as JSON, every field named. */
    public static String json(Object body) {
        return JSONB.toJson(body);
    }

    /** An answer: the record as JSON with this status. */
    public static Response answer(int status, Object body) {
        return Response.status(status).type(JSON).entity(json(body)).build();
    }

    public static Response ok(Object body) {
        return answer(200, body);
    }
}
