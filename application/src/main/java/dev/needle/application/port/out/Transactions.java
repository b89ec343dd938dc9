package dev.needle.application.port.out;

import java.util.function.Supplier;

/**
 * Runs work as one unit: every store call inside either lands together or not at all (a decline
 * that closes the contact and records the message, an import, a merge). Nested calls join the outer unit.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
