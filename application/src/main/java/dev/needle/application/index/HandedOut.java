package dev.needle.application.index;

import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The contacts narrow reads returned before the index loaded, by id: the full read then puts in the
 * same instance for a contact that has not changed, so a screen still showing it shares it with the
 * index instead of holding a second copy.
 */
final class HandedOut {
    private final Map<ContactId, Contact> contacts = new ConcurrentHashMap<>();

    /** Remembers what a narrow read returned; returns it unchanged. */
    List<Contact> remember(List<Contact> read) {
        read.forEach(contact -> contacts.put(contact.id(), contact));
        return read;
    }

    /** The instance handed out earlier when it equals {@code read}, else {@code read}. */
    Contact shared(Contact read) {
        Contact earlier = contacts.get(read.id());
        return read.equals(earlier) ? earlier : read;
    }

    /** The index holds everyone now: nothing is handed out past it any more. */
    void forget() {
        contacts.clear();
    }
}
