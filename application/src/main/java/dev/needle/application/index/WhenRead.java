package dev.needle.application.index;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Who waits to hear that the index has read everyone: a screen drawn without the list of everyone
 * is drawn again once it is here. Each is told once, by the read's end, on that read's thread; a
 * read that failed tells them too (the screen then says so) and keeps them for the next read.
 */
final class WhenRead {
    private final BooleanSupplier hasRead;
    private List<Runnable> waiting = new ArrayList<>();

    WhenRead(BooleanSupplier hasRead) {
        this.hasRead = hasRead;
    }

    /** Keeps {@code then} until {@link #tell}; none is kept once everyone is read, there is nothing to wait for. */
    synchronized void add(Runnable then) {
        if (!hasRead.getAsBoolean()) {
            waiting.add(then);
        }
    }

    /** Tells everyone waiting that the read failed, and keeps them: a read again tells them once more. */
    void tellOfFailure() {
        List<Runnable> told;
        synchronized (this) {
            told = List.copyOf(waiting);
        }
        told.forEach(Runnable::run);
    }

    /** Tells everyone waiting, once everyone is read, outside the lock: what they do may take time. */
    void tell() {
        List<Runnable> told;
        synchronized (this) {
            told = waiting;
            waiting = new ArrayList<>();
        }
        told.forEach(Runnable::run);
    }
}
