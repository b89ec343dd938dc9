package dev.needle.adapter.interchange;

/**
 * A file could not be read or written as the format it claims to be. The message names the file,
 * the line or record, and what is wrong, in words a person can act on; nothing was imported.
 */
public final class InterchangeException extends RuntimeException {
    public InterchangeException(String message) {
        super(oneLine(message));
    }

    public InterchangeException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** A value quoted from the file may hold line breaks (a quoted CSV cell can); the message stays one line. */
    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("\\R", " ");
    }
}
