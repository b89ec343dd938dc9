package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.InteractionStore;
import dev.needle.domain.ContactId;
import dev.needle.domain.Interaction;
import dev.needle.domain.InteractionId;
import dev.needle.domain.NeedCost;
import dev.needle.domain.NeedId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The touchpoint log held in memory. */
final class InMemoryInteractionStore implements InteractionStore {
    private static final Comparator<Interaction> OLDEST_FIRST =
            Comparator.comparing(Interaction::date).thenComparing(Interaction::id);

    private final InMemoryDatabase db;

    InMemoryInteractionStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Interaction add(Interaction interaction) {
        return db.locked(() -> {
            db.interactions.put(interaction);
            return interaction;
        });
    }

    @Override
    public List<Interaction> findByContact(ContactId contact) {
        return db.locked(() -> db.interactions.where(i -> i.contact().equals(contact)).stream()
                .sorted(OLDEST_FIRST.reversed()).toList());
    }

    @Override
    public List<Interaction> findFrom(LocalDate from) {
        // The table is kept oldest first, so this reads only the interactions asked for.
        return db.locked(() -> db.interactions.from(LogKey.startOf(from)));
    }

    @Override
    public Map<NeedId, NeedCost.Tally> spentPerNeed() {
        return db.locked(() -> NeedCost.Tally.perNeed(db.interactions.all()));
    }

    @Override
    public boolean delete(InteractionId id) {
        // Keyed by date first; deleting (a mistake, rarely) is the one read by id alone.
        return db.locked(() -> db.interactions.removeWhere(i -> i.id().equals(id)));
    }
}
