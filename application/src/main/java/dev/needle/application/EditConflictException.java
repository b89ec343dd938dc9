package dev.needle.application;

/**
 * A save was refused because the record changed since it was read, in another session or process.
 * Never resolved by overwriting: the user reloads and applies the change again.
 */
public final class EditConflictException extends RuntimeException {
    public EditConflictException(String what, Object id) {
        // No id: the user never sees ids. The screens that edit a record name it and offer to compare.
        super("This " + what + " was changed in another session meanwhile; open it again to see the change.");
    }
}
