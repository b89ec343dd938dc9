package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.ChangeCounter;

/** The store-wide change counter of V6: one primary-key read of a one-row table. */
final class JdbiChangeCounter implements ChangeCounter {
    private final HandleScope scope;

    JdbiChangeCounter(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public long current() {
        return scope.read(handle -> handle.createQuery("SELECT counter FROM store_changes WHERE id = 1")
                .mapTo(Long.class).one());
    }
}
