package dev.needle.application.service;

import dev.needle.application.port.in.SearchContactsUseCase;
import dev.needle.domain.Contact;
import java.util.List;

/** Searches contacts in the in-memory index, never in the database. */
public final class SearchContactsService implements SearchContactsUseCase {
    private final ContactSearchIndex index;

    public SearchContactsService(ContactSearchIndex index) {
        this.index = index;
    }

    @Override
    public List<Contact> search(String query, int limit) {
        return index.search(query, limit);
    }
}
