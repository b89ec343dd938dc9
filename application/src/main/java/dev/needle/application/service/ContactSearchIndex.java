package dev.needle.application.service;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.SearchText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * Answers contact searches from memory: each contact's folded search text is computed once, and the
 * entries are kept sorted by folded name so a search walks them in result order and stops at the limit.
 */
public final class ContactSearchIndex {
    /** Position in the result order: folded name, then id for people with the same name. */
    private record Key(String name, long id) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::name).thenComparingLong(Key::id);
    }

    private record Entry(Contact contact, String text) {
    }

    private final ConcurrentSkipListMap<Key, Entry> byName = new ConcurrentSkipListMap<>(Key.ORDER);
    private final Map<ContactId, Key> keys = new ConcurrentHashMap<>();

    public ContactSearchIndex(Collection<Contact> contacts) {
        contacts.forEach(this::put);
    }

    /** Adds the contact or replaces the copy indexed before (its name may have changed). */
    public synchronized void put(Contact contact) {
        remove(contact.id());
        Key key = new Key(SearchText.fold(contact.name()), contact.id().value());
        byName.put(key, new Entry(contact, contact.searchText()));
        keys.put(contact.id(), key);
    }

    public synchronized void remove(ContactId id) {
        Key key = keys.remove(id);
        if (key != null) {
            byName.remove(key);
        }
    }

    public int size() {
        return keys.size();
    }

    /** Contacts whose search text contains every word of the query, by name then id; at most {@code limit}. */
    public List<Contact> search(String query, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("A search limit cannot be negative: " + limit);
        }
        String folded = SearchText.fold(query);
        String[] words = folded.isEmpty() ? new String[0] : folded.split(" ");
        List<Contact> found = new ArrayList<>(Math.min(limit, 64));
        for (Entry entry : byName.values()) {
            if (found.size() >= limit) {
                break;
            }
            if (containsAll(entry.text(), words)) {
                found.add(entry.contact());
            }
        }
        return List.copyOf(found);
    }

    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
