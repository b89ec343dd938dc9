package dev.needle.application.service;

import dev.needle.application.index.IndexedContactStore;
import dev.needle.application.port.in.SearchContactsUseCase;
import dev.needle.domain.Contact;
import java.util.List;

/**
 * Searches contacts in the in-memory index, never by scanning the database; the index first catches
 * up with what other sessions changed.
 */
public final class SearchContactsService implements SearchContactsUseCase {
    private final IndexedContactStore contacts;

    public SearchContactsService(IndexedContactStore contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Contact> search(String query, int limit) {
        return contacts.search(query, limit);
    }
}
