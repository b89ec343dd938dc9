package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.ContactId;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/** Reads of the contact revision counter and of the tombstones deletions leave. */
final class ContactRevisionQueries {
    private ContactRevisionQueries() {
    }

    /** The revision of the latest committed contact change: a primary-key read of a one-row table. */
    static long current(Handle handle) {
        return handle.createQuery("SELECT revision FROM contact_revision WHERE id = 1").mapTo(Long.class).one();
    }

    /** Ids deleted after {@code revision} and not stored again since (a restore may bring an id back). */
    static Set<ContactId> deletedSince(Handle handle, long revision) {
        return handle.createQuery("SELECT t.id FROM contact_tombstones t WHERE t.revision > :since "
                        + "AND NOT EXISTS (SELECT 1 FROM contacts c WHERE c.id = t.id)")
                .bind("since", revision)
                .mapTo(Long.class)
                .stream()
                .map(ContactId::new)
                .collect(Collectors.toSet());
    }
}
