package dev.needle.application.port.out;

import dev.needle.domain.ContactId;
import java.util.List;

/**
 * The state of two-way syncs, per vdir folder and per contact. Kept in the same database as the
 * contacts, so a sync's store changes and its new state commit together or not at all.
 */
public interface SyncStateStore {
    /** Every contact synced with {@code folder} (the folder's absolute path), in no particular order. */
    List<SyncedCard> all(String folder);

    /** Records (or replaces) the state of one contact in {@code folder}. */
    void put(String folder, SyncedCard card);

    /** Forgets one contact in {@code folder}; nothing happens when it was not there. */
    void remove(String folder, ContactId contact);
}
