package org.jornada.platform.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

/**
 * Whether a failure means the database cannot be reached right now (stopped, restarting, the
 * network between): then the answer is 503 with {@code Retry-After} and "try again in a
 * minute", never 500, and nothing typed is lost (docs/deployment.md, "When the database goes away"). Recognised along the
 * cause chain: the JDBC connection exceptions, SQLSTATE class 08 (connection exception), and the
 * words Payara's pool and Connector/J use when no connection can be had.
 */
public final class DatabaseDown {

    /** What a client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseDown() {
    }

    public static boolean is(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("CommunicationsException") || name.endsWith("CJCommunicationsException")) {
                return true;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("error in allocating a connection") || message.contains("communications link failure")
                    || message.contains("connection refused") || message.contains("could not create connection")) {
                return true;
            }
        }
        return false;
    }
}
