package dev.needle.application.port.in;

import dev.needle.domain.Direction;
import java.util.Optional;

/** Archives the active direction (the needs stay, for the record); empty when none was active. */
public interface ArchiveDirectionUseCase {
    Optional<Direction> archiveDirection();
}
