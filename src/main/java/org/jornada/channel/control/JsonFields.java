package org.jornada.channel.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** Forgiving reads of a provider's JSON: a field that is missing or of another type reads as absent. */
final class JsonFields {

    private JsonFields() {
    }

    static String string(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonString text ? text.getString() : "";
    }

    static Optional<JsonObject> object(JsonObject object, String name) {
        JsonValue value = object.get(name);
        return value instanceof JsonObject inner ? Optional.of(inner) : Optional.empty();
    }

    static List<JsonObject> objects(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
