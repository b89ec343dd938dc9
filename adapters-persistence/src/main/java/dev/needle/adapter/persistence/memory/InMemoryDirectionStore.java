package dev.needle.adapter.persistence.memory;

import dev.needle.application.port.out.DirectionStore;
import dev.needle.domain.Direction;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Directions held in memory. */
final class InMemoryDirectionStore implements DirectionStore {
    private static final Comparator<Direction> OLDEST_FIRST = Comparator.comparing(Direction::since).thenComparing(Direction::id);

    private final InMemoryDatabase db;

    InMemoryDirectionStore(InMemoryDatabase db) {
        this.db = db;
    }

    /** Should two ever be left unarchived, the most recent one is the one the user works toward. */
    @Override
    public Optional<Direction> active() {
        return db.locked(() -> db.directions.where(Direction::isActive).stream().max(OLDEST_FIRST));
    }

    @Override
    public List<Direction> findAll() {
        return db.locked(() -> db.directions.all().stream().sorted(OLDEST_FIRST).toList());
    }

    @Override
    public Direction save(Direction direction) {
        return db.locked(() -> db.directions.save(direction));
    }
}
