package dev.needle.application.service;

import dev.needle.application.port.in.GetDirectionUseCase;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.domain.Direction;
import java.util.List;
import java.util.Optional;

/** Reads the active direction and the history of archived ones. */
public final class GetDirectionService implements GetDirectionUseCase {
    private final DirectionStore directions;

    public GetDirectionService(DirectionStore directions) {
        this.directions = directions;
    }

    @Override
    public Optional<Direction> activeDirection() {
        return directions.active();
    }

    @Override
    public List<Direction> allDirections() {
        return directions.findAll();
    }
}
