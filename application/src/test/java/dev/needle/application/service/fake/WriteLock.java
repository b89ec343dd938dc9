package dev.needle.application.service.fake;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One writer at a time over the fakes of one database, like a database's write lock: a unit of work
 * holds it to its end, so another session's write waits for it and a rollback never undoes that write.
 */
public final class WriteLock {
    private final ReentrantLock lock = new ReentrantLock();

    public <T> T holding(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    public boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
