package dev.needle.application.service.fake;

import dev.needle.application.port.out.DirectionStore;
import dev.needle.domain.Direction;
import dev.needle.domain.DirectionId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Directions in memory, for service tests. */
public final class FakeDirectionStore implements DirectionStore, Rollback {
    public final VersionedMap<DirectionId, Direction> map =
            new VersionedMap<>("direction", Direction::id, Direction::version, Direction::withVersion);

    @Override
    public Optional<Direction> active() {
        return map.where(Direction::isActive, Comparator.comparing(Direction::id)).stream().findFirst();
    }

    @Override
    public List<Direction> findAll() {
        return map.all(Comparator.comparing(Direction::since).thenComparing(Direction::id));
    }

    @Override
    public Direction save(Direction direction) {
        return map.save(direction);
    }

    @Override
    public Runnable snapshot() {
        return map.snapshot();
    }

    @Override
    public void writeUnder(WriteLock lock) {
        map.writeUnder(lock);
    }
}
