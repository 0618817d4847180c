package org.jornada.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jornada.platform.control.DatabaseSettings;

/**
 * Defines the datasource from configuration (embedded H2 by default, MySQL/MariaDB with
 * {@code DB_URL}) and brings the schema up to date with Flyway, when the startup room
 * ({@code org.jornada.startup.ApplicationStartup}) asks, before anything uses JPA. Payara reads
 * these values once during deployment, before the application's config source is visible, and
 * logs "no value found" for each (the jar's logging.properties names that warning); a default
 * after {@code :} is no cure: the pool is then made with it (issue #24 tried it).
 */
@DataSourceDefinition(name = "java:app/jdbc/jornada",
        className = "${MPCONFIG=jornada.jdbc.driver}",
        url = "${MPCONFIG=jornada.jdbc.url}",
        user = "${MPCONFIG=jornada.jdbc.user}",
        password = "${MPCONFIG=jornada.jdbc.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {DatabaseMigration.VALIDATE, DatabaseMigration.VALIDATE_BY, DatabaseMigration.VALIDATOR,
            DatabaseMigration.FAIL_ALL, DatabaseMigration.VALIDATE_EVERY})
// Id blocks for table-generated ids, outside any JTA transaction (persistence.xml).
@DataSourceDefinition(name = "java:global/jdbc/jornada-ids",
        className = "${MPCONFIG=jornada.jdbc.driver}",
        url = "${MPCONFIG=jornada.jdbc.url}",
        user = "${MPCONFIG=jornada.jdbc.user}",
        password = "${MPCONFIG=jornada.jdbc.password}",
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 4,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED,
        properties = {DatabaseMigration.VALIDATE, DatabaseMigration.VALIDATE_BY, DatabaseMigration.VALIDATOR,
            DatabaseMigration.FAIL_ALL, DatabaseMigration.VALIDATE_EVERY})
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    // Payara's pool checks a connection (JDBC 4 isValid, one round trip, at most every 2 s per
    // connection) before lending it, and drops them all once one is found dead: after the
    // database restarts, the next request gets a fresh connection instead of a 500 (issue #13).
    static final String VALIDATE = "fish.payara.is-connection-validation-required=true";
    static final String VALIDATE_BY = "fish.payara.connection-validation-method=custom-validation";
    static final String VALIDATOR = "fish.payara.validation-classname="
            + "org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation";
    static final String FAIL_ALL = "fish.payara.fail-all-connections=true";
    static final String VALIDATE_EVERY = "fish.payara.validate-atmost-once-period-in-seconds=2";

    @Resource(lookup = "java:app/jdbc/jornada")
    DataSource dataSource;

    /** Static: the readiness probe reads it without calling into the container, which refuses calls while it initializes. */
    private static volatile boolean ready;

    /**
     * Brings the schema up to date: the SQL migrations in {@code db/migration} and the features'
     * Java ones (a migration whose rule lives in a feature, given by the startup room).
     */
    public void migrate(JavaMigration... javaMigrations) {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(javaMigrations)
                .load()
                .migrate();
        LOG.info(() -> DatabaseSettings.describe() + "; schema version " + result.targetSchemaVersion);
    }

    /**
     * Runs the start's writes to shared data (migrations, first staff) on one node at a time: two
     * nodes started together on an empty MySQL database both found no {@code admin} and one failed
     * its start on the duplicate (measured, issue #13). A MySQL named lock, held by one connection
     * for the length of {@code work} and let go by the server if this node dies; the embedded H2
     * has one process by construction and needs none.
     */
    public void exclusively(Runnable work) {
        if (DatabaseSettings.isEmbedded()) {
            work.run();
            return;
        }
        try (Connection lock = dataSource.getConnection()) {
            try (PreparedStatement take = lock.prepareStatement("SELECT GET_LOCK('jornada.startup', 600)");
                    ResultSet got = take.executeQuery()) {
                if (!got.next() || got.getInt(1) != 1) {
                    throw new IllegalStateException("Another node held the start lock for 10 minutes");
                }
            }
            try {
                work.run();
            } finally {
                try (PreparedStatement release = lock.prepareStatement("DO RELEASE_LOCK('jornada.startup')")) {
                    release.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The start lock could not be taken", e);
        }
    }

    /** Everything the application needs at start is done: the readiness check answers up. */
    public void markReady() {
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    /**
     * The same answer as {@link #isReady()}, read without the EJB container: a probe that comes
     * while the container still initializes (the demo data loading) gets "not ready", not an
     * exception that Payara logs as a warning with its stack trace.
     */
    public static boolean started() {
        return ready;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
