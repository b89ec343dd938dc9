package dev.needle.application;

/**
 * A store could not do its work because of the machine, not the input: the disk holding the data
 * is full, the database closed itself or cannot be reached, files may not be written. The unit of
 * work it broke was rolled back; trying again once the machine is fixed is safe. The message says
 * what failed in the user's words, without what was kept: the caller knows that.
 */
public class StorageFailedException extends RuntimeException {
    public StorageFailedException(String message) {
        super(message);
    }

    /** {@code cause} is kept for the log only; its text never reaches the user. */
    public StorageFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
