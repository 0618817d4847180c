package org.jornada.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready (GET /health/ready answers 200) once the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Inject
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        boolean up = DatabaseMigration.started() && databaseAnswers();
        return HealthCheckResponse.named("complaint-intake").status(up).build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = migration.dataSource().getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
