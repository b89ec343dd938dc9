package dev.needle.application.service;

import dev.needle.application.port.in.PrivateNoteUseCase;
import dev.needle.application.port.in.RecordChange;
import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.PrivateNoteStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Contact;
import dev.needle.domain.ContactId;
import dev.needle.domain.PrivateNote;
import dev.needle.domain.TeammateId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The acting person's private notes. Every read and write names the session's person as the author,
 * so no session can reach another person's note through it.
 */
public final class PrivateNoteService implements PrivateNoteUseCase {
    private final PrivateNoteStore store;
    private final ContactStore contacts;
    private final ActingPerson acting;
    private final ClockPort clock;
    private final Transactions transactions;

    public PrivateNoteService(PrivateNoteStore store, ContactStore contacts, ActingPerson acting, ClockPort clock,
                              Transactions transactions) {
        this.store = store;
        this.contacts = contacts;
        this.acting = acting;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public String mine(ContactId contact) {
        // Someone not yet on the team has written no note: finding that out must not join them.
        return acting.known().flatMap(me -> store.find(contact, me.id())).map(PrivateNote::text).orElse("");
    }

    @Override
    public Map<ContactId, String> allMine() {
        Map<ContactId, String> mine = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
        acting.known().ifPresent(me -> store.byAuthor(me.id()).forEach((contact, note) -> mine.put(contact, note.text())));
        return mine;
    }

    @Override
    public List<RecordChange> write(ContactId id, String text) {
        return transactions.inTransaction(() -> {
            Contact contact = Records.contact(contacts, id);
            TeammateId me = me();
            PrivateNote before = store.find(id, me).orElseGet(() -> PrivateNote.none(id, me, clock.now()));
            PrivateNote after = new PrivateNote(id, me, text, clock.now());
            if (after.text().equals(before.text())) {
                return List.<RecordChange>of();
            }
            store.save(after);
            return List.<RecordChange>of(new RecordChange.PrivateNoteSet(contact.name(), before, after));
        });
    }

    private TeammateId me() {
        return acting.person().id();
    }
}
