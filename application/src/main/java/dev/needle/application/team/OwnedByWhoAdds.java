package dev.needle.application.team;

import dev.needle.application.port.out.ActingPerson;
import dev.needle.application.port.out.AssignmentStore;
import dev.needle.application.port.out.ContactStore;
import dev.needle.application.port.out.TeamStore;
import dev.needle.application.port.out.Transactions;
import dev.needle.domain.Assignment;
import dev.needle.domain.Contact;
import dev.needle.domain.Teammate;
import dev.needle.domain.TeammateId;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A contact store whose new contacts are owned by the person who adds them (capture, import, capture
 * at an event), written in the same unit of work as the contact. The founder's new contacts need no
 * row: a contact with none is the founder's, so a database used alone never writes one.
 */
public final class OwnedByWhoAdds extends ForwardingContactStore {
    private final AssignmentStore assignments;
    private final TeamStore team;
    private final ActingPerson acting;
    private final Transactions transactions;
    /** The founder never changes once there is one (nobody leaves a team), so it is read once. */
    private volatile TeammateId founder;

    public OwnedByWhoAdds(ContactStore store, AssignmentStore assignments, TeamStore team, ActingPerson acting,
                          Transactions transactions) {
        super(store);
        this.assignments = assignments;
        this.team = team;
        this.acting = acting;
        this.transactions = transactions;
    }

    @Override
    public Contact save(Contact contact) {
        if (contact.version() != 0) {
            return store.save(contact);
        }
        return transactions.inTransaction(() -> {
            Contact saved = store.save(contact);
            owner().ifPresent(me -> assignments.assign(Assignment.owner(saved.id(), me)));
            return saved;
        });
    }

    @Override
    public List<Contact> saveAll(List<Contact> contacts) {
        return saveAll(contacts, savedSoFar -> { });
    }

    @Override
    public List<Contact> saveAll(List<Contact> contacts, IntConsumer savedSoFar) {
        return transactions.inTransaction(() -> {
            List<Contact> saved = store.saveAll(contacts, savedSoFar);
            owner().ifPresent(me -> {
                List<Assignment> owned = new java.util.ArrayList<>();
                for (int i = 0; i < contacts.size(); i++) {
                    if (contacts.get(i).version() == 0) {
                        owned.add(Assignment.owner(saved.get(i).id(), me));
                    }
                }
                assignments.assignAll(owned);
            });
            return saved;
        });
    }

    /**
     * The acting person, unless they are the founder (whose contacts need no row). On a team nobody has
     * joined yet whoever acts will be its founder, so the person is not even asked (asking may join them).
     */
    private Optional<TeammateId> owner() {
        TeammateId first = founder;
        if (first == null) {
            first = team.team().founder().map(Teammate::id).orElse(null);
            if (first == null) {
                return Optional.empty();
            }
            founder = first;
        }
        TeammateId me = acting.person().id();
        return me.equals(first) ? Optional.empty() : Optional.of(me);
    }









}
