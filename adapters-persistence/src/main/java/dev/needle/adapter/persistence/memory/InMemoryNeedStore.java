package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.NeedStore;
import dev.needle.domain.Need;
import dev.needle.domain.NeedId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Needs held in memory. */
final class InMemoryNeedStore implements NeedStore {
    private static final Comparator<Need> BY_PRIORITY_THEN_ID = Comparator.comparingInt(Need::priority).thenComparing(Need::id);

    private final InMemoryDatabase db;

    InMemoryNeedStore(InMemoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Need> find(NeedId id) {
        return db.locked(() -> db.needs.find(id));
    }

    @Override
    public List<Need> findAll() {
        return db.locked(() -> db.needs.all().stream().sorted(BY_PRIORITY_THEN_ID).toList());
    }

    @Override
    public Need save(Need need) {
        return db.locked(() -> db.needs.save(need));
    }

    @Override
    public boolean delete(NeedId id) {
        return db.locked(() -> db.needs.remove(id));
    }
}
