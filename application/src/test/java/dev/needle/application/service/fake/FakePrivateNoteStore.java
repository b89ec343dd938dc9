package dev.needle.application.service.fake;

import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.TeammateId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Private notes in memory, for service tests; the contacts' fake removes a deleted person's. */
public final class FakePrivateNoteStore implements PrivateNoteStore, Rollback {
    private static final Comparator<PrivateNote> ORDER =
            Comparator.comparing(PrivateNote::contact).thenComparing(PrivateNote::author);
    private final Predicate<ContactId> exists;
    private Map<String, PrivateNote> notes = new TreeMap<>();

    /** {@code exists} says whether a contact is stored: a note on nobody is not kept, as a foreign key would refuse it. */
    public FakePrivateNoteStore(Predicate<ContactId> exists) {
        this.exists = exists;
    }

    @Override
    public synchronized Optional<PrivateNote> find(ContactId contact, TeammateId author) {
        return Optional.ofNullable(notes.get(key(contact, author)));
    }

    @Override
    public synchronized List<PrivateNote> onContact(ContactId contact) {
        return notes.values().stream().filter(n -> n.contact().equals(contact)).sorted(ORDER).toList();
    }

    @Override
    public synchronized Map<ContactId, PrivateNote> byAuthor(TeammateId author) {
        return notes.values().stream().filter(n -> n.author().equals(author))
                .collect(Collectors.toMap(PrivateNote::contact, n -> n));
    }

    @Override
    public synchronized List<PrivateNote> findAll() {
        return notes.values().stream().sorted(ORDER).toList();
    }

    @Override
    public synchronized void save(PrivateNote note) {
        if (note.isBlank()) {
            notes.remove(key(note.contact(), note.author()));
        } else if (exists.test(note.contact())) {
            notes.put(key(note.contact(), note.author()), note);
        }
    }

    /** Removes every author's notes on a deleted contact. */
    synchronized void deleteContact(ContactId contact) {
        notes.values().removeIf(n -> n.contact().equals(contact));
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<String, PrivateNote> copy = new TreeMap<>(notes);
        return () -> {
            synchronized (this) {
                notes = copy;
            }
        };
    }

    private static String key(ContactId contact, TeammateId author) {
        return contact.value() + "|" + author.value();
    }
}
