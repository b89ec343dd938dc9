package dev.needle.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one unit: every store call inside either lands together or not at all (a decline
 * that closes the contact and records the message, an import, a merge). Nested calls join the outer unit.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs a large unit of work (an import's thousands of rows) as {@link #inTransaction} does. A store
     * that nobody else sees before the unit ends (a new database built aside and put in place after it)
     * may commit its rows in steps meanwhile, which costs it less; to the caller it is one unit still.
     */
    default <T> T inLargeTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
