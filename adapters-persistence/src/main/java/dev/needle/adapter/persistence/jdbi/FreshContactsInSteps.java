package dev.needle.adapter.persistence.jdbi;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The new contacts of a large unit committed in steps on a database built aside (a new folder's import),
 * for the whole unit: their rows go in batch by batch on the unit's connection, each batch committed as a
 * step, and their folded texts on a connection of their own ({@link SearchTextsBeside}) once the unit
 * has more than one batch. Batches may come ahead of the unit's {@code saveAll}, while it still matches
 * records ({@link JdbiContactStore#writeAhead}); this remembers what each of those contacts was when
 * written, so the {@code saveAll} keeps or rewrites it. {@link #finish} waits for the texts, at the
 * latest before the unit commits; the unit's end closes their connection, committed or not.
 */
final class FreshContactsInSteps implements HandleScope.BeforeCommit, AutoCloseable {
    private final HandleScope scope;
    private final Map<ContactId, Contact> writtenAhead = new HashMap<>();
    private SearchTextsBeside beside;

    FreshContactsInSteps(HandleScope scope) {
        this.scope = scope;
    }

    /** Writes {@code batch} (new contacts) before the unit's {@code saveAll} names them. */
    void writeAhead(Handle handle, List<Contact> batch) {
        insert(handle, batch, true);
        batch.forEach(contact -> writtenAhead.put(contact.id(), contact));
    }

    /** The contact as written ahead, or null when it was not. */
    Contact writtenAhead(ContactId id) {
        return writtenAhead.isEmpty() ? null : writtenAhead.get(id);
    }

    /**
     * Inserts the rows of {@code batch} and commits them as a step; their texts go beside when
     * {@code large} (more batches to come) or once they already do, else with their rows.
     */
    void insert(Handle handle, List<Contact> batch, boolean large) {
        ContactInsertBatch.insert(handle, batch);
        if (beside == null && large) {
            beside = new SearchTextsBeside(scope.openBeside());
        }
        if (beside != null) {
            beside.add(batch);
        } else {
            FreshSearchTexts.insertBesideTheirRows(handle, batch);
        }
        scope.commitStep(handle);
    }

    /**
     * Waits until every text handed beside is committed, and lets go of their connection (a later large
     * batch opens another); throws what writing them threw.
     */
    void finish() {
        if (beside != null) {
            SearchTextsBeside done = beside;
            beside = null;
            try {
                done.finish();
            } finally {
                done.close();
            }
        }
    }

    /** Before the unit's commit: texts of contacts written ahead that no saveAll followed are waited for too. */
    @Override
    public void beforeCommit(Handle handle) {
        finish();
    }

    @Override
    public void close() {
        if (beside != null) {
            beside.close();
        }
    }
}
