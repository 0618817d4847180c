package org.jornada.complaint.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.jornada.platform.control.NameKey;

/**
 * The word index of case names ({@code name_word}, V9): one row per word of each distinct
 * {@link NameKey}, so the queue's name filter finds the keys holding every typed word through the
 * primary key, then the cases through {@code complaint.employer_key}/{@code recruiter_key}. Rows
 * are added when a case is filed, in the same transaction, with {@code INSERT IGNORE} (MariaDB, and
 * H2 in MySQL mode): a key seen before adds nothing. Rows go in sorted order so that concurrent
 * filings take their locks in the same order.
 */
public final class NameWords {

    /** A row of the index. */
    public record Row(String word, String key) {
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::word).thenComparing(Row::key);

    private NameWords() {
    }

    /** The rows for these names (null names skipped), sorted, without repeats. */
    public static List<Row> rows(Collection<String> names) {
        List<Row> rows = new ArrayList<>();
        for (String name : names) {
            String key = NameKey.stored(name);
            if (key == null) {
                continue;
            }
            for (String word : NameKey.indexWords(name)) {
                rows.add(new Row(word, key));
            }
        }
        return rows.stream().distinct().sorted(ORDER).toList();
    }

    /** Rows per statement. */
    public static final int CHUNK = 200;

    /** {@code INSERT IGNORE} of this many rows, parameters word then key for each. */
    public static String insertSql(int rows) {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO name_word (word, name_key) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "(?, ?)" : ", (?, ?)");
        }
        return sql.toString();
    }

    /** Adds the rows (those already there are left as they are), {@link #CHUNK} at a time. */
    public static void insert(Connection connection, List<Row> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            try (PreparedStatement insert = connection.prepareStatement(insertSql(chunk.size()))) {
                int at = 1;
                for (Row row : chunk) {
                    insert.setString(at++, row.word());
                    insert.setString(at++, row.key());
                }
                insert.executeUpdate();
            }
        }
    }
}
