package dev.needle.app;

/**
 * How long a run keeps the database: a session (the full-screen UI, {@code needle serve}) ends when
 * the person is done and tidies the file then; a command (an import, an export, a listing) is waited
 * for, so it leaves the tidying to the next session.
 */
enum DatabaseUse {
    /** Compacts the H2 file when it closes (at most 200 ms, H2's default). */
    SESSION,
    /** Closes without compacting: a 10 000-card import finished ~0.25 s sooner, a 100k export ~0.4 s. */
    COMMAND
}
