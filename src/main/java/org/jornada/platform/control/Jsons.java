package org.jornada.platform.control;

import org.jornada.platform.control.Jsons;
import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.Jsons.PROVIDER.createX(...)} looks the
 * provider up through the class loader on every call, which showed as the top cost of the
 * complaint API under load; this looks it up once.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }
}
