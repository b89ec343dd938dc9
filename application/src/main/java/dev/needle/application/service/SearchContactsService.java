package dev.needle.application.service;

import dev.needle.application.port.in.SearchContactsUseCase;
import dev.needle.application.port.out.ContactSearch;
import dev.needle.domain.Contact;
import java.util.List;

/**
 * Searches contacts: the full screen in the in-memory index (which first catches up with what other
 * sessions changed), a command that asks once with a search that reads only what it needs.
 */
public final class SearchContactsService implements SearchContactsUseCase {
    private final ContactSearch contacts;

    public SearchContactsService(ContactSearch contacts) {
        this.contacts = contacts;
    }

    @Override
    public List<Contact> search(String query, int limit) {
        return contacts.search(query, limit);
    }
}
