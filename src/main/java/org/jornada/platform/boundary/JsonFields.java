package org.jornada.platform.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.jornada.platform.control.JsonDepth;
import org.jornada.platform.control.Jsons;
import org.jornada.platform.control.Refused;

/**
 * Reading of small API bodies: no body at all reads as an empty object (every field missing, which
 * the command names); a body that is not JSON, or JSON that is not an object, is refused as
 * {@code body} ({@link Refused}: 400 naming {@code body} in the caller's language, never silently
 * read as {@code {}}); so is a body nested deeper than {@link JsonDepth#MAX}, before it is parsed.
 */
public final class JsonFields {

    private JsonFields() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        if (!JsonDepth.within(body, JsonDepth.MAX)) {
            throw tooDeep();
        }
        JsonValue value;
        try {
            value = Jsons.PROVIDER.createReader(new StringReader(body)).readValue();
        } catch (RuntimeException malformed) {
            throw new Refused("body", "error.body.malformed");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new Refused("body", "error.body.notObject");
        }
        return value.asJsonObject();
    }

    /** The refusal of a body nested past {@link JsonDepth#MAX}: 400 naming {@code body}, saying the limit. */
    public static Refused tooDeep() {
        return new Refused("body", "error.body.tooDeep", JsonDepth.MAX);
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
