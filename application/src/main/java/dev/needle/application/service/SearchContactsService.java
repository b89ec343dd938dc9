package dev.needle.application.service;

import dev.needle.application.port.in.SearchContactsUseCase;
import dev.needle.application.port.out.ContactIndex;
import dev.needle.domain.Contact;
import java.util.List;

/**
 * Searches contacts in the in-memory index, never by scanning the database; the index first catches
 * up with what other sessions changed.
 */
public final class SearchContactsService implements SearchContactsUseCase {
    private final ContactIndex contacts;

    public SearchContactsService(ContactIndex contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Contact> search(String query, int limit) {
        return contacts.search(query, limit);
    }
}
