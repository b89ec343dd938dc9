package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.SyncStateStore;
import dev.needle.application.port.out.SyncedCard;
import dev.needle.domain.ContactId;
import java.util.List;

/** The vdir sync state held in memory, rolled back with the contacts. */
final class InMemorySyncStateStore implements SyncStateStore {
    private final InMemoryDatabase db;

    InMemorySyncStateStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<SyncedCard> all(String folder) {
        return db.locked(() -> db.syncStates.where(row -> row.folder().equals(folder)).stream()
                .map(SyncStateRow::card).toList());
    }

    @Override
    public void put(String folder, SyncedCard card) {
        db.locked(() -> {
            db.syncStates.put(new SyncStateRow(folder, card));
            return null;
        });
    }

    @Override
    public void remove(String folder, ContactId contact) {
        db.locked(() -> db.syncStates.removeWhere(row -> row.key().equals(SyncStateRow.key(folder, contact))));
    }

    /** One row, keyed by folder and contact. */
    record SyncStateRow(String folder, SyncedCard card) {
        String key() {
            return key(folder, card.contact());
        }

        static String key(String folder, ContactId contact) {
            return folder + "\u0000" + contact.value();
        }
    }
}
