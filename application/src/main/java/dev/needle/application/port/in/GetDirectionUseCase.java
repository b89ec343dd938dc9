package dev.needle.application.port.in;

import dev.needle.domain.Direction;
import java.util.List;
import java.util.Optional;

/** Reads the active direction and the archived ones. */
public interface GetDirectionUseCase {
    Optional<Direction> activeDirection();

    List<Direction> allDirections();
}
