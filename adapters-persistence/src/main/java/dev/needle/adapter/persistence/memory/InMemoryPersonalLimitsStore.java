package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.PersonalLimitsStore;
import dev.needle.domain.OwnLimits;
import java.util.List;

/** Each teammate's own offers and weekly hours, held in memory beside the team. */
final class InMemoryPersonalLimitsStore implements PersonalLimitsStore {
    private final InMemoryDatabase db;

    InMemoryPersonalLimitsStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public List<OwnLimits> findAll() {
        return db.locked(() -> List.copyOf(db.personalLimits.all()));
    }

    @Override
    public void save(OwnLimits limits) {
        db.locked(() -> {
            if (limits.isEmpty()) {
                db.personalLimits.remove(limits.person());
            } else {
                db.personalLimits.put(limits);
            }
            return null;
        });
    }
}
