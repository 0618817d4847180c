package org.jornada.platform.control;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The portal's settings, read through MicroProfile Config under their environment names
 * ({@code JORNADA_DEMO}, {@code JORNADA_MIN_REPORTS}, ...: docs/deployment.md lists them): an
 * environment variable, a system property of that name, or any config source a deployment adds.
 * A blank value counts as unset. The data folder and the database settings are the exception
 * ({@link DataDirectory}, {@link DatabaseSettings}): they are themselves a config source, read
 * while the configuration is being built, so they read the environment directly.
 */
public final class Settings {

    private Settings() {
    }

    /** {@code JORNADA_DEMO}: whether a fresh embedded database gets the demo data (true unless "false"). */
    public static boolean demoWanted() {
        return get("JORNADA_DEMO").map(Boolean::parseBoolean).orElse(true);
    }

    /**
     * A secret setting: {@code name} itself, or the content of the file named by
     * {@code name_FILE} (Docker and Kubernetes secrets), stripped; empty when neither is set or
     * the file cannot be read (the feature that needs it then stays off).
     */
    public static Optional<String> secret(String name) {
        return get(name).or(() -> get(name + "_FILE").flatMap(file -> {
            try {
                return Optional.of(java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip())
                        .filter(v -> !v.isEmpty());
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }));
    }

    public static Optional<String> get(String name) {
        return ConfigProvider.getConfig().getOptionalValue(name, String.class).map(String::strip)
                .filter(v -> !v.isEmpty());
    }
}
