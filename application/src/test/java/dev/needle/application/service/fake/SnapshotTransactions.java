package dev.needle.application.service.fake;

import dev.needle.application.port.out.Transactions;
import java.util.List;
import java.util.function.Supplier;

/** All-or-nothing over the fakes: snapshots them before the work and restores them if it throws. */
public final class SnapshotTransactions implements Transactions {
    private final List<Rollback> fakes;
    private int depth;

    public SnapshotTransactions(Rollback... fakes) {
        this.fakes = List.of(fakes);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get(); // nested units join the outer one, as the port says
        }
        List<Runnable> restore = fakes.stream().map(Rollback::snapshot).toList();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            restore.forEach(Runnable::run);
            throw failure;
        } finally {
            depth--;
        }
    }
}
