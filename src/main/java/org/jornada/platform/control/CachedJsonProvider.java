package org.jornada.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Json.createX(...)} looks the
 * provider up through the class loader on every call, which showed as the top cost of the
 * complaint API under load; this looks it up once.
 */
public final class CachedJsonProvider {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private CachedJsonProvider() {
    }

    /** Adds {@code value} under {@code name}, or JSON null when there is none (answers name every field). */
    public static jakarta.json.JsonObjectBuilder putNullable(jakarta.json.JsonObjectBuilder out, String name, Object value) {
        return value == null ? out.addNull(name) : out.add(name, value.toString());
    }
}
