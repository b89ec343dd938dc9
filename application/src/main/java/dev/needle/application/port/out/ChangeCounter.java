package dev.needle.application.port.out;

/**
 * A store-wide count of committed changes: every committed write to any store, by any session or
 * process, moves it forward. Two equal readings mean nothing was committed in between, so an open
 * screen can ask it often and reload only when it moved. Reading it must be cheap (one row).
 */
public interface ChangeCounter {
    /** The count now; compare readings for equality only (a restore may put an older count back). */
    long current();
}
