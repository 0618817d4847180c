package org.jornada.platform.control;

import java.util.List;

/**
 * The columns a feature keeps sealed with the data key ({@link DataCipher}), each with the
 * purpose it was sealed for: what re-keying reads and seals again with the current key once an
 * older key is retired ({@code JORNADA_DATA_KEYS_RETIRED}). Each feature that seals something in
 * the database has one bean of this type.
 */
public interface SealedColumns {

    /** A table, one of its sealed columns, that column's purpose, and the table's one-column numeric primary key. */
    record Column(String table, String column, String purpose, String key) {

        /** A table whose primary key is {@code id}. */
        public Column(String table, String column, String purpose) {
            this(table, column, purpose, "id");
        }
    }

    List<Column> sealedColumns();
}
