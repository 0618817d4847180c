package org.jornada.platform.control;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a failure means the database took the request but cannot keep what it was asked to
 * write: disk or table full, a read-only server or table, a file larger than the server accepts
 * in one statement. Evidence, like everything a worker sends, is stored in the database, so this
 * is "evidence storage full or not writable" (issue #13). The transaction was rolled back, so
 * nothing is half-stored; the answer is 507 with {@code Retry-After} and a message that says
 * nothing was saved this time and nothing saved before is lost; what was typed stays on the page.
 */
public final class StorageFull {

    /** WebDAV's 507 Insufficient Storage: the server cannot store what the request needs. */
    public static final int STATUS = 507;
    /** Space is not freed in a minute: ten, as a hint to clients that retry by themselves. */
    public static final int RETRY_AFTER_SECONDS = 600;
    public static final String MESSAGE = "problem.storageFull";

    /**
     * MySQL/MariaDB server errors: 1114 table is full, 1021 disk full, 1036 table is read only,
     * 1290 the server runs with --read-only (or another option forbids the write), 1792 read-only
     * transaction, 1153 packet larger than max_allowed_packet, 1030 a storage engine error (28 is
     * ENOSPC; the message says which). H2: 90097 database is read only.
     */
    private static final Set<Integer> MYSQL_CODES = Set.of(1114, 1021, 1036, 1290, 1792, 1153);
    private static final int H2_READ_ONLY = 90097;

    private StorageFull() {
    }

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && (MYSQL_CODES.contains(sql.getErrorCode())
                    || sql.getErrorCode() == H2_READ_ONLY)) {
                return true;
            }
            if (t.getClass().getName().endsWith("PacketTooBigException")) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk full")
                    || message.contains("is full") && message.contains("table")) {
                return true;
            }
        }
        return false;
    }
}
