package dev.needle.application.service.fake;

import dev.needle.application.port.out.Transactions;
import java.util.List;
import java.util.function.Supplier;

/** All-or-nothing over the fakes: snapshots them before the work and restores them if it throws. */
public final class SnapshotTransactions implements Transactions {
    private final List<Rollback> fakes;
    private final WriteLock lock = new WriteLock();

    public SnapshotTransactions(Rollback... fakes) {
        this.fakes = List.of(fakes);
        this.fakes.forEach(fake -> fake.writeUnder(lock));
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (lock.isHeldByCurrentThread()) {
            return work.get(); // nested units join the outer one, as the port says
        }
        return lock.holding(() -> {
            List<Runnable> restore = fakes.stream().map(Rollback::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                restore.forEach(Runnable::run);
                throw failure;
            }
        });
    }
}
