package dev.needle.application.port.out;

import dev.needle.domain.Direction;
import java.util.List;
import java.util.Optional;

/** Stores directions: the active one and the archived history, with the same versioned save as {@link ContactStore#save}. */
public interface DirectionStore {
    /** The direction that is not archived, if any. */
    Optional<Direction> active();

    /** Every direction, oldest first. */
    List<Direction> findAll();

    Direction save(Direction direction);
}
