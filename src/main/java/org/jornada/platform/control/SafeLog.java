package org.jornada.platform.control;

/**
 * Describes a failure for the log without its messages: exception messages can quote request
 * content (a receipt, a narrative, a contact), so only the types and frames are logged.
 */
public final class SafeLog {

    private SafeLog() {
    }

    public static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Throwable current = failure;
        int depth = 0;
        while (current != null && depth < 5) {
            out.append(depth == 0 ? "" : "\n  caused by ").append(current.getClass().getName());
            if (current instanceof java.sql.SQLException sql) {
                // the state and the vendor code say what failed without quoting any value
                out.append(" [SQLState ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode())
                        .append(']');
            }
            StackTraceElement[] frames = current.getStackTrace();
            for (int i = 0; i < Math.min(8, frames.length); i++) {
                out.append("\n    at ").append(frames[i]);
            }
            current = current.getCause();
            depth++;
        }
        return out.toString();
    }
}
