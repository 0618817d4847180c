package org.jornada.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.jornada.platform.control.Jsons;

/**
 * Lenient reading of small staff-API bodies: a body that is not a JSON object reads as an empty
 * object, so the caller answers "field missing" in the user's language instead of a parse error.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonObject object(String body) {
        try {
            JsonValue value = Jsons.PROVIDER.createReader(new StringReader(body == null ? "" : body)).readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (RuntimeException malformed) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }

    /** Adds {@code value} under {@code name}, or JSON null when there is none (answers name every field). */
    public static jakarta.json.JsonObjectBuilder putNullable(jakarta.json.JsonObjectBuilder out, String name, Object value) {
        return value == null ? out.addNull(name) : out.add(name, value.toString());
    }

    /** The string value of a field, or null when absent or not a string. */
    public static String text(JsonObject json, String name) {
        JsonValue value = json.get(name);
        return value instanceof JsonString s ? s.getString() : null;
    }
}
