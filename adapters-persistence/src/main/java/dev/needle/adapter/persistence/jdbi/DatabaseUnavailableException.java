package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.StorageFailedException;

/**
 * The database could not be opened or used. Its message has any credentials removed and it carries no
 * cause: a driver's own message may quote the URL, and a cause would take that to the log. A failure
 * of the machine, not of the input: the server is down, the file locked or damaged.
 */
public final class DatabaseUnavailableException extends StorageFailedException {
    DatabaseUnavailableException(String message, StackTraceElement[] where) {
        super(message);
        setStackTrace(where);
    }
}
