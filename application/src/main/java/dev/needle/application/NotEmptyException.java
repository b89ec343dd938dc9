package dev.needle.application;

/** A restore was asked for on a database that already holds records; merging a backup is never guessed at. */
public final class NotEmptyException extends RuntimeException {
    public NotEmptyException(int records) {
        super("The database already holds " + records + " record(s); restore a backup only into an empty database.");
    }
}
