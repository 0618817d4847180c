package org.jornada.platform.control;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the JDBC settings the datasource needs from {@code DB_URL}, {@code DB_USER} and
 * {@code DB_PASSWORD}, or, when {@code DB_URL} is absent, points at the embedded H2 file in the
 * data folder. Registered as a MicroProfile Config source so that
 * {@code @DataSourceDefinition} can read it through {@code ${MPCONFIG=...}}.
 *
 * <p>An external server needs {@code DB_USER} and a non-empty {@code DB_PASSWORD}.
 */
public class DatabaseSettings implements ConfigSource {

    public static final String URL = "jornada.jdbc.url";
    public static final String DRIVER = "jornada.jdbc.driver";
    public static final String USER = "jornada.jdbc.user";
    public static final String PASSWORD = "jornada.jdbc.password";

    /** The embedded database's own credentials: the file lives in the user's data folder. */
    private static final String EMBEDDED_USER = "jornada";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> values = new HashMap<>();
        for (String name : getPropertyNames()) {
            String value = getValue(name);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(URL, DRIVER, USER, PASSWORD);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case URL -> jdbcUrl();
            case DRIVER -> isEmbedded() ? "org.h2.jdbcx.JdbcDataSource" : "com.mysql.cj.jdbc.MysqlDataSource";
            case USER -> isEmbedded() ? EMBEDDED_USER : setting("DB_USER", "db.user");
            case PASSWORD -> isEmbedded() ? EMBEDDED_USER : password();
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "jornada-database-settings";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    /**
     * One line for the startup log: where the data is kept and which database holds it. The
     * database address loses its query (it may carry credentials); no secret is named.
     */
    public static String describe() {
        if (isEmbedded()) {
            return "Data: embedded H2 database and generated keys in " + DataDirectory.path()
                    + (Settings.demoWanted()
                            ? " (JORNADA_DATA_DIR; a new folder starts fresh with demo data)" : " (JORNADA_DATA_DIR)");
        }
        return "Data: MySQL/MariaDB at " + address() + " (DB_URL); keys from "
                + "JORNADA_DATA_KEY / JORNADA_RECEIPT_SECRET or " + DataDirectory.path();
    }

    /** The external database's address without its query (it may carry credentials). */
    public static String address() {
        String url = DataDirectory.environment("DB_URL", "db.url").orElse("");
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    public static boolean isEmbedded() {
        return DataDirectory.environment("DB_URL", "db.url").isEmpty();
    }

    public static String jdbcUrl() {
        if (isEmbedded()) {
            String file = DataDirectory.path().resolve("jornada").toString();
            // No H2 trace file (jornada.trace.db): H2's errors reach the server log as exceptions,
            // and a file H2 creates with the process umask would be readable by others.
            return "jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;TRACE_LEVEL_FILE=0";
        }
        return withBatchRewrite(DataDirectory.environment("DB_URL", "db.url").orElseThrow());
    }

    /**
     * MySQL/MariaDB URLs get {@code rewriteBatchedStatements=true} unless they say otherwise:
     * Connector/J then sends a JDBC batch (EclipseLink batch writing: the directory imports) as
     * multi-row inserts instead of one round trip per row.
     */
    static String withBatchRewrite(String url) {
        if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")
                || url.toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedstatements")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
    }

    /** {@code DB_PASSWORD}, or the content of the file named by {@code DB_PASSWORD_FILE}. */
    private static String password() {
        String file = setting("DB_PASSWORD_FILE", "db.password.file");
        if (file != null && !file.isBlank()) {
            try {
                return java.nio.file.Files.readString(java.nio.file.Path.of(file.trim())).strip();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("Cannot read DB_PASSWORD_FILE", e);
            }
        }
        return setting("DB_PASSWORD", "db.password");
    }

    /** Raw, not trimmed (a password may end in a space); see {@link DataDirectory#environment}. */
    private static String setting(String env, String property) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(env);
        }
        return value;
    }

}
