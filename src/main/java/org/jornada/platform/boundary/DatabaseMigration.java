package org.jornada.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jornada.platform.control.DataDirectory;
import org.jornada.platform.control.DatabaseSettings;

/**
 * Defines the datasource from configuration (embedded H2 by default, MySQL/MariaDB with
 * {@code DB_URL}), brings the schema up to date with Flyway before anything uses JPA, then loads
 * the demo data on a fresh embedded database.
 */
@DataSourceDefinition(name = "java:app/jdbc/jornada",
        className = "${MPCONFIG=jornada.jdbc.driver}",
        url = "${MPCONFIG=jornada.jdbc.url}",
        user = "${MPCONFIG=jornada.jdbc.user}",
        password = "${MPCONFIG=jornada.jdbc.password}",
        minPoolSize = 2,
        maxPoolSize = 64,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED)
// Id blocks for table-generated ids, outside any JTA transaction (persistence.xml).
@DataSourceDefinition(name = "java:global/jdbc/jornada-ids",
        className = "${MPCONFIG=jornada.jdbc.driver}",
        url = "${MPCONFIG=jornada.jdbc.url}",
        user = "${MPCONFIG=jornada.jdbc.user}",
        password = "${MPCONFIG=jornada.jdbc.password}",
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 4,
        isolationLevel = java.sql.Connection.TRANSACTION_READ_COMMITTED)
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/jornada")
    DataSource dataSource;

    @Inject
    DemoData demoData;

    @Inject
    org.jornada.staff.boundary.StaffDirectory staff;

    private volatile boolean ready;

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new org.jornada.complaint.control.NameKeysBackfill())
                .load()
                .migrate();
        LOG.info(() -> DatabaseSettings.describe() + "; schema version " + result.targetSchemaVersion);
        if (DatabaseSettings.isEmbedded() && demoData.enabled()) {
            demoData.loadIfEmpty();
        }
        staff.ensureBootstrapTokens();
        if (DatabaseSettings.isEmbedded()) {
            DataDirectory.restrictPermissions();
        }
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
