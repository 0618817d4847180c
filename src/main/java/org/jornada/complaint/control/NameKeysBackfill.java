package org.jornada.complaint.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jornada.platform.control.NameKey;

/**
 * Migration V10: the name keys and the word index (V9) for the cases filed before them. Walks the
 * cases by id, 1,000 at a time, and sets each one's keys; then indexes the words of every distinct
 * key. Written in Java because the key is {@link NameKey}'s rule, which SQL cannot repeat.
 */
public class NameKeysBackfill implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("10");
    }

    @Override
    public String getDescription() {
        return "name keys backfill";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        long after = 0;
        while (true) {
            List<Object[]> cases = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT id, employer_name, recruiter_name"
                    + " FROM complaint WHERE id > ? ORDER BY id LIMIT " + BATCH)) {
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        cases.add(new Object[] {rows.getLong(1), rows.getString(2), rows.getString(3)});
                    }
                }
            }
            if (cases.isEmpty()) {
                return;
            }
            List<String> names = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE complaint SET employer_key = ?, recruiter_key = ? WHERE id = ?")) {
                for (Object[] c : cases) {
                    update.setString(1, NameKey.stored((String) c[1]));
                    update.setString(2, NameKey.stored((String) c[2]));
                    update.setLong(3, (Long) c[0]);
                    update.addBatch();
                    names.add((String) c[1]);
                    names.add((String) c[2]);
                }
                update.executeBatch();
            }
            names.removeIf(n -> n == null);
            NameWords.insert(connection, NameWords.rows(names));
            after = (Long) cases.get(cases.size() - 1)[0];
        }
    }
}
