package dev.needle.adapter.persistence.jdbi;

/** A restore was not started, and nothing was changed: the reason is in the message. */
public final class RestoreRefusedException extends RuntimeException {
    RestoreRefusedException(String message) {
        super(message);
    }
}
