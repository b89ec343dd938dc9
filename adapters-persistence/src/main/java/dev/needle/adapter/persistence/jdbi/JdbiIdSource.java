package dev.needle.adapter.persistence.jdbi;

import dev.needle.application.port.out.IdSource;

/**
 * Ids from the database sequence: two processes on one database never receive the same id, and a
 * crash skips ids rather than repeating them. {@code nextval('…')} is understood by H2 and PostgreSQL.
 */
final class JdbiIdSource implements IdSource {
    private final HandleScope scope;

    JdbiIdSource(HandleScope scope) {
        this.scope = scope;
    }

    @Override
    public long next() {
        return scope.read(handle -> handle.createQuery("SELECT nextval('needle_ids')").mapTo(Long.class).one());
    }
}
