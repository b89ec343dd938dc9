package dev.needle.application.service;

import dev.needle.application.port.in.ArchiveDirectionUseCase;
import dev.needle.application.port.out.ClockPort;
import dev.needle.application.port.out.DirectionStore;
import dev.needle.domain.Direction;
import java.util.Optional;

/** Archives the active direction as of today. */
public final class ArchiveDirectionService implements ArchiveDirectionUseCase {
    private final DirectionStore directions;
    private final ClockPort clock;

    public ArchiveDirectionService(DirectionStore directions, ClockPort clock) {
        this.directions = directions;
        this.clock = clock;
    }

    @Override
    public Optional<Direction> archiveDirection() {
        return directions.active().map(active -> directions.save(active.archive(clock.today())));
    }
}
