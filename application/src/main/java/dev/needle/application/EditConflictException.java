package dev.needle.application;

/**
 * A save was refused because the record changed since it was read, in another session or process.
 * Never resolved by overwriting: the user reloads and applies the change again.
 */
public final class EditConflictException extends RuntimeException {
    public EditConflictException(String what, Object id) {
        super("This " + what + " (" + id + ") was changed in another session; reload it and make your change again.");
    }
}
