package dev.needle.application;

/** A record named by the user does not exist (any more): deleted in another session, or a typo. */
public final class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super("No " + what + " " + id + ": it may have been deleted in another session.");
    }
}
