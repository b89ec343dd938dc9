package dev.needle.adapter.persistence.jdbi;

/**
 * The database could not be opened or used. Its message has any credentials removed and it carries no
 * cause: a driver's own message may quote the URL, and a cause would take that to the log.
 */
public final class DatabaseUnavailableException extends RuntimeException {
    DatabaseUnavailableException(String message, StackTraceElement[] where) {
        super(message);
        setStackTrace(where);
    }
}
